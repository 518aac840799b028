#pragma once
// Use cases on change ideas and PDSA cycles. A project's cycles are read by everyone whose
// scope reaches its team and written by those who may change the team's work (teammedlem for
// their team, chef and strateg in their scope; politiker reads only). Every change is audited
// in its transaction; a save based on an older version is refused ("changed by X at T").

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/change_idea.h"
#include "domain/comment.h"
#include "domain/idea_offer.h"
#include "domain/measure.h"
#include "domain/pdsa_cycle.h"
#include "domain/programme.h"
#include "domain/project.h"
#include "domain/store.h"

namespace stegvis::domain {

// A project's cycles with what the forms need: the change ideas it may test (its own, then
// its programme's change package) and its measures.
struct ProjectCycles {
  Project project;
  Team team;
  std::optional<Programme> programme;  // the project's programme, if any
  std::vector<PdsaCycle> cycles;       // by number
  std::vector<ChangeIdea> ideas;
  std::vector<Measure> measures;
  std::vector<TeamOffer> offers;  // other teams' adopted ideas offered to the team, still open
  bool may_change = false;
};

// kNotFound for an unknown project or one of another organisation, kForbidden out of scope.
// The first form runs inside the caller's transaction, the second opens its own.
core::Result<ProjectCycles> LoadProjectCycles(StoreTx& tx, const Principal& acting, Id project_id);
core::Result<ProjectCycles> LoadProjectCycles(Store& store, const Principal& acting, Id project_id);

// Adds a team's own change idea to the project (kChange on its team). Errors as
// ValidateChangeIdea. Audited as "change_idea".
core::Result<Id> AddChangeIdea(Store& store, const core::Clock& clock, const Principal& acting,
                               const Actor& actor, Id project_id, const std::string& title,
                               const std::string& description);

// Adds an idea to a programme's change package: admins and strategists who may change the
// programme (kChange on ProgrammeResource; kNotFound for a programme of another host, else
// kForbidden). Errors as ValidateChangeIdea. Audited as "change_idea".
core::Result<Id> AddPackageChangeIdea(Store& store, const core::Clock& clock,
                                      const Principal& acting, const Actor& actor, Id programme_id,
                                      const std::string& title, const std::string& description);

// A programme's change package, for everyone whose organisation takes part (TakesPart);
// kNotFound otherwise. The first form runs inside the caller's transaction.
core::Result<std::vector<ChangeIdea>> LoadChangePackage(StoreTx& tx, const Principal& acting,
                                                        Id programme_id);
core::Result<std::vector<ChangeIdea>> LoadChangePackage(Store& store, const Principal& acting,
                                                        Id programme_id);

// Starts a cycle in Plan testing `change_idea_id` (the project's own idea or one of its
// programme's package: else kInvalidInput on "change_idea_id", "error.pdsa.unknown_idea").
// `content` is validated for Plan (ValidatePdsaContent); its measures must be the project's
// ("measure_ids", "error.pdsa.unknown_measure"); a retired idea is refused ("change_idea_id",
// "error.pdsa.idea_retired"). Returns the new cycle's id.
core::Result<Id> AddPdsaCycle(Store& store, const core::Clock& clock, const Principal& acting,
                              const Actor& actor, Id project_id, Id change_idea_id,
                              const PdsaContent& content);

// One cycle for its page.
struct CycleDetails {
  PdsaCycle cycle;
  Project project;
  Team team;
  ChangeIdea idea;
  std::vector<Measure> measures;      // the project's, for the form's choices
  std::optional<PdsaCycle> previous;  // the cycle this one continues
  std::optional<Id> next_id;          // the cycle that continues this one
  bool may_change = false;
  CommentThread comments;  // on the cycle (domain/comments.h)
};

// kNotFound / kForbidden as LoadProjectCycles.
core::Result<CycleDetails> LoadPdsaCycle(Store& store, const Principal& acting, Id cycle_id);

// Saves the cycle's content and, when `advance`, moves it to its next phase
// (AdvancePdsaCycle). `version` is the version the editor loaded: if the cycle was saved
// since, kConflict (ChangedBy: field "version", key "error.changed_by"). Validation errors
// as ValidatePdsaContent / CheckPhaseComplete / AddPdsaCycle; nothing is saved on any error.
// Returns the saved cycle.
core::Result<PdsaCycle> SavePdsaCycle(Store& store, const core::Clock& clock,
                                      const Principal& acting, const Actor& actor, Id cycle_id,
                                      std::int64_t version, const PdsaContent& content,
                                      bool advance);

// "Start the next cycle": a new cycle in Plan testing the same change idea, continuing
// `cycle_id` (ContinuedContent). kConflict when CheckMayContinue refuses or a next cycle
// already exists ("error.pdsa.next_exists"); kInvalidInput "error.pdsa.idea_retired" when the
// idea was retired. Returns the new cycle's id.
core::Result<Id> StartNextPdsaCycle(Store& store, const core::Clock& clock, const Principal& acting,
                                    const Actor& actor, Id cycle_id);

// A change idea's page: every cycle that tested it, across all teams of the programme (for a
// package idea) — several teams learning from each other is the point of the method.
// Cycle numbers count per project, so two teams each have a "PGSA 1": a row says whose.
struct IdeaCycle {
  PdsaCycle cycle;
  Id team_id = 0;
  std::string team_name;
  std::string organisation_name;  // the team's municipality or organisation
  std::string project_title;      // empty unless the principal may open the cycle (may_open)
  // Whether the principal may open the cycle's page (LoadPdsaCycle): a cycle of another
  // organisation, or of a team outside the principal's scope, is listed without a link.
  bool may_open = false;
};
struct ChangeIdeaDetails {
  ChangeIdea idea;
  std::optional<Programme> programme;  // for a package idea
  std::optional<Project> project;      // for a team's own idea
  std::vector<IdeaCycle> cycles;       // by team (name, then organisation), then cycle number
  bool may_start_cycle = false;        // a team's own idea, for those who may change its team
  bool may_edit = false;               // EditChangeIdea would let the principal change it
  // A package idea of an open programme: the principal's projects in the programme, of the
  // teams whose work they may change, where they may start a cycle on it.
  std::vector<Project> start_projects;
};

// Whether the principal may read the programme's change package ideas: those who may view
// the programme's content or any of its participating teams (the programme being one their
// organisation takes part in: TakesPart).
bool MayViewChangePackage(StoreTx& tx, const Principal& acting, const Programme& programme);

// Every cycle that tested the idea, across all teams (IdeaCycle's rules for what the principal
// may open), by team (name, then organisation), then cycle number. The caller checks that the
// principal may read the idea.
std::vector<IdeaCycle> IdeaCyclesOf(StoreTx& tx, const Principal& acting, Id idea_id);

// Who may see it: for a team's own idea, those who may view the team; for a package idea,
// those who may view the programme's content or any of its participating teams. kNotFound /
// kForbidden otherwise. The first form runs inside the caller's transaction.
core::Result<ChangeIdeaDetails> LoadChangeIdea(StoreTx& tx, const Principal& acting,
                                               Id change_idea_id);
core::Result<ChangeIdeaDetails> LoadChangeIdea(Store& store, const Principal& acting,
                                               Id change_idea_id);

}  // namespace stegvis::domain
