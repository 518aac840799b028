#include "store/sql_goals.h"

#include "store/tables.h"

namespace stegvis::store {
namespace {

// The families in the order pages show them (domain::kGoalFamilies).
constexpr const char* kFamilyOrder =
    "CASE family WHEN 'policy' THEN 1 WHEN 'cemr' THEN 2 WHEN 'sdg' THEN 3 ELSE 4 END";

}  // namespace

std::vector<domain::GoalEntry> SqlGoals::ListEntries(domain::Id organisation_id) {
  return store::List<domain::GoalEntry>(
      db_, std::string("WHERE organisation_id = ? ORDER BY ") + kFamilyOrder + ", sort_order, id",
      organisation_id);
}

std::optional<domain::GoalEntry> SqlGoals::FindEntry(domain::Id goal_id) {
  return FindOne<domain::GoalEntry>(db_, "WHERE id = ?", goal_id);
}

domain::Id SqlGoals::CreateEntry(const domain::GoalEntry& entry) {
  return Insert(db_, entry);
}

void SqlGoals::UpdateEntry(const domain::GoalEntry& entry) {
  store::Update(db_, entry);
}

std::vector<domain::Id> SqlGoals::ListLinks(domain::GoalObject object, domain::Id object_id) {
  return ListColumn<domain::Id>(
      db_,
      "SELECT goal_id FROM goal_links WHERE object_type = ? AND object_id = ? ORDER BY goal_id",
      domain::GoalObjectName(object), object_id);
}

void SqlGoals::SetLinks(domain::GoalObject object, domain::Id object_id, domain::Id organisation_id,
                        const std::vector<domain::Id>& goal_ids, std::int64_t now,
                        const std::string& by) {
  Run(db_, "DELETE FROM goal_links WHERE object_type = ? AND object_id = ?",
      domain::GoalObjectName(object), object_id);
  const ExtraColumns extra = {
      {"organisation_id", organisation_id}, {"created_at", now}, {"created_by", by}};
  for (domain::Id goal_id : goal_ids) {
    Statement s = db_.Prepare(InsertSql<domain::GoalLink>(extra) +
                              " ON CONFLICT (object_type, object_id, goal_id) DO NOTHING");
    BindInsert(s, domain::GoalLink{object, object_id, goal_id}, extra);
    s.Step();
  }
}

std::vector<domain::GoalLink> SqlGoals::ListOrganisationLinks(domain::Id organisation_id) {
  return store::List<domain::GoalLink>(
      db_, "WHERE organisation_id = ? ORDER BY object_type, object_id, goal_id", organisation_id);
}

void SeedGoalCatalogue(SqlConnection& db, domain::Id organisation_id, std::int64_t now) {
  Run(db,
      "INSERT INTO goal_entries (organisation_id, family, group_name, code, title_sv, title_en, "
      "description_sv, description_en, sort_order, highlighted, unconfirmed, retired, version, "
      "updated_at, updated_by) SELECT ?, family, group_name, code, title_sv, title_en, "
      "description_sv, description_en, sort_order, highlighted, unconfirmed, 0, 1, ?, 'stegvis' "
      "FROM goal_templates ORDER BY id",
      organisation_id, now);
}

}  // namespace stegvis::store
