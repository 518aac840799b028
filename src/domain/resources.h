#pragma once
// Locates stored objects for the policy: a unit's or team's place in the unit tree.

#include <map>

#include "domain/access.h"
#include "domain/store.h"

namespace stegvis::domain {

// The unit and its ancestors, nearest first (stops at a missing parent or a cycle).
std::vector<Id> UnitPath(StoreTx& tx, Id unit_id);

Resource UnitResource(StoreTx& tx, const Unit& unit);
Resource TeamResource(StoreTx& tx, const Team& team);
// Every team of the organisation located as TeamResource does, in a fixed number of queries
// (for lists of many teams), by team id.
std::map<Id, Resource> TeamResources(StoreTx& tx, Id organisation_id);
// A unit's self-assessments or reflection notes (`kind`), located at the unit.
Resource UnitScopedResource(StoreTx& tx, ResourceKind kind, const Unit& unit);
// A programme, for changing its content (admins; strategists of the organisation or programme).
Resource ProgrammeResource(const Programme& programme);
// An organisation-wide resource of `kind` that is not one located object.
Resource OrganisationResource(ResourceKind kind, Id organisation_id);

}  // namespace stegvis::domain
