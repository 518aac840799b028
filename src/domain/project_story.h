#pragma once
// A project's improvement story (förbättringsberättelse): what the team has recorded, put
// together for readers outside the team — the problem, the aim, the theory of change, each
// measure with its verdicts, every PDSA cycle (the abandoned ones too: failures are part of
// what others learn from), the progress scores and the goals the project serves. The team
// adds a short summary and may leave measures or cycles out; everything is in by default, so
// a measure or cycle added later is in the story until the team leaves it out.

#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/diagrams.h"
#include "domain/goal_links.h"
#include "domain/measures.h"
#include "domain/pdsa_cycles.h"
#include "domain/projects.h"
#include "domain/store.h"
#include "domain/story_choices.h"

namespace stegvis::domain {

// Everything the story shows, read in one transaction.
struct ProjectStory {
  ProjectDetails details;  // the project; `details.measures` is every measure (the form's)
  ProjectCycles pdsa;      // every cycle and the ideas they test (the form's choices)
  StoryChoices choices;
  std::vector<MeasureDetails> measures;  // the measures the story includes, by id
  std::vector<PdsaCycle> cycles;         // the cycles the story includes, by number
  ProjectDiagram theory;                 // the theory of change
  GoalLinkSet aim_goals;                 // the goals the aim links to
  GoalLinkSet goals;                     // the goals the project links to
  bool may_publish = false;  // the reader may publish it (domain/publications.h, MayPublish)
};

// The project's story: whoever may read the project (kView on its team) reads all of it;
// `details.may_change` says who may edit the choices. kNotFound / kForbidden as LoadProject.
// The first form opens its own transaction, the second runs inside the caller's.
core::Result<ProjectStory> LoadProjectStory(Store& store, const Principal& acting, Id project_id);
core::Result<ProjectStory> LoadProjectStory(StoreTx& tx, const Principal& acting, Id project_id);

// Everything wrong with `choices` before it is saved: a summary over kStorySummaryMax
// (kInvalidInput on "summary", "error.too_long"). Empty when it may be saved.
std::vector<core::Error> StoryChoicesErrors(const StoryChoices& choices);

// Saves the team's choices for `choices.project_id` (kChange on its team). `choices.version`
// is the version the editor loaded (0 before the first save): when the choices were saved
// since, nothing is written and the error is kConflict (ChangedByUser: the last saver's name).
// A left-out id that is not a measure / cycle of the project is kInvalidInput on "measures" /
// "cycles" ("error.story.unknown_choice"). Audited as "project_story" (object id the project).
// Returns the choices as saved.
core::Result<StoryChoices> SaveStoryChoices(Store& store, const core::Clock& clock,
                                            const Principal& acting, const Actor& actor,
                                            StoryChoices choices);

}  // namespace stegvis::domain
