#include "stats/western_electric.h"

#include <gtest/gtest.h>

#include "stats/rule_sets.h"
#include "stats/rule_test_util.h"

namespace stegvis::stats {
namespace {

using testing::OnePart;

// Centre 0, σ = 1.
Analysis Chart(const std::vector<double>& ys) {
  return OnePart(ys, 0, -3, 3);
}

TEST(WesternElectricTest, Rule1OutsideTheLimits) {
  auto a = Chart({0.5, -0.5, 3.5, 0.1});
  ApplyWesternElectricRules(a, Direction::kUp);
  EXPECT_TRUE(a.points[2].rules.Has(Rule::kWesternElectric1));
  EXPECT_EQ(a.points[2].point_type, PointType::kImprovement);
  EXPECT_FALSE(a.points[1].rules.Has(Rule::kWesternElectric1));
}

TEST(WesternElectricTest, Rule2TwoOfThreeBeyondTwoSigmaOnOneSide) {
  auto a = Chart({0.5, -2.5, 0.1, -2.2, 0.3, 2.5, -2.5, 0.1});
  ApplyWesternElectricRules(a, Direction::kUp);
  EXPECT_TRUE(a.points[1].rules.Has(Rule::kWesternElectric2));
  EXPECT_TRUE(a.points[3].rules.Has(Rule::kWesternElectric2));
  EXPECT_FALSE(a.points[2].rules.Has(Rule::kWesternElectric2));
  // Opposite sides do not count together.
  EXPECT_FALSE(a.points[5].rules.Has(Rule::kWesternElectric2));
  EXPECT_EQ(a.points[1].point_type, PointType::kConcern);
}

TEST(WesternElectricTest, Rule3FourOfFiveBeyondOneSigma) {
  auto a = Chart({1.5, 1.2, -0.5, 1.1, 1.9, 0.2});
  ApplyWesternElectricRules(a, Direction::kNeutral);
  for (int i : {0, 1, 3, 4}) EXPECT_TRUE(a.points[i].rules.Has(Rule::kWesternElectric3)) << i;
  EXPECT_EQ(a.points[0].point_type, PointType::kNeutralHigh);
}

TEST(WesternElectricTest, Rule4EightOnOneSideAndTheLineBreaksIt) {
  auto a = Chart({0.1, 0.2, 0.1, 0.3, 0.1, 0.2, 0.1, 0.2, -0.1, 0.1,
                  0.1, 0.1, 0,   0.1, 0.1, 0.1, 0.1, 0.1, 0.1,  0.1});
  ApplyWesternElectricRules(a, Direction::kUp);
  for (int i = 0; i < 8; ++i) EXPECT_TRUE(a.points[i].rules.Has(Rule::kWesternElectric4)) << i;
  EXPECT_FALSE(a.points[9].rules.Has(Rule::kWesternElectric4));  // only 3 before the line
  for (int i = 13; i < 20; ++i) EXPECT_FALSE(a.points[i].rules.Has(Rule::kWesternElectric4));
}

TEST(WesternElectricTest, ClampedLowerLimitUsesTheWiderSide) {
  // Upper distance 3 (σ 1); lower clamped at 0 (distance 1): -0.9 is under 1σ, not beyond 2σ.
  auto a = OnePart({0.1, 0.15, 0.1}, 1, 0, 4);
  ApplyWesternElectricRules(a, Direction::kUp);
  for (const Point& p : a.points) EXPECT_FALSE(p.rules.Has(Rule::kWesternElectric2));
}

TEST(RuleSetsTest, MdcRulesOnAGenericChartUseTheTwoSigmaLines) {
  auto a = Chart({0.1, 2.5, 2.6, 0.1, 0.2});
  for (std::size_t i = 0; i < a.points.size(); ++i) {
    a.points.SetPointLine(Line::kLcl95, i, -2);
    a.points.SetPointLine(Line::kUcl95, i, 2);
  }
  ChartOptions options;
  options.rules = RuleSet::kMdc;
  options.direction = Direction::kDown;
  ApplyRuleSet(a, options);
  EXPECT_TRUE(a.points[1].rules.Has(Rule::kMdcTwoOfThree));
  EXPECT_EQ(a.points[2].point_type, PointType::kConcern);
  EXPECT_EQ(a.points[0].point_type, PointType::kCommonCause);
}

}  // namespace
}  // namespace stegvis::stats
