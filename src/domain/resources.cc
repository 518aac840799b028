#include "domain/resources.h"

#include <algorithm>
#include <map>

namespace stegvis::domain {

std::vector<Id> UnitPath(StoreTx& tx, Id unit_id) {
  return tx.Units().Ancestry(unit_id);
}

Resource UnitResource(StoreTx& tx, const Unit& unit) {
  Resource r{ResourceKind::kUnit, unit.organisation_id, true, UnitPath(tx, unit.id), {}, {}};
  return r;
}

Resource UnitScopedResource(StoreTx& tx, ResourceKind kind, const Unit& unit) {
  return Resource{kind, unit.organisation_id, true, UnitPath(tx, unit.id), {}, {}};
}

Resource TeamResource(StoreTx& tx, const Team& team) {
  Resource r{ResourceKind::kTeam, team.organisation_id, true, UnitPath(tx, team.unit_id), team.id,
             std::nullopt};
  // A strategist scoped to a programme reaches its teams (the first programme the team joined).
  std::vector<Id> programmes = tx.Programmes().ListOfTeam(team.id);
  if (!programmes.empty()) r.programme_id = programmes.front();
  return r;
}

std::map<Id, Resource> TeamResources(StoreTx& tx, Id organisation_id) {
  std::map<Id, std::optional<Id>> parents;
  for (const Unit& unit : tx.Units().List(organisation_id)) parents[unit.id] = unit.parent_id;
  // As UnitRepository::Ancestry: nearest first, stopping at a missing parent or a cycle.
  constexpr std::size_t kMaxDepth = 65;
  auto path = [&](Id unit_id) {
    std::vector<Id> out;
    for (std::optional<Id> at = unit_id; at && out.size() < kMaxDepth && parents.contains(*at) &&
                                         std::find(out.begin(), out.end(), *at) == out.end();
         at = parents[*at]) {
      out.push_back(*at);
    }
    return out;
  };
  const std::map<Id, std::vector<Id>> programmes = tx.Programmes().ListOfTeams(organisation_id);
  std::map<Id, Resource> out;
  for (const Team& team : tx.Teams().List(organisation_id)) {
    Resource r{ResourceKind::kTeam, team.organisation_id, true, path(team.unit_id), team.id,
               std::nullopt};
    if (auto it = programmes.find(team.id); it != programmes.end() && !it->second.empty()) {
      r.programme_id = it->second.front();
    }
    out.emplace(team.id, std::move(r));
  }
  return out;
}

Resource ProgrammeResource(const Programme& programme) {
  return Resource{ResourceKind::kProgramme, programme.organisation_id, true, {}, {}, programme.id};
}

Resource OrganisationResource(ResourceKind kind, Id organisation_id) {
  return Resource{kind, organisation_id, false, {}, {}, {}};
}

}  // namespace stegvis::domain
