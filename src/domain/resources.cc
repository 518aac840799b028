#include "domain/resources.h"

#include <algorithm>

namespace stegvis::domain {

std::vector<Id> UnitPath(StoreTx& tx, Id unit_id) {
  std::vector<Id> path;
  std::optional<Id> next = unit_id;
  while (next && std::find(path.begin(), path.end(), *next) == path.end()) {
    std::optional<Unit> unit = tx.FindUnit(*next);
    if (!unit) break;
    path.push_back(unit->id);
    next = unit->parent_id;
  }
  return path;
}

Resource UnitResource(StoreTx& tx, const Unit& unit) {
  Resource r{ResourceKind::kUnit, unit.organisation_id, true, UnitPath(tx, unit.id), {}, {}};
  return r;
}

Resource TeamResource(StoreTx& tx, const Team& team) {
  Resource r{ResourceKind::kTeam, team.organisation_id, true, UnitPath(tx, team.unit_id), team.id,
             std::nullopt};
  // A strategist scoped to a programme reaches its teams (the first programme the team joined).
  std::vector<Id> programmes = tx.ListTeamProgrammes(team.id);
  if (!programmes.empty()) r.programme_id = programmes.front();
  return r;
}

Resource ProgrammeResource(const Programme& programme) {
  return Resource{ResourceKind::kProgramme, programme.organisation_id, true, {}, {}, programme.id};
}

Resource OrganisationResource(ResourceKind kind, Id organisation_id) {
  return Resource{kind, organisation_id, false, {}, {}, {}};
}

}  // namespace stegvis::domain
