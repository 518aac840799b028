#include "store/sql_units.h"

#include <algorithm>

#include "store/sql_goals.h"
#include "store/tables.h"

namespace stegvis::store {

std::vector<domain::Organisation> SqlUnits::ListOrganisations() {
  return store::List<domain::Organisation>(db_, "ORDER BY id");
}

domain::Id SqlUnits::CreateOrganisation(const std::string& name, std::int64_t now) {
  domain::Id id = Insert(db_, domain::Organisation{0, name}, {{"created_at", now}});
  SeedGoalCatalogue(db_, id, now);  // every organisation starts with the shipped catalogue
  return id;
}

std::optional<domain::Organisation> SqlUnits::FindOrganisation(domain::Id organisation_id) {
  return FindOne<domain::Organisation>(db_, "WHERE id = ?", organisation_id);
}

void SqlUnits::SetSuppressionThreshold(domain::Id organisation_id, int threshold) {
  Run(db_, "UPDATE organisations SET suppression_threshold = ? WHERE id = ?", threshold,
      organisation_id);
}

std::vector<domain::Unit> SqlUnits::List(domain::Id organisation_id) {
  return store::List<domain::Unit>(
      db_, "WHERE organisation_id = ? ORDER BY name COLLATE swedish, id", organisation_id);
}

std::optional<domain::Unit> SqlUnits::Find(domain::Id unit_id) {
  return FindOne<domain::Unit>(db_, "WHERE id = ?", unit_id);
}

std::vector<domain::Id> SqlUnits::Ancestry(domain::Id unit_id) {
  // Depth-bounded so a parent cycle in stored data cannot recurse for ever.
  std::vector<domain::Id> path = ListColumn<domain::Id>(
      db_,
      "WITH RECURSIVE path(id, parent_id, depth) AS ("
      " SELECT id, parent_id, 0 FROM units WHERE id = ?"
      " UNION ALL"
      " SELECT u.id, u.parent_id, p.depth + 1 FROM units u JOIN path p ON u.id = p.parent_id"
      " WHERE p.depth < 64)"
      " SELECT id FROM path ORDER BY depth",
      unit_id);
  std::vector<domain::Id> out;
  for (domain::Id id : path) {
    if (std::find(out.begin(), out.end(), id) != out.end()) break;
    out.push_back(id);
  }
  return out;
}

domain::Id SqlUnits::Create(const domain::NewUnit& unit, std::int64_t now) {
  return Insert(db_, domain::UnitFrom(unit), {{"created_at", now}});
}

void SqlUnits::Update(const domain::Unit& unit) {
  store::Update(db_, unit);
}

void SqlUnits::Delete(domain::Id unit_id) {
  Run(db_, "DELETE FROM units WHERE id = ?", unit_id);
}

}  // namespace stegvis::store
