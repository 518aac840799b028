#pragma once
// Use cases on the organisation's structure: units and teams (admins), and a team's own page
// (everyone whose scope reaches the team). Every change is audited in its transaction.

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/programme.h"
#include "domain/store.h"
#include "domain/units.h"

namespace stegvis::domain {

// UnitErrors for a unit of the admin's organisation, in a read transaction of its own: what a
// unit form names at once. kForbidden for others.
core::Result<std::vector<core::Error>> UnitErrors(Store& store, const Principal& acting,
                                                  const Unit& unit);

// Everything wrong with a team's name ("error.required", "error.too_long" over 200) and
// description ("description", "error.too_long" over 4000), in that order. Empty when none.
std::vector<core::Error> TeamErrors(const std::string& name, const std::string& description);

// Creates a unit (admin only; validation as CreateUnit). kForbidden for others.
core::Result<Id> AddUnit(Store& store, const core::Clock& clock, const Principal* acting,
                         const Actor& actor, const NewUnit& unit);

// Renames a unit, changes its kind or moves it under another parent (admin only). Errors as
// CreateUnit, and kInvalidInput on "parent_id" ("error.unit_cycle") when the new parent is
// the unit itself or one of its subunits; kNotFound for a unit of another organisation.
core::Result<void> ChangeUnit(Store& store, const core::Clock& clock, const Principal& acting,
                              const Actor& actor, const Unit& changed);

// Some members of a unit; an absent one keeps what is stored when the change is written.
struct UnitEdit {
  std::optional<std::string> name;
  std::optional<UnitKind> kind;
  std::optional<std::optional<Id>> parent_id;  // a value of nullopt: a top-level unit

  Unit AppliedTo(Unit unit) const;
};

// ChangeUnit with only the members `edit` names, applied to the unit as it is stored inside
// the write (two admins changing different members at the same moment both keep theirs).
core::Result<void> ChangeUnit(Store& store, const core::Clock& clock, const Principal& acting,
                              const Actor& actor, Id unit_id, const UnitEdit& edit);

// The unit for its admin page (kNotFound / kForbidden as ChangeUnit).
core::Result<Unit> LoadUnit(StoreTx& tx, const Principal& acting, Id unit_id);
core::Result<Unit> LoadUnit(Store& store, const Principal& acting, Id unit_id);

// Creates a team in a unit (admin only). Errors: kInvalidInput on "name" (empty, over 200
// characters), "unit_id" (not a unit of the organisation), "description" (over 4000).
core::Result<Id> AddTeam(Store& store, const core::Clock& clock, const Principal* acting,
                         const Actor& actor, const NewTeam& team);

// What to change in a team; an absent member keeps what is stored when the change is written
// (so two people changing different members at the same moment both keep theirs).
struct TeamChanges {
  std::optional<std::string> name;
  std::optional<std::string> description;
};

// Changes a team's name and description: needs kChange on the team. kNotFound for an
// unknown team or one of another organisation, kForbidden when out of scope; kInvalidInput as
// TeamErrors, for the team as it would be.
core::Result<void> UpdateTeam(Store& store, const core::Clock& clock, const Principal& acting,
                              const Actor& actor, Id team_id, const TeamChanges& changes);

struct TeamDetails {
  Team team;
  std::string unit_name;
  bool may_change = false;
  std::vector<std::string> members = {};  // display names (filled by LoadTeam)
  std::vector<Project> projects = {};     // filled by LoadTeam only
  // The programmes the team takes part in, by joining order (filled by LoadTeam only): a new
  // project may belong to one of them and then tests the ideas of its change package.
  std::vector<Programme> programmes = {};
};

// A team for its page: kNotFound / kForbidden as UpdateTeam, for kView.
core::Result<TeamDetails> LoadTeam(Store& store, const Principal& acting, Id team_id);

// The teams the principal may see, by name.
std::vector<TeamDetails> ListVisibleTeams(StoreTx& tx, const Principal& acting);
// The same in a read transaction of its own.
core::Result<std::vector<TeamDetails>> ListVisibleTeams(Store& store, const Principal& acting);

// The organisation's units (as a tree) and teams, for the admin pages (kAdminister).
struct Structure {
  std::vector<UnitInTree> units;
  std::vector<TeamDetails> teams;
  std::vector<Programme> programmes;  // those the organisation hosts: a coach's scopes
};
core::Result<Structure> LoadStructure(StoreTx& tx, const Principal& acting);
core::Result<Structure> LoadStructure(Store& store, const Principal& acting);

// The scope named on the command line for `role`: a unit (chef, politiker), team (teammedlem)
// or programme of the organisation (coach) given by id or exact name. kInvalidInput on "scope"
// when none or several match.
core::Result<ScopeRef> ResolveScope(Store& store, Id organisation_id, Role role,
                                    const std::string& text);

}  // namespace stegvis::domain
