#pragma once
// Use cases on projects (a team's improvement work) and their progress scores. Everyone whose
// scope reaches the team may read; those who may change the team's work may change it.

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/measure.h"
#include "domain/programme.h"
#include "domain/project.h"
#include "domain/store.h"

namespace stegvis::domain {

// Everything wrong with `project`'s texts, at most one error per field in the order of the
// form: "title" ("error.required", "error.too_long" over 200), "problem", "aim_what",
// "aim_how_much", "aim_for_whom" ("error.too_long" over 4000) and "aim_by_when"
// ("error.bad_date": neither an ISO date nor empty). Empty when none.
std::vector<core::Error> ProjectErrors(const Project& project);

// The first of ProjectErrors, as a failure; success when there is none.
core::Result<void> ValidateProject(const Project& project);

// Creates a project for a team (kChange on the team); the programme, if given, must have the
// team among its participants ("programme_id", "error.not_in_programme"). The first form works
// inside the caller's transaction (the demo's), at `now`.
core::Result<Id> AddProject(StoreTx& tx, std::int64_t now, const Principal& acting,
                            const Actor& actor, Project project);
core::Result<Id> AddProject(Store& store, const core::Clock& clock, const Principal& acting,
                            const Actor& actor, Project project);

// Stores the project's texts, aim and status. `project.version` is the version the editor
// loaded: if it was saved since, kConflict (field "version", key "error.changed_by", message
// "changed by NAME at UNIX_SECONDS"; see ChangedByUser). Audited with before and after. The
// first form works inside the caller's transaction, at `now`.
core::Result<void> ChangeProject(StoreTx& tx, std::int64_t now, const Principal& acting,
                                 const Actor& actor, const Project& project);
core::Result<void> ChangeProject(Store& store, const core::Clock& clock, const Principal& acting,
                                 const Actor& actor, const Project& project);

// Records a new progress score (ValidProgressScore; key "error.bad_score" on "score").
core::Result<Id> SetProgressScore(Store& store, const core::Clock& clock, const Principal& acting,
                                  const Actor& actor, Id project_id, int score_tenths,
                                  const std::string& note);

struct ProjectDetails {
  Project project;
  Team team;
  std::optional<Programme> programme;
  std::vector<Measure> measures;
  std::vector<ProgressScore> scores;  // oldest first; the last is the current score
  bool may_change = false;
};

// A project for its page (kView on its team). kNotFound / kForbidden as usual. The first form
// runs inside the caller's transaction, the second opens its own.
core::Result<ProjectDetails> LoadProject(StoreTx& tx, const Principal& acting, Id project_id);
core::Result<ProjectDetails> LoadProject(Store& store, const Principal& acting, Id project_id);

// The projects the principal may see (every team in scope), by team and id.
core::Result<std::vector<ProjectDetails>> ListVisibleProjects(Store& store,
                                                              const Principal& acting);

// The project's team, located for the policy, if the project is in the principal's
// organisation: kNotFound otherwise, kForbidden without `action`.
core::Result<std::pair<Project, Team>> CheckedProject(StoreTx& tx, const Principal& acting,
                                                      Id project_id, Action action);

// "changed by EMAIL at T" as a kConflict error (field "version", key "error.changed_by") with
// the parameters who, when and, when known (> 0), the version stored now: core::Error::ChangedBy.
core::Error ChangedBy(const std::string& who, std::int64_t at, std::int64_t version = 0);

// The same naming the person by display name, as a page does: `who` is the display name of
// the user of `organisation_id` with the e-mail `email` (the e-mail itself when there is no
// such user or no name), and the parameter "who_email" keeps the e-mail for programs.
core::Error ChangedByUser(StoreTx& tx, Id organisation_id, const std::string& email,
                          std::int64_t at, std::int64_t version = 0);

}  // namespace stegvis::domain
