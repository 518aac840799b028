#include "stats/ihi_rules.h"

#include <gtest/gtest.h>

#include "stats/rule_test_util.h"

namespace stegvis::stats {
namespace {

using testing::OnePart;

TEST(IhiRunsLimitsTest, SmallSeriesHaveNoRunsRule) {
  EXPECT_EQ(IhiRunsLimits(9).min_runs, 0);
  EXPECT_EQ(IhiRunsLimits(9).max_runs, 0);
}

TEST(IhiRunsLimitsTest, AgreesWithSwedEisenhartAtTenAndThirty) {
  // Perla, Provost & Murray 2011, Table 1: 10 points 3..9 runs, 30 points 11..21 runs.
  EXPECT_EQ(IhiRunsLimits(10).min_runs, 3);
  EXPECT_EQ(IhiRunsLimits(10).max_runs, 9);
  EXPECT_EQ(IhiRunsLimits(30).min_runs, 11);
  EXPECT_EQ(IhiRunsLimits(30).max_runs, 21);
}

TEST(IhiRunsLimitsTest, LargeSeriesUseTheNormalApproximationSmoothly) {
  const RunsLimits exact = IhiRunsLimits(100), approx = IhiRunsLimits(101);
  EXPECT_NEAR(approx.min_runs, exact.min_runs, 1);
  EXPECT_NEAR(approx.max_runs, exact.max_runs, 1);
  EXPECT_LT(IhiRunsLimits(1000).min_runs, 500);
}

TEST(IhiRulesTest, SixOnOneSideIsAShiftAndPointsOnTheMedianDoNotBreakIt) {
  auto a = OnePart({5, 1, 5, 1, 6, 6, 3, 6, 6, 6, 6, 1}, 3);
  ApplyIhiRules(a, Direction::kUp);
  for (int i : {4, 5, 7, 8, 9, 10}) EXPECT_TRUE(a.points[i].rules.Has(Rule::kIhiShift)) << i;
  EXPECT_FALSE(a.points[6].rules.Has(Rule::kIhiShift));  // on the median
  EXPECT_FALSE(a.points[3].rules.Has(Rule::kIhiShift));
  EXPECT_EQ(a.points[4].point_type, PointType::kImprovement);
  EXPECT_TRUE(a.parts[0].runs_signal);
}

TEST(IhiRulesTest, FiveGoingDownIsATrendAndLikeValuesAreSkipped) {
  auto a = OnePart({5, 9, 8, 8, 7, 6, 5, 7, 5}, 6.5);
  ApplyIhiRules(a, Direction::kUp);
  for (int i = 1; i <= 6; ++i) EXPECT_TRUE(a.points[i].rules.Has(Rule::kIhiTrend)) << i;
  EXPECT_FALSE(a.points[7].rules.Has(Rule::kIhiTrend));
  EXPECT_EQ(a.points[5].point_type, PointType::kConcern);
}

TEST(IhiRulesTest, FourGoingUpIsNoTrend) {
  auto a = OnePart({1, 2, 3, 4, 2, 3}, 2.5);
  ApplyIhiRules(a, Direction::kUp);
  for (const Point& p : a.points) EXPECT_FALSE(p.rules.Has(Rule::kIhiTrend));
}

TEST(IhiRulesTest, AlternatingSeriesHasTooManyRuns) {
  std::vector<double> ys;
  for (int i = 0; i < 20; ++i) ys.push_back(i % 2 ? 1 : -1);
  auto a = OnePart(ys, 0);
  ApplyIhiRules(a, Direction::kNeutral);
  EXPECT_TRUE(a.points[0].rules.Has(Rule::kIhiTooManyRuns));
}

TEST(IhiRulesTest, AstronomicalPointOnARunChartUsesIChartLimits) {
  std::vector<double> ys = {10, 11, 10, 11, 10, 11, 40, 10, 11, 10, 11};
  auto a = OnePart(ys, 10.5);
  ApplyIhiRules(a, Direction::kDown);
  EXPECT_TRUE(a.points[6].rules.Has(Rule::kIhiAstronomical));
  EXPECT_EQ(a.points[6].point_type, PointType::kConcern);
  EXPECT_FALSE(a.points[5].rules.Has(Rule::kIhiAstronomical));
}

TEST(IhiRulesTest, ReplacesTheDefaultMarks) {
  auto a = OnePart({1, 2}, 1.5);
  a.points.AddRule(0, Rule::kAnhoejCrossings);
  ApplyIhiRules(a, Direction::kUp);
  EXPECT_FALSE(a.points[0].rules.Has(Rule::kAnhoejCrossings));
}

}  // namespace
}  // namespace stegvis::stats
