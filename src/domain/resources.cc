#include "domain/resources.h"

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

Resource ProgrammeResource(const Programme& programme) {
  return Resource{ResourceKind::kProgramme, programme.organisation_id, true, {}, {}, programme.id};
}

Resource OrganisationResource(ResourceKind kind, Id organisation_id) {
  return Resource{kind, organisation_id, false, {}, {}, {}};
}

}  // namespace stegvis::domain
