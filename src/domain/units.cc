#include "domain/units.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/collate.h"
#include "core/text.h"
#include "domain/resources.h"

namespace stegvis::domain {

core::Result<UnitOverview> LoadUnitOverview(StoreTx& tx, std::optional<Id> organisation_id) {
  std::vector<Organisation> organisations = tx.Units().ListOrganisations();
  if (organisation_id) {
    std::erase_if(organisations, [&](const Organisation& o) { return o.id != *organisation_id; });
  }
  if (organisations.empty()) {
    return core::Fail(core::Error{
        core::ErrorCode::kNotFound, "no organisation yet", {}, "error.no_organisation"});
  }
  UnitOverview overview{organisations.front(), {}};
  overview.units = BuildUnitTree(tx.Units().List(overview.organisation.id));
  return overview;
}

core::Result<UnitOverview> LoadUnitOverview(Store& store, std::optional<Id> organisation_id) {
  return store.Read([&](StoreTx& tx) { return LoadUnitOverview(tx, organisation_id); });
}

std::vector<UnitInTree> BuildUnitTree(const std::vector<Unit>& units) {
  std::set<Id> ids;
  for (const Unit& u : units) ids.insert(u.id);
  std::map<Id, std::vector<const Unit*>> children;  // parent id (0 = top) -> children
  for (const Unit& u : units) {
    Id parent = u.parent_id && ids.count(*u.parent_id) ? *u.parent_id : 0;
    children[parent].push_back(&u);
  }
  for (auto& [parent, list] : children) {
    std::stable_sort(list.begin(), list.end(), [](const Unit* a, const Unit* b) {
      return core::SwedishLess(a->name, b->name);
    });
  }
  std::vector<UnitInTree> out;
  out.reserve(units.size());
  // Iterative depth-first walk; a stack of (unit, depth) in reverse sibling order.
  std::vector<std::pair<const Unit*, int>> stack;
  auto push_children = [&](Id parent, int depth) {
    auto it = children.find(parent);
    if (it == children.end()) return;
    for (auto rit = it->second.rbegin(); rit != it->second.rend(); ++rit) {
      stack.emplace_back(*rit, depth);
    }
  };
  push_children(0, 0);
  std::set<Id> seen;  // guards against a parent cycle in stored data
  while (!stack.empty()) {
    auto [unit, depth] = stack.back();
    stack.pop_back();
    if (!seen.insert(unit->id).second) continue;
    out.push_back({*unit, depth});
    push_children(unit->id, depth + 1);
  }
  return out;
}

std::vector<core::Error> UnitErrors(StoreTx& tx, const Unit& unit) {
  std::vector<core::Error> errors;
  if (core::IsBlank(unit.name)) {
    errors.push_back(core::Error::Invalid("a unit needs a name", "name", "error.required"));
  } else if (unit.name.size() > 200) {
    errors.push_back(
        core::Error::Invalid("a unit name has at most 200 characters", "name", "error.too_long"));
  }
  if (unit.parent_id) {
    std::optional<Unit> parent = tx.Units().Find(*unit.parent_id);
    std::vector<Id> path = unit.id ? UnitPath(tx, *unit.parent_id) : std::vector<Id>{};
    if (!parent || parent->organisation_id != unit.organisation_id) {
      errors.push_back(core::Error::Invalid("the parent unit does not exist", "parent_id",
                                            "error.unknown_parent"));
    } else if (std::find(path.begin(), path.end(), unit.id) != path.end()) {
      errors.push_back(core::Error::Invalid("a unit cannot be placed under itself", "parent_id",
                                            "error.unit_cycle"));
    }
  }
  return errors;
}

core::Result<Id> CreateUnit(StoreTx& tx, const NewUnit& unit, std::int64_t now) {
  const Unit checked{0, unit.organisation_id, unit.parent_id, unit.name, unit.kind};
  if (std::vector<core::Error> errors = UnitErrors(tx, checked); !errors.empty()) {
    return core::Fail(std::move(errors.front()));
  }
  return tx.Units().Create(unit, now);
}

}  // namespace stegvis::domain
