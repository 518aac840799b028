#include "stats/subgroups.h"

#include <cmath>

#include <gtest/gtest.h>

namespace stegvis::stats {
namespace {

Row R(double x, double y, double n = kMissing) {
  return {x, std::to_string(int(x)), y, n, "phase"};
}

TEST(SubgroupsTest, SubgroupStatistics) {
  const std::vector<Row> rows = {R(1, 2), R(1, 4), R(1, kMissing), R(2, 7)};
  auto periods = AggregatePeriods(ToSeries(rows), ChartType::kXbar, Aggregation::kMean);
  ASSERT_TRUE(periods.has_value());
  ASSERT_EQ(periods->points.size(), 2u);
  const Point& p = periods->points[0];
  EXPECT_EQ(p.y_length, 2);
  EXPECT_EQ(p.y_sum, 6);
  EXPECT_EQ(p.y_mean, 3);
  EXPECT_DOUBLE_EQ(p.y_sd, std::sqrt(2.0));
  EXPECT_EQ(p.y, 3);
  EXPECT_TRUE(std::isnan(p.n));
  EXPECT_TRUE(std::isnan(periods->points[1].y_sd));
  EXPECT_EQ(periods->first_row[1], 3u);
}

TEST(SubgroupsTest, MedianAndSum) {
  const std::vector<Row> rows = {R(1, 1), R(1, 2), R(1, 10)};
  EXPECT_EQ(AggregatePeriods(ToSeries(rows), ChartType::kRun, Aggregation::kMedian)->points[0].y,
            2);
  EXPECT_EQ(AggregatePeriods(ToSeries(rows), ChartType::kRun, Aggregation::kSum)->points[0].y, 13);
}

// Regression: R's sum of no values is 0, which would plot a missing period as zero.
TEST(SubgroupsTest, SumOfAMissingPeriodIsMissing) {
  const std::vector<Row> rows = {R(1, 1), R(2, kMissing), R(2, kMissing), R(3, kMissing)};
  auto periods = AggregatePeriods(ToSeries(rows), ChartType::kC, Aggregation::kSum);
  ASSERT_TRUE(periods.has_value());
  EXPECT_TRUE(std::isnan(periods->points[1].y));
  EXPECT_TRUE(std::isnan(periods->points[1].y_sum));
  EXPECT_TRUE(std::isnan(periods->points[2].y));
}

TEST(SubgroupsTest, DenominatorsAreSummedAndIncompleteRowsDropped) {
  const std::vector<Row> rows = {R(1, 1, 10), R(1, 2, 10), R(1, kMissing, 5), R(2, 3, kMissing)};
  auto periods = AggregatePeriods(ToSeries(rows), ChartType::kP, Aggregation::kMean);
  ASSERT_TRUE(periods.has_value());
  EXPECT_EQ(periods->points[0].n, 20);
  EXPECT_DOUBLE_EQ(periods->points[0].y, 0.15);
  EXPECT_EQ(periods->points[1].n, 0);  // as qicharts2: no denominator left
  EXPECT_TRUE(std::isnan(periods->points[1].y));
}

TEST(SubgroupsTest, UnsortedInputIsSortedStably) {
  const std::vector<Row> rows = {R(3, 1), R(1, 2), R(2, 3), R(1, 4)};
  auto periods = AggregatePeriods(ToSeries(rows), ChartType::kI, Aggregation::kMean);
  ASSERT_TRUE(periods.has_value());
  EXPECT_EQ(periods->points[0].x, 1);
  EXPECT_EQ(periods->points[0].y, 3);
  EXPECT_EQ(periods->first_row[0], 1u);
  EXPECT_EQ(periods->points[2].x, 3);
}

}  // namespace
}  // namespace stegvis::stats
