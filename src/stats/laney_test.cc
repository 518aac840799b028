#include "stats/laney.h"

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

namespace stegvis::stats {
namespace {

std::vector<Point> Proportions(const std::vector<double>& events, double n) {
  std::vector<Point> points(events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    points[i].y_sum = events[i];
    points[i].n = n;
    points[i].y = events[i] / n;
  }
  return points;
}

// The points after LaneyLines (or ComputeLines for `plain`) on them as one part.
std::vector<Point> Laney(bool proportion, const std::vector<Point>& points,
                         const LineOptions& options = {}, bool plain = false) {
  PointColumns columns(points);
  LineScratch scratch;
  if (plain) {
    ComputeLines(ChartType::kP, PartAt(columns, 0), options, scratch);
  } else {
    LaneyLines(proportion, PartAt(columns, 0), options, scratch);
  }
  return columns.ToPoints();
}

// With equal denominators z_i = (p_i - p̄)/σ, so σ_z = MR̄(z)/1.128 and the P′ limits are
// p̄ ± 3 · MR̄(p)/1.128: an XmR chart of the proportions (Laney 2002).
TEST(LaneyTest, EqualDenominatorsGiveIndividualsLimits) {
  auto points = Proportions({10, 14, 9, 12, 15, 11, 8, 13}, 100);
  points = Laney(true, points, {.cl = std::nullopt, .screen_mr = false});
  double mr = 0;
  for (std::size_t i = 1; i < points.size(); ++i) mr += std::fabs(points[i].y - points[i - 1].y);
  mr /= points.size() - 1;
  const double p = 92.0 / 800;
  EXPECT_DOUBLE_EQ(points[0].cl, p);
  EXPECT_NEAR(points[0].ucl, p + 3 * mr / 1.128, 1e-12);
  EXPECT_NEAR(points[0].lcl_95, p - 2 * mr / 1.128, 1e-12);
}

// Over-dispersed counts: P′ limits are wider than the binomial P limits.
TEST(LaneyTest, OverdispersionWidensTheLimits) {
  auto laney = Proportions({20, 60, 25, 70, 15, 65, 30, 55}, 1000);
  const auto plain = Laney(true, laney, {}, true);
  laney = Laney(true, laney);
  EXPECT_EQ(laney[0].cl, plain[0].cl);
  EXPECT_GT(laney[0].ucl - laney[0].cl, 2 * (plain[0].ucl - plain[0].cl));
}

TEST(LaneyTest, RateLimitsAreNotCappedAtOne) {
  std::vector<Point> points(4);
  const double counts[] = {30, 50, 20, 60};
  for (int i = 0; i < 4; ++i) {
    points[i].y_sum = counts[i];
    points[i].n = 10;
    points[i].y = counts[i] / 10;
  }
  points = Laney(false, points);
  EXPECT_GT(points[0].ucl, 1);
  EXPECT_GE(points[0].lcl, 0);
}

}  // namespace
}  // namespace stegvis::stats
