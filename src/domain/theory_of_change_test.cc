// The theory of change's six levels (domain/theory_of_change.h): named as stored, in the order
// of the chain, with measures on the outcome and the effect only.

#include "domain/theory_of_change.h"

#include <gtest/gtest.h>

namespace stegvis::domain {
namespace {

TEST(TheoryOfChangeTest, TheLevelsRunFromResourcesToTheEffect) {
  const std::vector<std::string_view> chain = {"resource", "activity", "product",
                                               "practice", "outcome",  "effect"};
  ASSERT_EQ(DiagramLevelCount(DiagramKind::kTheoryOfChange), 6);
  for (int level = 0; level < 6; ++level) {
    EXPECT_EQ(TocLevelName(static_cast<TocLevel>(level)), chain[level]);
    EXPECT_EQ(DiagramLevelName(DiagramKind::kTheoryOfChange, level), chain[level]);
    EXPECT_EQ(ParseDiagramLevel(DiagramKind::kTheoryOfChange, chain[level]), level);
  }
}

TEST(TheoryOfChangeTest, TheEditorWorksBackwardsFromTheEffect) {
  for (std::size_t i = 0; i < kTocLevelsBackwards.size(); ++i) {
    EXPECT_EQ(static_cast<int>(kTocLevelsBackwards[i]), 5 - static_cast<int>(i));
  }
}

TEST(TheoryOfChangeTest, OnlyOutcomesAndEffectsAreShownByMeasures) {
  for (int level = 0; level < 6; ++level) {
    const auto toc = static_cast<TocLevel>(level);
    const bool measured = toc == TocLevel::kOutcome || toc == TocLevel::kEffect;
    EXPECT_EQ(TocLevelTakesMeasures(toc), measured) << TocLevelName(toc);
    EXPECT_EQ(LevelTakesRefs(DiagramKind::kTheoryOfChange, level), measured);
  }
}

}  // namespace
}  // namespace stegvis::domain
