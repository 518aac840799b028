#include "domain/measure_analysis.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace stegvis::domain
