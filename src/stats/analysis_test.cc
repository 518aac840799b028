#include "stats/analysis.h"

#include <cmath>

#include <gtest/gtest.h>

namespace stegvis::stats {
namespace {

std::vector<Row> Series(const std::vector<double>& ys) {
  std::vector<Row> rows;
  for (std::size_t i = 0; i < ys.size(); ++i) {
    rows.push_back({static_cast<double>(i + 1), std::to_string(i + 1), ys[i], kMissing, ""});
  }
  return rows;
}

std::vector<Row> Counts(const std::vector<double>& ys, const std::vector<double>& ns) {
  auto rows = Series(ys);
  for (std::size_t i = 0; i < rows.size(); ++i) rows[i].n = ns[i];
  return rows;
}

core::Error ErrorOf(const std::vector<Row>& rows, const ChartOptions& options) {
  auto result = Analyze(rows, options);
  EXPECT_FALSE(result.has_value());
  return result ? core::Error{} : result.error();
}

TEST(AnalyzeTest, RunChartMedianAndRuns) {
  auto result = Analyze(Series({1, 2, 3, 4, 5}), {.chart = ChartType::kRun});
  ASSERT_TRUE(result.has_value());
  ASSERT_EQ(result->points.size(), 5u);
  EXPECT_EQ(result->points[0].cl, 3);
  EXPECT_TRUE(std::isnan(result->points[0].ucl));
  ASSERT_EQ(result->parts.size(), 1u);
  EXPECT_EQ(result->parts[0].n_obs, 5);
  EXPECT_EQ(result->parts[0].n_useful, 4);  // the point on the median does not count
  EXPECT_EQ(result->parts[0].longest_run, 2);
  EXPECT_EQ(result->parts[0].crossings, 1);
}

TEST(AnalyzeTest, RowsAreSortedAndEqualXAggregated) {
  std::vector<Row> rows = {
      {2, "b", 4, kMissing, ""}, {1, "a", 1, kMissing, ""}, {2, "b2", 6, kMissing, ""}};
  auto result = Analyze(rows, {.chart = ChartType::kI});
  ASSERT_TRUE(result.has_value());
  ASSERT_EQ(result->points.size(), 2u);
  EXPECT_EQ(result->points[0].label, "a");
  EXPECT_EQ(result->points[1].label, "b");
  EXPECT_EQ(result->points[1].y, 5);
  EXPECT_EQ(result->points[1].y_length, 2);
  EXPECT_EQ(result->points[1].y_sum, 10);
}

TEST(AnalyzeTest, MissingValuesStayMissing) {
  auto result = Analyze(Series({1, NAN, 3, 4}), {.chart = ChartType::kI});
  ASSERT_TRUE(result.has_value());
  EXPECT_TRUE(std::isnan(result->points[1].y));
  EXPECT_EQ(result->points[1].y_length, 0);
  EXPECT_FALSE(result->points[1].sigma_signal);
}

TEST(AnalyzeTest, SigmaSignalMarksThePointWithItsSide) {
  std::vector<double> ys(20, 10);
  for (std::size_t i = 0; i < ys.size(); ++i) ys[i] += (i % 2 ? 0.5 : -0.5);
  ys[15] = 30;
  ChartOptions options{.chart = ChartType::kI, .direction = Direction::kDown};
  auto result = Analyze(Series(ys), options);
  ASSERT_TRUE(result.has_value());
  const Point& p = result->points[15];
  EXPECT_TRUE(p.sigma_signal);
  EXPECT_TRUE(p.rules.Has(Rule::kSigma));
  EXPECT_EQ(p.point_type, PointType::kConcern);  // high is bad when lower is better
  // The outlier lifts the mean above every other point: a long run below it, which is good.
  EXPECT_FALSE(result->points[14].rules.Has(Rule::kSigma));
  EXPECT_TRUE(result->points[14].rules.Has(Rule::kAnhoejLongestRun));
  EXPECT_EQ(result->points[14].point_type, PointType::kImprovement);
}

TEST(AnalyzeTest, RunsSignalMarksEveryPointOfThePart) {
  // 10 low then 10 high: one long run, one crossing.
  std::vector<double> ys;
  for (int i = 0; i < 10; ++i) ys.push_back(1 + 0.01 * i);
  for (int i = 0; i < 10; ++i) ys.push_back(5 + 0.01 * i);
  ChartOptions options{.chart = ChartType::kRun, .direction = Direction::kUp};
  auto result = Analyze(Series(ys), options);
  ASSERT_TRUE(result.has_value());
  EXPECT_TRUE(result->parts[0].runs_signal);
  for (const Point& p : result->points) {
    EXPECT_TRUE(p.runs_signal);
    EXPECT_TRUE(p.rules.Has(Rule::kAnhoejLongestRun));
    EXPECT_TRUE(p.rules.Has(Rule::kAnhoejCrossings));
  }
  EXPECT_EQ(result->points[0].point_type, PointType::kConcern);
  EXPECT_EQ(result->points[19].point_type, PointType::kImprovement);
}

TEST(AnalyzeTest, PartsFromPointNumbersAndFromPhase) {
  auto rows = Series({1, 2, 3, 4, 5, 6});
  auto at = Analyze(rows, {.chart = ChartType::kI, .part_at = {3}});
  ASSERT_TRUE(at.has_value());
  ASSERT_EQ(at->parts.size(), 2u);
  EXPECT_EQ(at->parts[1].first, 3);
  EXPECT_EQ(at->points[2].part, 1);
  EXPECT_EQ(at->points[3].part, 2);
  EXPECT_EQ(at->points[3].cl, 5);
  for (std::size_t i = 0; i < rows.size(); ++i) rows[i].phase.assign(1, i < 2 ? 'A' : 'B');
  auto phase = Analyze(rows, {.chart = ChartType::kI, .part_from_phase = true});
  ASSERT_TRUE(phase.has_value());
  EXPECT_EQ(phase->parts.size(), 2u);
  EXPECT_EQ(phase->points[2].part, 2);
}

TEST(AnalyzeTest, FreezeAndExclude) {
  auto result =
      Analyze(Series({1, 2, 3, 10, 20, 30}), {.chart = ChartType::kI, .freeze = 3, .exclude = {2}});
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(result->points[0].cl, 2);  // mean of points 1 and 3
  EXPECT_FALSE(result->points[1].include);
  EXPECT_FALSE(result->points[3].baseline);
  EXPECT_EQ(result->parts[0].n_obs, 5);
}

TEST(AnalyzeTest, MultiplyScalesValuesAndLinesNotTarget) {
  auto result = Analyze(Counts({1, 2, 3}, {10, 10, 10}),
                        {.chart = ChartType::kP, .target = 0.5, .multiply = 100});
  ASSERT_TRUE(result.has_value());
  EXPECT_DOUBLE_EQ(result->points[0].y, 10);
  EXPECT_DOUBLE_EQ(result->points[0].cl, 20);
  EXPECT_EQ(result->points[0].target, 0.5);
}

TEST(AnalyzeTest, ErrorsNameTheRow) {
  auto rows = Series({1, 2, 3});
  rows[1].y = INFINITY;
  EXPECT_EQ(ErrorOf(rows, {.chart = ChartType::kI}).field, "row 2");
  rows = Series({1, 2, 3});
  rows[2].x = NAN;
  EXPECT_EQ(ErrorOf(rows, {.chart = ChartType::kI}).field, "row 3");
  EXPECT_EQ(ErrorOf(Series({1, -2, 3}), {.chart = ChartType::kC}).field, "row 2");
  EXPECT_EQ(ErrorOf(Series({1, 0, 3}), {.chart = ChartType::kT}).field, "row 2");
  EXPECT_EQ(ErrorOf(Series({1, -2, 3}), {.chart = ChartType::kT}).field, "row 2");
}

TEST(AnalyzeTest, DenominatorErrors) {
  EXPECT_EQ(ErrorOf(Counts({1, 2, 3}, {5, 0, 5}), {.chart = ChartType::kP}).field, "row 2");
  EXPECT_EQ(ErrorOf(Counts({1, 6, 3}, {5, 5, 5}), {.chart = ChartType::kPP}).field, "row 2");
  EXPECT_EQ(ErrorOf(Counts({1, 2, 3}, {5, 5, -5}), {.chart = ChartType::kU}).field, "row 3");
  EXPECT_EQ(ErrorOf(Series({1, 2, 3}), {.chart = ChartType::kP}).field, "n");
  // A zero denominator with a missing value is just a missing period.
  EXPECT_TRUE(Analyze(Counts({1, NAN, 3}, {5, 0, 5}), {.chart = ChartType::kP}).has_value());
}

TEST(AnalyzeTest, OptionErrorsNameTheOption) {
  auto rows = Series({1, 2, 3, 4});
  EXPECT_EQ(ErrorOf(rows, {.chart = ChartType::kI, .freeze = 5}).field, "freeze");
  EXPECT_EQ(ErrorOf(rows, {.chart = ChartType::kI, .freeze = -1}).field, "freeze");
  EXPECT_EQ(ErrorOf(rows, {.chart = ChartType::kI, .part_at = {4}}).field, "part_at");
  EXPECT_EQ(ErrorOf(rows, {.chart = ChartType::kI, .part_at = {0}}).field, "part_at");
  EXPECT_EQ(ErrorOf(rows, {.chart = ChartType::kI, .exclude = {5}}).field, "exclude");
  EXPECT_EQ(ErrorOf(rows, {.chart = ChartType::kI, .multiply = 0}).field, "multiply");
  EXPECT_EQ(ErrorOf(rows, {.chart = ChartType::kI, .cl = NAN}).field, "cl");
  EXPECT_EQ(ErrorOf(rows, {.chart = ChartType::kI, .freeze = 2, .part_at = {2}}).field, "freeze");
  EXPECT_EQ(ErrorOf({}, {.chart = ChartType::kI}).field, "rows");
}

TEST(AnalyzeTest, YNegFalseLiftsNegativeLowerLimits) {
  auto rows = Series({1, 9, 1, 9, 1, 9});
  auto result = Analyze(rows, {.chart = ChartType::kI, .y_neg = false});
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(result->points[0].lcl, 0);
}

}  // namespace
}  // namespace stegvis::stats
