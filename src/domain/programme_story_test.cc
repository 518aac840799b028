#include "domain/programme_story.h"

#include <gtest/gtest.h>

namespace stegvis::domain {
namespace {

IdeaCycle Decided(PdsaDecision decision) {
  IdeaCycle c;
  c.cycle.content.decision = decision;
  return c;
}

TEST(CountDecisionsTest, CountsEachEndingAndTheTestsStillUnderWay) {
  const std::vector<IdeaCycle> cycles = {
      Decided(PdsaDecision::kAbandon), Decided(PdsaDecision::kAdopt),
      Decided(PdsaDecision::kAbandon), Decided(PdsaDecision::kNone), Decided(PdsaDecision::kAdapt)};
  const DecisionCounts n = CountDecisions(cycles);
  EXPECT_EQ(n.adopted, 1);
  EXPECT_EQ(n.adapted, 1);
  EXPECT_EQ(n.abandoned, 2);
  EXPECT_EQ(n.open, 1);
  const DecisionCounts none = CountDecisions({});
  EXPECT_EQ(none.adopted + none.adapted + none.abandoned + none.open, 0);
}

}  // namespace
}  // namespace stegvis::domain
