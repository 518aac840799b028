#pragma once
// A programme's improvement story (programmets förbättringsberättelse): what a Genombrott
// has recorded, put together for readers outside the teams — the aim and theme, the teams
// taking part, each common measure across the teams (latest values for women and men, the gap
// and what the variation says) and, for every idea of the change package, every PDSA cycle
// any team ran on it, the abandoned ones too, with what was predicted, what happened and what
// was learned: several teams testing the same change is what the method learns from.

#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/pdsa_cycles.h"
#include "domain/programme_dashboard.h"
#include "domain/programme_page.h"
#include "domain/store.h"

namespace stegvis::domain {

// An idea of the change package with what the teams learned testing it.
struct IdeaLearning {
  ChangeIdea idea;
  std::vector<IdeaCycle> cycles;  // as IdeaCyclesOf: every cycle, by team, then number
};

// How the tests of an idea ended: by the decision of each cycle (none: still under way).
struct DecisionCounts {
  int adopted = 0, adapted = 0, abandoned = 0, open = 0;
};
DecisionCounts CountDecisions(const std::vector<IdeaCycle>& cycles);

struct ProgrammeStory {
  ProgrammePage page;               // the programme, its visible teams, package and goals
  ProgrammeDashboard dashboard;     // the common measures across the visible teams
  std::vector<IdeaLearning> ideas;  // the package's ideas, in its order
  // False when the reader may see the programme but not what its teams tested
  // (MayViewChangePackage): the ideas are then listed without cycles.
  bool cycles_shown = false;
};

// The story of `page` (the programme as LoadProgrammePage gave it to `acting`) inside the
// caller's transaction, as of `today` (ISO date): the dashboard of its teams and the package's
// ideas with every cycle `acting` may know of.
core::Result<ProgrammeStory> StoryOf(StoreTx& tx, const std::string& today, const Principal& acting,
                                     ProgrammePage page);

// The programme's story for whoever may see the programme (LoadProgramme's refusals:
// kNotFound, kForbidden for a user without a role), as of the clock's day, read in one
// transaction.
core::Result<ProgrammeStory> LoadProgrammeStory(Store& store, const core::Clock& clock,
                                                const Principal& acting, Id programme_id);

}  // namespace stegvis::domain
