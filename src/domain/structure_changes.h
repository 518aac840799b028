#pragma once
// Admins reshape the organisation: delete an empty unit, delete a team without projects, move
// a team to another unit. Each is audited in its own transaction.

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/store.h"

namespace stegvis::domain {

// Deletes a unit (admin only) when nothing is left in it. kConflict ("admin2.unit_not_empty")
// otherwise, with the number parameters subunits, teams, users (holding a role scoped to the
// unit), self_assessments and reflection_notes (linked to it). kNotFound for a unit of another
// organisation, kForbidden for non-admins. Audited as "delete" on the unit.
core::Result<void> DeleteUnit(Store& store, const core::Clock& clock, const Principal& acting,
                              const Actor& actor, Id unit_id);

// Deletes a team (admin only) that has no projects and no roles scoped to it; it leaves the
// programmes it took part in. kConflict ("admin2.team_not_empty", number parameters projects
// and users) otherwise; kNotFound / kForbidden as DeleteUnit. Audited as "delete" on the team.
core::Result<void> DeleteTeam(Store& store, const core::Clock& clock, const Principal& acting,
                              const Actor& actor, Id team_id);

// Moves a team, with its projects, to another unit of the same organisation (admin only). Who
// may see and change the team and its work follows the new unit (the policy reads the team's
// unit). kInvalidInput on "unit_id" ("error.unknown_parent") for a unit of another
// organisation or none; kNotFound / kForbidden as DeleteUnit. Moving to the unit it is in
// changes nothing and is not audited; otherwise audited as "move" on the team.
core::Result<void> MoveTeam(Store& store, const core::Clock& clock, const Principal& acting,
                            const Actor& actor, Id team_id, Id unit_id);

}  // namespace stegvis::domain
