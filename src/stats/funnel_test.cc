#include "stats/funnel.h"

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

namespace stegvis::stats {
namespace {

TEST(FunnelTest, PooledCentreAndOutlyingUnits) {
  std::vector<FunnelUnit> units = {
      {"Norr", 10, 100}, {"Syd", 12, 100}, {"Öst", 45, 100}, {"Väst", 100, 1000}};
  FunnelOptions o;
  o.multiply = 100;
  auto f = AnalyzeFunnel(units, o);
  ASSERT_TRUE(f.has_value()) << f.error().message;
  EXPECT_DOUBLE_EQ(f->centre, 167.0 / 1300 * 100);
  EXPECT_EQ(f->units[2].position, FunnelPosition::kAbove998);
  EXPECT_EQ(f->units[0].position, FunnelPosition::kWithin);
  EXPECT_EQ(FunnelPositionName(f->units[2].position), "above_998");
  // Wider limits for smaller units.
  EXPECT_GT(f->units[0].limits.upper_95, f->units[3].limits.upper_95);
  EXPECT_GT(f->units[0].limits.upper_998, f->units[0].limits.upper_95);
  EXPECT_LT(f->units[0].limits.lower_998, f->units[0].limits.lower_95);
}

TEST(FunnelTest, ExactLimitsAreCloseToTheNormalOnesForLargeUnits) {
  auto exact = FunnelLimitsAt(0.3, 10000, FunnelMeasure::kProportion, FunnelMethod::kExact);
  auto normal = FunnelLimitsAt(0.3, 10000, FunnelMeasure::kProportion, FunnelMethod::kNormal);
  EXPECT_NEAR(exact.upper_95, normal.upper_95, 2e-4);
  EXPECT_NEAR(exact.lower_998, normal.lower_998, 4e-4);
  EXPECT_NEAR(normal.upper_95, 0.3 + 1.959963984540054 * std::sqrt(0.3 * 0.7 / 10000), 1e-12);
}

TEST(FunnelTest, InterpolatedExactLimitHitsTheQuantileDefinition) {
  // Binomial(20, 0.5): P(X <= 14) = 0.97931, P(X <= 13) = 0.94234 -> r_p = 14,
  // alpha = (0.97931 - 0.975) / (0.97931 - 0.94234), limit = (14 - alpha) / 20.
  auto l = FunnelLimitsAt(0.5, 20, FunnelMeasure::kProportion, FunnelMethod::kExact);
  const double f14 = 0.9793052673339844, f13 = 0.9423408508300781;  // exact sums / 2^20
  EXPECT_NEAR(l.upper_95, (14 - (f14 - 0.975) / (f14 - f13)) / 20, 1e-12);
}

TEST(FunnelTest, PoissonRates) {
  std::vector<FunnelUnit> units = {{"A", 5, 1000}, {"B", 30, 1000}, {"C", 50, 10000.5}};
  FunnelOptions o;
  o.measure = FunnelMeasure::kRate;
  o.multiply = 1000;
  auto f = AnalyzeFunnel(units, o);
  ASSERT_TRUE(f.has_value()) << f.error().message;
  EXPECT_NEAR(f->centre, 85 / 12000.5 * 1000, 1e-12);
  EXPECT_EQ(f->units[1].position, FunnelPosition::kAbove998);
  EXPECT_GE(f->units[0].limits.lower_998, 0);
}

TEST(FunnelTest, CurveSpansTheUnitSizes) {
  std::vector<FunnelUnit> units = {{"A", 1, 10}, {"B", 30, 500}};
  auto f = AnalyzeFunnel(units, {});
  ASSERT_TRUE(f.has_value());
  ASSERT_GE(f->curve.size(), 2u);
  EXPECT_EQ(f->curve.front().size, 10);
  EXPECT_EQ(f->curve.back().size, 500);
  for (std::size_t i = 1; i < f->curve.size(); ++i)
    EXPECT_GT(f->curve[i].size, f->curve[i - 1].size);
}

TEST(FunnelTest, ACurveRangeGivenForSharedAxesReplacesTheUnitSizes) {
  std::vector<FunnelUnit> units = {{"A", 20, 150}, {"B", 30, 160}};
  auto f = AnalyzeFunnel(units, {.curve_from = 7, .curve_to = 300});
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->curve.front().size, 7);
  EXPECT_EQ(f->curve.back().size, 300) << "beyond the largest unit, to the shared axis";
  EXPECT_EQ(f->units[1].limits.size, 160) << "the units keep their own sizes";
}

TEST(FunnelTest, BadUnitsAreNamed) {
  std::vector<FunnelUnit> more = {{"A", 1, 10}, {"Team Norr", 11, 10}};
  auto f = AnalyzeFunnel(more, {});
  ASSERT_FALSE(f.has_value());
  EXPECT_EQ(f.error().field, "Team Norr");
  EXPECT_NE(f.error().message.find("larger than the denominator"), std::string::npos);

  std::vector<FunnelUnit> zero = {{"", 1, 0}};
  EXPECT_EQ(AnalyzeFunnel(zero, {}).error().field, "unit 1");
  std::vector<FunnelUnit> nan = {{"B", NAN, 10}};
  EXPECT_EQ(AnalyzeFunnel(nan, {}).error().field, "B");
  std::vector<FunnelUnit> frac = {{"C", 1.5, 10}};
  EXPECT_EQ(AnalyzeFunnel(frac, {}).error().field, "C");
  EXPECT_EQ(AnalyzeFunnel({}, {}).error().field, "units");
}

TEST(FunnelTest, NoEventsAtAllGivesFlatLimits) {
  std::vector<FunnelUnit> units = {{"A", 0, 10}, {"B", 0, 50}};
  auto f = AnalyzeFunnel(units, {});
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->units[0].position, FunnelPosition::kWithin);
  EXPECT_EQ(f->units[0].limits.upper_998, 0);
}

}  // namespace
}  // namespace stegvis::stats
