#pragma once
// Use cases on programmes (Genombrott collaboratives). Every user of an organisation that
// hosts or takes part in a programme may see its name, aim and calendar; its teams and their
// measures are shown only as far as the user's scope reaches them. Admins and strategists create
// programmes.

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/cycle_markers.h"
#include "domain/measure.h"
#include "domain/programme.h"
#include "domain/project.h"
#include "domain/store.h"

namespace stegvis::domain {

// Creates a programme in the actor's organisation with its calendar (admin or strateg on the
// organisation). kInvalidInput: "name" (required, ≤ 200), "aim"/"theme" (≤ 4000),
// "starts_on"/"ends_on" (ISO dates, ends after starts), "events" (each with a title and
// ISO dates). The first form works inside the caller's transaction (the demo's), at `now`.
core::Result<Id> AddProgramme(StoreTx& tx, std::int64_t now, const Principal& acting,
                              const Actor& actor, Programme programme,
                              const std::vector<ProgrammeEvent>& events);
core::Result<Id> AddProgramme(Store& store, const core::Clock& clock, const Principal& acting,
                              const Actor& actor, Programme programme,
                              const std::vector<ProgrammeEvent>& events);

// Adds a team of the host organisation to the programme (admin or strateg; refusals as
// ProgrammeToChange in domain/programme_setup.h). kInvalidInput on "team_id" for a team of
// another organisation. The first form works inside the caller's transaction, at `now`.
core::Result<void> AddTeamToProgramme(StoreTx& tx, std::int64_t now, const Principal& acting,
                                      const Actor& actor, Id programme_id, Id team_id);
core::Result<void> AddTeamToProgramme(Store& store, const core::Clock& clock,
                                      const Principal& acting, const Actor& actor, Id programme_id,
                                      Id team_id);

// Adds one entry to the programme's calendar (admin or strateg; refusals as ProgrammeToChange;
// kInvalidInput: the first of ProgrammeEventErrors). An empty end means the start. Returns
// the entry's id.
core::Result<Id> AddProgrammeEventTo(Store& store, const core::Clock& clock,
                                     const Principal& acting, const Actor& actor, Id programme_id,
                                     ProgrammeEvent event);

// True when the principal may create programmes (admins and organisation-wide strategists).
bool MayCreateProgramme(const Principal& acting);

// One participating team with its projects in the programme and their measures.
struct ProgrammeTeam {
  Team team;
  std::string unit_name;
  // A team of another organisation shown to those who run the programme (the host's readers
  // of its content): only its programme work — its projects in the programme and its
  // measures linked to common definitions, without cycle markers. They may not open the
  // team, its projects or its measures.
  bool programme_work_only = false;
  std::vector<Project> projects;
  std::vector<Measure> measures;
  std::vector<std::vector<Observation>> observations;  // one list per measure, same order
  // The PDSA cycles on each measure's chart, same order (none where the principal may not
  // view the project).
  std::vector<std::vector<CycleMarker>> cycle_markers;
};

struct ProgrammeDetails {
  Programme programme;
  std::string host_unit_name;  // empty when the whole organisation runs it
  std::vector<ProgrammeEvent> events;
  std::vector<Measure> common_measures;
  // The teams the principal may see: those in the principal's scope and, for the host's
  // readers of the programme's content, every guest team's programme work.
  std::vector<ProgrammeTeam> teams;
  int hidden_teams = 0;           // participating teams outside the principal's scope
  bool may_change = false;        // runs it: may edit, close and reopen it (when open, add
                                  // teams and calendar entries)
  std::vector<Team> other_teams;  // the host's teams not taking part yet (when may_change)
};

// The programmes the principal's organisation hosts (by name), then those hosted elsewhere
// that its teams take part in. kForbidden for a user without a role.
core::Result<std::vector<Programme>> ListProgrammes(Store& store, const Principal& acting);
// The same list inside a transaction, for an organisation: every programme it takes part in.
std::vector<Programme> ListProgrammes(StoreTx& tx, Id organisation_id);

// True when the organisation hosts the programme or one of its teams takes part.
bool TakesPart(StoreTx& tx, Id organisation_id, const Programme& programme);

// A programme for its page, for users of an organisation that takes part (TakesPart);
// kNotFound otherwise; kForbidden for a user without a role. The first form runs inside the
// caller's transaction, the second opens its own.
core::Result<ProgrammeDetails> LoadProgramme(StoreTx& tx, const Principal& acting, Id programme_id);
core::Result<ProgrammeDetails> LoadProgramme(Store& store, const Principal& acting,
                                             Id programme_id);

}  // namespace stegvis::domain
