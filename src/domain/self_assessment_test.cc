#include "domain/self_assessment.h"

#include <gtest/gtest.h>

namespace stegvis::domain {
namespace {

TEST(SelfAssessment, ScoresAreOneToFourOrNotAssessedNeverZero) {
  for (const char* ok : {"1", "2", "3", " 4 "}) {
    auto s = ParseAssessmentScore(ok);
    ASSERT_TRUE(s) << ok;
    ASSERT_TRUE(s->has_value()) << ok;
  }
  EXPECT_EQ(**ParseAssessmentScore("3"), 3);
  auto empty = ParseAssessmentScore("");
  ASSERT_TRUE(empty);
  EXPECT_FALSE(empty->has_value());  // "ej bedömt": no score, not 0
  for (const char* bad : {"0", "5", "x", "2.5", "12", "-1"}) {
    auto s = ParseAssessmentScore(bad);
    ASSERT_FALSE(s) << bad;
    EXPECT_EQ(s.error().key, "selfassess.error.score");
  }
}

TEST(SelfAssessment, TheCatalogueHasTheTenStepsInThreeGroupsAndStepEightsLists) {
  const auto& items = AssessmentItems();
  ASSERT_EQ(items.size(), 19u);
  int steps = 0, prereqs = 0, knowledge = 0;
  for (const auto& item : items) {
    if (item.section == AssessmentSection::kSteps) ++steps;
    if (item.section == AssessmentSection::kPrerequisites) ++prereqs;
    if (item.section == AssessmentSection::kKnowledge) ++knowledge;
  }
  EXPECT_EQ(steps, 10);
  EXPECT_EQ(prereqs, 5);
  EXPECT_EQ(knowledge, 4);
  EXPECT_EQ(items[0].group, "governance");
  EXPECT_EQ(items[4].group, "statistics");
  EXPECT_EQ(items[9].group, "improvement");
}

SelfAssessment Valid() {
  SelfAssessment a;
  a.assessed_on = "2026-03-01";
  a.scores = {
      {"knowledge_goals", 2, ""}, {"step_1", std::nullopt, "inte diskuterat"}, {"step_2", 4, ""}};
  return a;
}

TEST(SelfAssessment, ValidationKeepsUnassessedItemsEmptyAndOrdersByCatalogue) {
  auto a = ValidateSelfAssessment(Valid(), "2026-03-01");
  ASSERT_TRUE(a) << a.error().message;
  ASSERT_EQ(a->scores.size(), 3u);
  EXPECT_EQ(a->scores[0].item, "step_1");
  EXPECT_FALSE(a->scores[0].score.has_value());
  EXPECT_EQ(a->scores[0].comment, "inte diskuterat");
  EXPECT_EQ(a->scores[1].item, "step_2");
  EXPECT_EQ(a->scores[2].item, "knowledge_goals");
}

TEST(SelfAssessment, ValidationNamesTheFieldThatIsWrong) {
  SelfAssessment future = Valid();
  future.assessed_on = "2026-03-02";
  EXPECT_EQ(ValidateSelfAssessment(future, "2026-03-01").error().key, "selfassess.error.future");
  SelfAssessment no_date = Valid();
  no_date.assessed_on = "";
  EXPECT_EQ(ValidateSelfAssessment(no_date, "2026-03-01").error().field, "assessed_on");
  SelfAssessment bad_date = Valid();
  bad_date.assessed_on = "2026-02-30";
  EXPECT_EQ(ValidateSelfAssessment(bad_date, "2026-03-01").error().key, "error.bad_date");
  SelfAssessment zero = Valid();
  zero.scores.push_back({"step_3", 0, ""});
  auto e = ValidateSelfAssessment(zero, "2026-03-01").error();
  EXPECT_EQ(e.field, "step_3");
  EXPECT_EQ(e.key, "selfassess.error.score");
  SelfAssessment unknown = Valid();
  unknown.scores.push_back({"step_11", 2, ""});
  EXPECT_EQ(ValidateSelfAssessment(unknown, "2026-03-01").error().field, "step_11");
  SelfAssessment twice = Valid();
  twice.scores.push_back({"step_2", 1, ""});
  EXPECT_EQ(ValidateSelfAssessment(twice, "2026-03-01").error().key, "selfassess.error.item");
}

}  // namespace
}  // namespace stegvis::domain
