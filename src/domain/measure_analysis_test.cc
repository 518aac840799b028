#include "domain/measure_analysis.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace stegvis::domain {
namespace {

Measure Proportion() {
  Measure m;
  m.data_type = stats::DataType::kProportion;
  m.grouping = Grouping::kWomenMen;
  return m;
}

Observation Cell(const char* period, const char* group, const char* value, const char* den) {
  return Observation{1, period, group, value, den, "", 0, ""};
}

TEST(MeasureAnalysisTest, TheTotalIsTheSumOfTheGroupsOnlyWhereEveryGroupIsThere) {
  std::vector<Observation> cells = {Cell("2025-01", "women", "3", "10"),
                                    Cell("2025-01", "men", "1", "10"),
                                    Cell("2025-02", "women", "5", "10")};  // men missing
  auto a = AnalyzeMeasure(Proportion(), cells);
  ASSERT_TRUE(a) << a.error().message;
  ASSERT_TRUE(a->total);
  ASSERT_EQ(a->total->points.size(), 1u) << "a missing group is missing, not zero";
  EXPECT_DOUBLE_EQ(a->total->points[0].y, 20.0) << "4 of 20, in percent";
  EXPECT_EQ(a->periods, 2);
}

TEST(MeasureAnalysisTest, AnEnteredTotalWinsAndWomenAndMenAreComparedWithTheGap) {
  std::vector<Observation> cells;
  for (int m = 1; m <= 12; ++m) {
    char period[8];
    std::snprintf(period, sizeof period, "2025-%02d", m);
    cells.push_back(Cell(period, "women", m > 6 ? "8" : "4", "10"));
    cells.push_back(Cell(period, "men", "5", "10"));
    cells.push_back(Cell(period, "total", "9", "20"));
  }
  auto a = AnalyzeMeasure(Proportion(), cells);
  ASSERT_TRUE(a);
  EXPECT_DOUBLE_EQ(a->total->points[0].y, 45.0);
  ASSERT_TRUE(a->groups);
  EXPECT_EQ(a->group_a, "women");
  EXPECT_EQ(a->recommended.chart, stats::ChartType::kP) << "12 points of proportions";
}

TEST(MeasureAnalysisTest, WithoutATotalTheRecommendationExplainsTheGroupsChart) {
  Measure m;
  m.data_type = stats::DataType::kContinuous;  // days on average: women and men do not add up
  m.grouping = Grouping::kWomenMen;
  std::vector<Observation> cells;
  for (int month = 1; month <= 12; ++month) {
    char period[8];
    std::snprintf(period, sizeof period, "2025-%02d", month);
    cells.push_back(Cell(period, "women", month > 4 ? "2.1" : "5.2", ""));
    cells.push_back(Cell(period, "men", "3", ""));
  }
  auto a = AnalyzeMeasure(m, cells);
  ASSERT_TRUE(a);
  EXPECT_FALSE(a->total) << "no total is made up";
  ASSERT_TRUE(a->groups);
  EXPECT_EQ(a->recommended.chart, stats::ChartType::kI) << "12 points each, not too few";
  EXPECT_EQ(a->recommended.reason, stats::ChoiceReason::kContinuous);
}

TEST(MeasureAnalysisTest, TheTeamsChartOverridesTheRecommendation) {
  Measure m = Proportion();
  m.chart_override = "run";
  auto a =
      AnalyzeMeasure(m, {Cell("2025-01", "women", "3", "10"), Cell("2025-01", "men", "1", "10")});
  ASSERT_TRUE(a);
  EXPECT_TRUE(a->overridden);
  EXPECT_EQ(a->chart, stats::ChartType::kRun);
}

TEST(MeasureAnalysisTest, NoDataIsNoChartNotAnError) {
  auto a = AnalyzeMeasure(Proportion(), {});
  ASSERT_TRUE(a);
  EXPECT_FALSE(a->total);
  EXPECT_FALSE(a->groups);
}

// 24 months of a total: level 10 for the first 12, then `after` (a little noise throughout).
std::vector<Observation> Stepped(double after) {
  std::vector<Observation> cells;
  for (int i = 0; i < 24; ++i) {
    char period[8];
    std::snprintf(period, sizeof period, "%04d-%02d", 2024 + i / 12, i % 12 + 1);
    char value[16];
    std::snprintf(value, sizeof value, "%.1f", (i < 12 ? 10 : after) + (i % 3) * 0.5);
    cells.push_back(Cell(period, "total", value, ""));
  }
  return cells;
}

Measure Continuous() {
  Measure m;
  m.data_type = stats::DataType::kContinuous;
  m.grouping = Grouping::kNone;
  m.no_sex_reason = "Mäts per avdelning";
  return m;
}

TEST(MeasureAnalysisTest, TheMeasuresRuleSetMarksThePointsAndIsTheOneToJudgeBy) {
  Measure m = Continuous();
  m.rule_set = stats::RuleSet::kIhi;
  auto a = AnalyzeMeasure(m, Stepped(14));
  ASSERT_TRUE(a && a->total);
  EXPECT_EQ(a->rules, stats::RuleSet::kIhi);
  bool ihi = false, anhoej = false;
  for (const stats::Point& p : a->total->points) {
    ihi = ihi || p.rules.Has(stats::Rule::kIhiShift);
    anhoej = anhoej || p.rules.Has(stats::Rule::kAnhoejLongestRun);
  }
  EXPECT_TRUE(ihi) << "twelve points above the median is an IHI shift";
  EXPECT_FALSE(anhoej) << "Anhøj's marks are replaced, not added to";
}

TEST(MeasureAnalysisTest, AFrozenBaselineSetsTheLinesFromItsFirstPoints) {
  Measure m = Continuous();
  m.chart_override = "i";
  m.baseline_points = 12;
  auto frozen = AnalyzeMeasure(m, Stepped(14));
  ASSERT_TRUE(frozen && frozen->total);
  EXPECT_EQ(frozen->baseline_total, BaselineUse::kFrozen);
  const stats::Point& last = frozen->total->points.back();
  EXPECT_NEAR(last.cl, 10.5, 1e-9) << "the mean of the first 12 points, carried to the end";
  EXPECT_FALSE(last.baseline);
  EXPECT_TRUE(frozen->total->points[11].baseline);
  m.baseline_points.reset();
  auto all = AnalyzeMeasure(m, Stepped(14));
  ASSERT_TRUE(all && all->total);
  EXPECT_EQ(all->baseline_total, BaselineUse::kNone);
  EXPECT_NEAR(all->total->points.back().cl, 12.5, 1e-9) << "the mean of every point";
}

TEST(MeasureAnalysisTest, AnXmrChartFixesItsLimitsAfterTheBaseline) {
  Measure m = Continuous();
  m.chart_override = "xmr";
  m.baseline_points = 12;
  auto a = AnalyzeMeasure(m, Stepped(14));
  ASSERT_TRUE(a && a->total);
  EXPECT_EQ(a->baseline_total, BaselineUse::kFrozen);
  EXPECT_NEAR(a->total->points.back().cl, 10.5, 1e-9);
}

TEST(MeasureAnalysisTest, WithFewerPointsThanTheBaselineEveryPointSetsTheLines) {
  Measure m = Continuous();
  m.chart_override = "i";
  m.baseline_points = 30;
  auto a = AnalyzeMeasure(m, Stepped(14));
  ASSERT_TRUE(a && a->total) << "24 points and a baseline of 30 is no error";
  EXPECT_EQ(a->baseline_total, BaselineUse::kTooFewPoints);
  EXPECT_NEAR(a->total->points.back().cl, 12.5, 1e-9);
}

TEST(MeasureAnalysisTest, PhasesSetTheirOwnLinesInsteadOfTheBaseline) {
  Measure m = Continuous();
  m.chart_override = "i";
  m.baseline_points = 12;
  auto a = AnalyzeMeasure(m, Stepped(14), {"2025-01"});
  ASSERT_TRUE(a && a->total);
  EXPECT_EQ(a->baseline_total, BaselineUse::kPhases);
  EXPECT_NEAR(a->total->points.back().cl, 14.5, 1e-9) << "the second phase's own mean";
}

TEST(MeasureAnalysisTest, TheGroupsAreFrozenOnlyWhenBothHaveTheBaselinesPoints) {
  Measure m = Proportion();
  m.baseline_points = 12;
  std::vector<Observation> cells;
  for (int i = 0; i < 14; ++i) {
    char period[8];
    std::snprintf(period, sizeof period, "%04d-%02d", 2024 + i / 12, i % 12 + 1);
    cells.push_back(Cell(period, "women", i < 12 ? "3" : "8", "10"));
    if (i < 11) cells.push_back(Cell(period, "men", "5", "10"));
  }
  auto a = AnalyzeMeasure(m, cells);
  ASSERT_TRUE(a && a->groups);
  EXPECT_EQ(a->baseline_groups, BaselineUse::kTooFewPoints) << "men have 11 points";
  cells.push_back(Cell("2024-12", "men", "5", "10"));
  a = AnalyzeMeasure(m, cells);
  ASSERT_TRUE(a && a->groups);
  EXPECT_EQ(a->baseline_groups, BaselineUse::kFrozen);
  EXPECT_FALSE(a->groups->group_a.points.back().baseline);
  EXPECT_TRUE(a->groups->group_a.points[11].baseline);
}

}  // namespace
}  // namespace stegvis::domain
