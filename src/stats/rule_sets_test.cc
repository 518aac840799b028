#include "stats/rule_sets.h"

#include <cmath>
#include <random>
#include <vector>

#include <gtest/gtest.h>

#include "stats/gap.h"

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

TEST(RuleSetsThroughAnalyzeTest, EveryRuleSetCopesWithGapsTiesPartsAndExclusions) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> value(0, 6), coin(0, 9);
  for (int trial = 0; trial < 300; ++trial) {
    const int n = 2 + trial % 40;
    std::vector<double> ys(n), zs(n);
    for (int i = 0; i < n; ++i) {
      ys[i] = coin(rng) == 0 ? NAN : value(rng);
      zs[i] = value(rng) + 1;
    }
    for (ChartType chart : {ChartType::kRun, ChartType::kI, ChartType::kXmR}) {
      for (RuleSet rules :
           {RuleSet::kAnhoej, RuleSet::kIhi, RuleSet::kMdc, RuleSet::kWesternElectric}) {
        ChartOptions o;
        o.chart = chart;
        o.rules = rules;
        o.direction = static_cast<Direction>(trial % 3);
        if (n > 4 && chart != ChartType::kXmR) o.exclude = {2};
        if (n > 6) o.part_at = {n / 2};
        auto a = Analyze(Rows(ys), o);
        ASSERT_TRUE(a.has_value()) << a.error().message;
        for (const Point& p : a->points) {
          // A point with a signal of the chosen set is never common cause, and the reverse.
          // (A point on the centre line can still be part of a trend.)
          if ((rules == RuleSet::kWesternElectric || rules == RuleSet::kIhi) && p.y != p.cl)
            EXPECT_EQ(p.point_type == PointType::kCommonCause, p.rules.Empty() || std::isnan(p.y))
                << "trial " << trial << " chart " << ChartTypeName(chart) << " rules "
                << RuleSetName(rules) << " x " << p.x << " y " << p.y << " cl " << p.cl << " rules "
                << p.rules.Bits();
        }
        auto g = AnalyzeGap(Rows(ys), Rows(zs), o);
        ASSERT_TRUE(g.has_value()) << g.error().message;
      }
    }
  }
}

}  // namespace
}  // namespace stegvis::stats
