#include "stats/xmr.h"

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "stats/assurance.h"

namespace stegvis::stats {
namespace {

std::vector<Row> Rows(const std::vector<double>& ys) {
  std::vector<Row> rows;
  for (std::size_t i = 0; i < ys.size(); ++i) {
    Row row;
    row.x = double(i + 1);
    row.label = std::to_string(i + 1);
    row.y = ys[i];
    rows.push_back(row);
  }
  return rows;
}

ChartOptions Up() {
  ChartOptions o;
  o.chart = ChartType::kXmR;
  o.rules = RuleSet::kMdc;
  o.direction = Direction::kUp;
  return o;
}

TEST(XmrTest, LinesAreMeanPlusMinus266TimesAverageMovingRange) {
  // Moving ranges 2, 2, 2 -> AMR 2; mean 11.
  auto a = AnalyzeXmr(ToSeries(Rows({10, 12, 10, 12})), Up());
  ASSERT_TRUE(a.has_value());
  EXPECT_DOUBLE_EQ(a->points[0].mean, 11);
  EXPECT_DOUBLE_EQ(a->points[0].upl, 11 + 2.66 * 2);
  EXPECT_DOUBLE_EQ(a->points[0].lpl, 11 - 2.66 * 2);
  EXPECT_DOUBLE_EQ(a->points[0].ucl_95, 11 + 2 * (2.66 / 3) * 2);
  EXPECT_TRUE(ShortGroupWarning(a->parts[0]));
}

TEST(XmrTest, ScreeningDropsHugeMovingRangesOnce) {
  std::vector<double> ys(20, 10.0);
  for (std::size_t i = 0; i < ys.size(); ++i) ys[i] += (i % 2) ? 1 : 0;
  ys[10] = 100;  // ranges 90 and 89 dwarf the others
  auto screened = AnalyzeXmr(ToSeries(Rows(ys)), Up());
  ChartOptions raw = Up();
  raw.screen_mr = false;
  auto unscreened = AnalyzeXmr(ToSeries(Rows(ys)), raw);
  ASSERT_TRUE(screened && unscreened);
  EXPECT_LT(screened->points[0].upl, unscreened->points[0].upl);
  EXPECT_EQ(screened->points[10].point_type, PointType::kImprovement);
  EXPECT_TRUE(screened->points[10].rules.Has(Rule::kMdcOutsideLimits));
}

TEST(XmrTest, SevenBelowTheMeanIsAConcernWhenUpIsBetter) {
  std::vector<double> ys = {10, 11, 10, 11, 10, 11, 5, 6, 5, 6, 5, 6, 5, 11, 10, 11};
  auto a = AnalyzeXmr(ToSeries(Rows(ys)), Up());
  ASSERT_TRUE(a.has_value());
  for (int i = 6; i <= 12; ++i) {
    EXPECT_TRUE(a->points[i].rules.Has(Rule::kMdcRunOfSeven)) << i;
    EXPECT_EQ(a->points[i].point_type, PointType::kConcern) << i;
  }
  EXPECT_FALSE(a->points[5].rules.Has(Rule::kMdcRunOfSeven));
}

TEST(XmrTest, AMissingValueBreaksARunAndStaysMissing) {
  std::vector<double> ys = {10, 11, 10, 11, 10, 11, 5, 6, 5, NAN, 6, 5, 6, 5, 11, 10, 11};
  auto a = AnalyzeXmr(ToSeries(Rows(ys)), Up());
  ASSERT_TRUE(a.has_value());
  for (const Point& p : a->points) EXPECT_FALSE(p.rules.Has(Rule::kMdcRunOfSeven));
  EXPECT_TRUE(std::isnan(a->points[9].y));
  EXPECT_FALSE(XmrFlags(a->points[9]).relative_to_mean.has_value());
}

TEST(XmrTest, TrendOfSevenOutranksTheRunAndTakesTheDirection) {
  std::vector<double> ys = {10, 14, 10, 14, 10, 14, 10, 14, 9, 9.5, 10, 10.5, 11, 11.5, 12, 14, 10};
  ChartOptions down = Up();
  down.direction = Direction::kDown;
  auto a = AnalyzeXmr(ToSeries(Rows(ys)), down);
  ASSERT_TRUE(a.has_value());
  for (int i = 8; i <= 14; ++i) {
    EXPECT_EQ(MdcPrimaryRule(a->points[i]), Rule::kMdcTrendOfSeven) << i;
    // Increasing while down is better: a concern, even though the points are low.
    EXPECT_EQ(a->points[i].point_type, PointType::kConcern) << i;
  }
}

TEST(XmrTest, NeutralDirectionGivesHighAndLow) {
  std::vector<double> ys(15, 10.0);
  for (std::size_t i = 0; i < ys.size(); ++i) ys[i] += (i % 2) ? 0.5 : -0.5;
  ys[7] = 30;
  ChartOptions neutral = Up();
  neutral.direction = Direction::kNeutral;
  auto a = AnalyzeXmr(ToSeries(Rows(ys)), neutral);
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->points[7].point_type, PointType::kNeutralHigh);
}

TEST(XmrTest, FixAfterSetsTheLinesFromTheFirstPointsOnly) {
  std::vector<double> ys = {10, 12, 10, 12, 50, 50, 50};
  ChartOptions fixed = Up();
  fixed.fix_after = 4;
  auto a = AnalyzeXmr(ToSeries(Rows(ys)), fixed);
  ASSERT_TRUE(a.has_value());
  EXPECT_DOUBLE_EQ(a->points[6].mean, 11);
  EXPECT_TRUE(a->points[3].baseline);
  EXPECT_FALSE(a->points[4].baseline);
  EXPECT_EQ(a->points[5].point_type, PointType::kImprovement);
}

TEST(XmrTest, RebaseStartsANewGroupWithItsOwnLines) {
  std::vector<double> ys = {10, 12, 10, 12, 20, 22, 20, 22};
  ChartOptions rebased = Up();
  rebased.rebase_at_x = 5;
  auto a = AnalyzeXmr(ToSeries(Rows(ys)), rebased);
  ASSERT_TRUE(a.has_value());
  ASSERT_EQ(a->parts.size(), 2u);
  EXPECT_EQ(a->parts[1].first, 4);
  EXPECT_DOUBLE_EQ(a->points[0].mean, 11);
  EXPECT_DOUBLE_EQ(a->points[7].mean, 21);
  EXPECT_EQ(a->points[7].part, 2);
}

TEST(XmrTest, AllEqualValuesHaveNoLimitsWhenScreened) {
  auto a = AnalyzeXmr(ToSeries(Rows(std::vector<double>(12, 7.0))), Up());
  ASSERT_TRUE(a.has_value());
  EXPECT_TRUE(std::isnan(a->points[0].upl));
  EXPECT_FALSE(XmrFlags(a->points[0]).outside_limits.has_value());
  EXPECT_EQ(a->points[0].point_type, PointType::kCommonCause);
}

TEST(XmrTest, DuplicatePeriodIsAnErrorNamingTheRow) {
  auto rows = Rows({1, 2, 3});
  rows[2].x = 1;
  auto a = AnalyzeXmr(ToSeries(rows), Up());
  ASSERT_FALSE(a.has_value());
  EXPECT_EQ(a.error().field, "row 3");
}

TEST(XmrTest, BadOptionsAndValuesNameTheField) {
  ChartOptions bad = Up();
  bad.fix_after = 1;
  EXPECT_EQ(AnalyzeXmr(ToSeries(Rows({1, 2})), bad).error().field, "fix_after");
  auto rows = Rows({1, 2, 3});
  rows[1].y = INFINITY;
  EXPECT_EQ(AnalyzeXmr(ToSeries(rows), Up()).error().field, "row 2");
}

TEST(AssuranceTest, FollowsTheDirection) {
  EXPECT_EQ(Assurance(4, 1, 3, Direction::kUp), AssuranceType::kConsistentFail);
  EXPECT_EQ(Assurance(4, 5, 7, Direction::kUp), AssuranceType::kConsistentPass);
  EXPECT_EQ(Assurance(4, 1, 5, Direction::kUp), AssuranceType::kInconsistent);
  EXPECT_EQ(Assurance(4, 1, 3, Direction::kDown), AssuranceType::kConsistentPass);
  EXPECT_EQ(Assurance(4, 5, 7, Direction::kDown), AssuranceType::kConsistentFail);
  EXPECT_EQ(Assurance(4, 1, 3, Direction::kNeutral), AssuranceType::kNone);
  EXPECT_EQ(Assurance(4, NAN, NAN, Direction::kUp), AssuranceType::kInconsistent);
}

TEST(AssuranceTest, SummaryGivesTheLastPartTheVerdict) {
  std::vector<double> ys = {10, 12, 10, 12, 20, 22, 20, 22};
  ChartOptions o = Up();
  o.rebase_at_x = 5;
  o.target = 5;
  auto a = AnalyzeXmr(ToSeries(Rows(ys)), o);
  ASSERT_TRUE(a.has_value());
  auto s = Summarize(*a, o);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].assurance, AssuranceType::kNone);
  EXPECT_EQ(s[1].assurance, AssuranceType::kConsistentPass);
  EXPECT_EQ(s[1].n, 4);
  EXPECT_EQ(s[1].variation, PointType::kCommonCause);
}

}  // namespace
}  // namespace stegvis::stats
