// The driver diagram's levels and what the cycles say about each change idea
// (domain/driver_diagram.h).

#include "domain/driver_diagram.h"

#include <gtest/gtest.h>

namespace stegvis::domain {
namespace {

TEST(DriverDiagramTest, PrimaryDriversLeadToSecondaryDriversThatTakeTheChangeIdeas) {
  ASSERT_EQ(DiagramLevelCount(DiagramKind::kDriver), 2);
  EXPECT_EQ(DriverLevelName(DriverLevel::kPrimary), "primary");
  EXPECT_EQ(DriverLevelName(DriverLevel::kSecondary), "secondary");
  EXPECT_EQ(ParseDiagramLevel(DiagramKind::kDriver, "secondary"),
            static_cast<int>(DriverLevel::kSecondary));
  EXPECT_FALSE(ParseDiagramLevel(DiagramKind::kDriver, "effect"));
  EXPECT_FALSE(LevelTakesRefs(DiagramKind::kDriver, static_cast<int>(DriverLevel::kPrimary)));
  EXPECT_TRUE(LevelTakesRefs(DiagramKind::kDriver, static_cast<int>(DriverLevel::kSecondary)));
}

PdsaCycle Cycle(Id idea, int number, PdsaPhase phase, PdsaDecision decision) {
  PdsaCycle c;
  c.change_idea_id = idea;
  c.number = number;
  c.phase = phase;
  c.content.decision = decision;
  return c;
}

TEST(DriverDiagramTest, TheLatestDecisionIsThatOfTheHighestNumberedCycleWhateverTheOrder) {
  std::vector<PdsaCycle> cycles = {Cycle(7, 3, PdsaPhase::kDone, PdsaDecision::kAbandon),
                                   Cycle(7, 1, PdsaPhase::kDone, PdsaDecision::kAdopt),
                                   Cycle(7, 2, PdsaPhase::kAct, PdsaDecision::kAdapt)};
  IdeaTests t = SummariseIdeaTests(7, cycles);
  EXPECT_EQ(t.cycles, 3);
  EXPECT_EQ(t.finished, 2);
  EXPECT_EQ(t.latest_decision, PdsaDecision::kAbandon);
}

TEST(DriverDiagramTest, AnIdeaWithoutCyclesIsUntested) {
  IdeaTests t = SummariseIdeaTests(7, {});
  EXPECT_FALSE(t.tested());
  EXPECT_EQ(t.finished, 0);
  EXPECT_EQ(t.latest_decision, PdsaDecision::kNone);
}

}  // namespace
}  // namespace stegvis::domain
