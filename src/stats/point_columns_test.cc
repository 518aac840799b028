#include <cmath>
#include <random>
#include <vector>

#include <gtest/gtest.h>

#include "stats/analysis.h"

namespace stegvis::stats {
namespace {

// Equal, with NaN equal to NaN.
bool Same(double a, double b) {
  return (std::isnan(a) && std::isnan(b)) || a == b;
}

void ExpectSamePoint(const Point& a, const Point& b) {
  for (auto [u, v] : {std::pair{a.x, b.x},
                      {a.y, b.y},
                      {a.y_sum, b.y_sum},
                      {a.y_mean, b.y_mean},
                      {a.y_sd, b.y_sd},
                      {a.n, b.n},
                      {a.cl, b.cl},
                      {a.lcl, b.lcl},
                      {a.ucl, b.ucl},
                      {a.lcl_95, b.lcl_95},
                      {a.ucl_95, b.ucl_95},
                      {a.target, b.target},
                      {a.mean, b.mean},
                      {a.lpl, b.lpl},
                      {a.upl, b.upl}}) {
    EXPECT_TRUE(Same(u, v)) << u << " != " << v;
  }
  EXPECT_EQ(a.label, b.label);
  EXPECT_EQ(a.y_length, b.y_length);
  EXPECT_EQ(a.part, b.part);
  EXPECT_EQ(a.baseline, b.baseline);
  EXPECT_EQ(a.include, b.include);
  EXPECT_EQ(a.sigma_signal, b.sigma_signal);
  EXPECT_EQ(a.runs_signal, b.runs_signal);
  EXPECT_EQ(a.rules, b.rules);
  EXPECT_EQ(a.point_type, b.point_type);
}

TEST(PointColumnsTest, KeepsEveryFieldOfThePointsItIsGiven) {
  std::mt19937_64 rng(3);
  std::uniform_real_distribution<double> value(-5, 5);
  std::vector<Point> points(40);
  for (std::size_t i = 0; i < points.size(); ++i) {
    Point& p = points[i];
    p.x = double(i);
    p.label = i % 3 ? "" : "period " + std::to_string(i);
    p.y = i % 7 ? value(rng) : kMissing;
    p.y_sum = value(rng);
    p.y_length = int(i % 4);
    p.y_mean = value(rng);
    p.y_sd = i % 5 ? value(rng) : kMissing;
    p.n = i < 10 ? kMissing : value(rng);
    p.cl = value(rng);
    p.lcl = value(rng);
    p.ucl = value(rng);
    p.lcl_95 = value(rng);
    p.ucl_95 = value(rng);
    p.target = value(rng);
    p.mean = value(rng);
    p.lpl = value(rng);
    p.upl = value(rng);
    p.part = i < 15 ? 1 : (i < 30 ? 2 : 3);
    p.baseline = i % 2;
    p.include = i % 3;
    p.sigma_signal = i % 5 == 1;
    p.runs_signal = i % 6 == 1;
    p.rules = RuleMask::FromBits(static_cast<std::uint32_t>(i * 2654435761u) & 0xffffu);
    p.point_type = static_cast<PointType>(i % 5);
  }
  const PointColumns columns(points);
  ASSERT_EQ(columns.size(), points.size());
  EXPECT_EQ(columns.PartFirsts(), (std::vector<std::size_t>{0, 15, 30}));
  for (std::size_t i = 0; i < points.size(); ++i) ExpectSamePoint(columns[i], points[i]);
  std::size_t i = 0;
  for (const Point& p : columns) ExpectSamePoint(p, points[i++]);
  EXPECT_EQ(i, points.size());
}

TEST(PointColumnsTest, LinesPerPartAndPerPoint) {
  Series rows;
  for (int i = 1; i <= 6; ++i) {
    rows.x.push_back(i);
    rows.y.push_back(i * 10);
  }
  ChartOptions options;
  options.chart = ChartType::kI;
  options.part_at = {3};
  auto a = Analyze(rows, options);
  ASSERT_TRUE(a.has_value());
  PointColumns& p = a->points;
  EXPECT_FALSE(p.LinePerPoint(Line::kCl));
  EXPECT_EQ(p.cl(0), 20);
  EXPECT_EQ(p.cl(5), 50);
  EXPECT_EQ(p.part(2), 1);
  EXPECT_EQ(p.part(3), 2);
  EXPECT_EQ(p.y_sum(4), 50);
  // Setting one point's line keeps the others' values.
  p.SetPointLine(Line::kCl, 4, 7);
  EXPECT_TRUE(p.LinePerPoint(Line::kCl));
  EXPECT_EQ(p.cl(3), 50);
  EXPECT_EQ(p.cl(4), 7);
  EXPECT_EQ(p.cl(1), 20);
  // A changed y no longer stands for y_sum.
  p.set_y(4, 1);
  EXPECT_EQ(p.y(4), 1);
  EXPECT_EQ(p.y_sum(4), 50);
  EXPECT_EQ(p.y_sum(0), 10);
}

}  // namespace
}  // namespace stegvis::stats
