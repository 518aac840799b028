#include "stats/rule_sets.h"

#include <vector>

#include <gtest/gtest.h>

namespace stegvis::stats {
namespace {

std::vector<Row> Rows(const std::vector<double>& ys) {
  std::vector<Row> rows;
  for (std::size_t i = 0; i < ys.size(); ++i) {
    Row r;
    r.x = double(i + 1);
    r.label = std::to_string(i + 1);
    r.y = ys[i];
    rows.push_back(r);
  }
  return rows;
}

// 20 points: 10 low, then 10 high (a clear shift).
std::vector<double> Shifted() {
  std::vector<double> v;
  for (int i = 0; i < 20; ++i) v.push_back((i < 10 ? 10 : 14) + (i % 2 ? 0.5 : -0.5));
  return v;
}

TEST(RuleSetsThroughAnalyzeTest, IhiReplacesAnhoejOnARunChart) {
  ChartOptions o;
  o.chart = ChartType::kRun;
  o.rules = RuleSet::kIhi;
  o.direction = Direction::kUp;
  auto a = Analyze(Rows(Shifted()), o);
  ASSERT_TRUE(a.has_value()) << a.error().message;
  EXPECT_TRUE(a->points[15].rules.Has(Rule::kIhiShift));
  EXPECT_FALSE(a->points[15].rules.Has(Rule::kAnhoejLongestRun));
  EXPECT_EQ(a->points[15].point_type, PointType::kImprovement);
  EXPECT_EQ(a->points[2].point_type, PointType::kConcern);
}

TEST(RuleSetsThroughAnalyzeTest, WesternElectricOnAnIChart) {
  ChartOptions o;
  o.chart = ChartType::kI;
  o.rules = RuleSet::kWesternElectric;
  o.direction = Direction::kDown;
  auto a = Analyze(Rows(Shifted()), o);
  ASSERT_TRUE(a.has_value()) << a.error().message;
  EXPECT_TRUE(a->points[19].rules.Has(Rule::kWesternElectric4));
  EXPECT_EQ(a->points[19].point_type, PointType::kConcern);
}

TEST(RuleSetsThroughAnalyzeTest, AnhoejIsTheDefaultAndIsLeftAlone) {
  ChartOptions o;
  o.chart = ChartType::kRun;
  auto a = Analyze(Rows(Shifted()), o);
  ASSERT_TRUE(a.has_value());
  EXPECT_TRUE(a->points[0].rules.Has(Rule::kAnhoejLongestRun) ||
              a->points[0].rules.Has(Rule::kAnhoejCrossings));
}

}  // namespace
}  // namespace stegvis::stats
