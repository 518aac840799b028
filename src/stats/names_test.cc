#include "stats/analysis.h"

#include <gtest/gtest.h>

namespace stegvis::stats {
namespace {

TEST(NamesTest, ChartNamesRoundTrip) {
  for (int i = 0; i <= static_cast<int>(ChartType::kXmR); ++i) {
    auto chart = static_cast<ChartType>(i);
    auto parsed = ParseChartType(ChartTypeName(chart));
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, chart);
  }
  EXPECT_EQ(ChartTypeName(ChartType::kPP), "pp");
}

TEST(NamesTest, UnknownChartNamesTheField) {
  auto parsed = ParseChartType("P");
  ASSERT_FALSE(parsed.has_value());
  EXPECT_EQ(parsed.error().field, "chart");
  EXPECT_EQ(parsed.error().code, core::ErrorCode::kInvalidInput);
}

TEST(NamesTest, OtherEnumsParse) {
  EXPECT_EQ(*ParseAggregation("median"), Aggregation::kMedian);
  EXPECT_EQ(*ParseRuleSet("western-electric"), RuleSet::kWesternElectric);
  EXPECT_EQ(*ParseDirection("down"), Direction::kDown);
  EXPECT_FALSE(ParseDirection("sideways").has_value());
}

TEST(NamesTest, RuleAndPointTypeNamesAreStable) {
  EXPECT_EQ(RuleName(Rule::kSigma), "sigma");
  EXPECT_EQ(RuleName(Rule::kAnhoejCrossings), "anhoej_crossings");
  EXPECT_EQ(RuleName(Rule::kWesternElectric4), "western_electric_4");
  EXPECT_EQ(PointTypeName(PointType::kNeutralLow), "special_cause_neutral_low");
  RuleMask mask;
  EXPECT_TRUE(mask.Empty());
  mask.Set(Rule::kMdcTwoOfThree);
  EXPECT_TRUE(mask.Has(Rule::kMdcTwoOfThree));
  EXPECT_FALSE(mask.Has(Rule::kSigma));
}

}  // namespace
}  // namespace stegvis::stats
