#include "domain/visible_work.h"

#include <algorithm>
#include <map>

#include "domain/resources.h"

namespace stegvis::domain {

std::vector<VisibleTeam> VisibleTeams(StoreTx& tx, const Principal& acting,
                                      std::optional<Id> unit_id) {
  std::map<Id, std::string> unit_names;
  for (const Unit& unit : tx.Units().List(acting.user.organisation_id)) {
    unit_names[unit.id] = unit.name;
  }
  std::vector<VisibleTeam> out;
  const std::map<Id, Resource> resources = TeamResources(tx, acting.user.organisation_id);
  for (const Team& team : tx.Teams().List(acting.user.organisation_id)) {
    const Resource& resource = resources.at(team.id);
    if (!May(&acting, Action::kView, resource)) continue;
    if (unit_id && std::find(resource.unit_path.begin(), resource.unit_path.end(), *unit_id) ==
                       resource.unit_path.end()) {
      continue;
    }
    out.push_back({team, unit_names[team.unit_id]});
  }
  return out;
}

core::Result<std::optional<Unit>> FilterUnit(StoreTx& tx, const Principal& acting,
                                             std::optional<Id> unit_id) {
  if (!unit_id) return std::optional<Unit>();
  std::optional<Unit> unit = tx.Units().Find(*unit_id);
  if (!unit || unit->organisation_id != acting.user.organisation_id) {
    return core::Fail(core::Error::NotFoundObject("no such unit"));
  }
  return unit;
}

}  // namespace stegvis::domain
