#include "chart/analysis_view.h"

#include <gtest/gtest.h>

#include "chart/number_format.h"

namespace stegvis::chart {
namespace {

stats::Point WithRule(stats::Rule rule, stats::PointType type) {
  stats::Point p;
  p.y = 1;
  p.rules.Set(rule);
  p.point_type = type;
  return p;
}

TEST(MarkOf, PartLevelRunsRulesDoNotMarkEveryPoint) {
  // Regression: IHI "too few runs" marked all points of the part as special causes.
  EXPECT_EQ(MarkOf(WithRule(stats::Rule::kIhiTooFewRuns, stats::PointType::kNeutralHigh)),
            Mark::kCommon);
  EXPECT_EQ(MarkOf(WithRule(stats::Rule::kAnhoejLongestRun, stats::PointType::kImprovement)),
            Mark::kCommon);
}

TEST(MarkOf, PointRulesMarkByPointType) {
  EXPECT_EQ(MarkOf(WithRule(stats::Rule::kIhiShift, stats::PointType::kImprovement)),
            Mark::kImprovement);
  EXPECT_EQ(MarkOf(WithRule(stats::Rule::kMdcOutsideLimits, stats::PointType::kConcern)),
            Mark::kConcern);
  stats::Point sigma;
  sigma.y = 9;
  sigma.sigma_signal = true;
  sigma.point_type = stats::PointType::kNeutralHigh;
  EXPECT_EQ(MarkOf(sigma), Mark::kNeutral);
  sigma.include = false;
  EXPECT_EQ(MarkOf(sigma), Mark::kExcluded);
}

TEST(PartRunsSignal, FromPartOrPartLevelRule) {
  stats::Analysis a;
  a.chart = stats::ChartType::kRun;
  a.points.push_back(WithRule(stats::Rule::kIhiTooManyRuns, stats::PointType::kCommonCause));
  a.parts.push_back(stats::Part{});
  EXPECT_TRUE(PartRunsSignal(a, a.parts[0]));
  a.chart = stats::ChartType::kMR;
  EXPECT_FALSE(PartRunsSignal(a, a.parts[0]));
}

stats::Analysis RunOf(std::vector<double> ys, double median) {
  stats::Analysis a;
  a.chart = stats::ChartType::kRun;
  for (double y : ys) {
    stats::Point p;
    p.y = y;
    p.cl = median;
    a.points.push_back(p);
  }
  return a;
}

int Decimals(const stats::Analysis& a) {
  const stats::Analysis* all[] = {&a};
  return ValueDecimals(all);
}

// A count's median read "4,0000": a series of equal values asked for 4 decimals (its spread
// was zero), and whole counts for 2 (three significant digits of 4).
TEST(ValueDecimals, NumbersShowThePrecisionTheyHave) {
  const stats::Analysis same = RunOf({4, 4, 4, 4, 4, 4}, 4);
  EXPECT_EQ(FormatNumber(same.points[0].cl, Decimals(same), Lang::kSv), "4");
  const stats::Analysis counts = RunOf({3, 4, 5, 4, 6, 2}, 4);
  EXPECT_EQ(FormatNumber(counts.points[0].cl, Decimals(counts), Lang::kSv), "4");
  EXPECT_EQ(Decimals(RunOf({3, 4, 5, 6}, 4.5)), 1);  // a median between two counts
  // Measured values keep about three significant digits.
  EXPECT_EQ(Decimals(RunOf({63.71234, 58.2345, 61.1}, 61.1)), 1);
  EXPECT_EQ(Decimals(RunOf({0.18234, 0.1712, 0.175}, 0.175)), 3);
  // A control chart's limits count too: a mean of 4 with limits 0 and 10 is whole, with
  // 10,2 it has one decimal.
  stats::Analysis c = RunOf({3, 4, 5, 4}, 4);
  c.chart = stats::ChartType::kC;
  for (std::size_t i = 0; i < c.points.size(); ++i) {
    c.points.SetPointLine(stats::Line::kLcl, i, 0);
    c.points.SetPointLine(stats::Line::kUcl, i, 10);
  }
  EXPECT_EQ(Decimals(c), 0);
  for (std::size_t i = 0; i < c.points.size(); ++i)
    c.points.SetPointLine(stats::Line::kUcl, i, 10.2);
  EXPECT_EQ(Decimals(c), 1);
}

}  // namespace
}  // namespace stegvis::chart
