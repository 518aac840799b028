#include "stats/control_limits.h"

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

namespace stegvis::stats {
namespace {

// c4 from Montgomery, Appendix VI.
TEST(ControlLimitsTest, C4MatchesTheTable) {
  EXPECT_NEAR(C4(2), 0.7979, 5e-5);
  EXPECT_NEAR(C4(5), 0.9400, 5e-5);
  EXPECT_NEAR(C4(25), 0.9896, 5e-5);
  EXPECT_TRUE(std::isnan(C4(1)));
}

// The points after ComputeLines on them as one part.
std::vector<Point> WithLines(ChartType chart, const std::vector<Point>& points) {
  PointColumns columns(points);
  LineScratch scratch;
  ComputeLines(chart, PartAt(columns, 0), {}, scratch);
  return columns.ToPoints();
}

TEST(ControlLimitsTest, PLimitsAreClampedToZeroAndOne) {
  std::vector<Point> points(3);
  for (Point& p : points) {
    p.y_sum = 1;
    p.n = 2;
    p.y = 0.5;
  }
  points = WithLines(ChartType::kP, points);
  EXPECT_EQ(points[0].cl, 0.5);
  EXPECT_EQ(points[0].lcl, 0);
  EXPECT_EQ(points[0].ucl, 1);
}

TEST(ControlLimitsTest, GChartShowsTheMedianButLimitsFromTheMean) {
  std::vector<Point> points(5);
  const double ys[] = {1, 2, 3, 4, 40};
  for (int i = 0; i < 5; ++i) points[i].y = ys[i];
  points = WithLines(ChartType::kG, points);
  EXPECT_EQ(points[0].cl, 3);
  EXPECT_DOUBLE_EQ(points[0].ucl, 10 + 3 * std::sqrt(110.0));
  EXPECT_EQ(points[0].lcl, 0);
}

}  // namespace
}  // namespace stegvis::stats
