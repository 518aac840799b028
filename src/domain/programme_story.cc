#include "domain/programme_story.h"

#include "core/date.h"

namespace stegvis::domain {

DecisionCounts CountDecisions(const std::vector<IdeaCycle>& cycles) {
  DecisionCounts counts;
  for (const IdeaCycle& c : cycles) {
    switch (c.cycle.content.decision) {
      case PdsaDecision::kAdopt: ++counts.adopted; break;
      case PdsaDecision::kAdapt: ++counts.adapted; break;
      case PdsaDecision::kAbandon: ++counts.abandoned; break;
      case PdsaDecision::kNone: ++counts.open; break;
    }
  }
  return counts;
}

core::Result<ProgrammeStory> StoryOf(StoreTx& tx, const std::string& today, const Principal& acting,
                                     ProgrammePage page) {
  auto dashboard = DashboardOf(tx, today, acting, page.details);
  if (!dashboard) return core::Fail(dashboard.error());
  ProgrammeStory story{std::move(page), std::move(*dashboard), {}, false};
  story.cycles_shown = MayViewChangePackage(tx, acting, story.page.details.programme);
  for (const ChangeIdea& idea : story.page.change_package) {
    IdeaLearning learning{idea, {}};
    if (story.cycles_shown) learning.cycles = IdeaCyclesOf(tx, acting, idea.id);
    story.ideas.push_back(std::move(learning));
  }
  return story;
}

core::Result<ProgrammeStory> LoadProgrammeStory(Store& store, const core::Clock& clock,
                                                const Principal& acting, Id programme_id) {
  const std::string today = core::Date::FromUnixSeconds(clock.NowUnixSeconds()).ToString();
  return store.Read([&](StoreTx& tx) -> core::Result<ProgrammeStory> {
    auto page = LoadProgrammePage(tx, acting, programme_id);
    if (!page) return core::Fail(page.error());
    return StoryOf(tx, today, acting, std::move(*page));
  });
}

}  // namespace stegvis::domain
