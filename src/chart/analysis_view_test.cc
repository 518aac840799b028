#include "chart/analysis_view.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace stegvis::chart
