#include "stats/chart_choice.h"

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

namespace stegvis::stats {
namespace {

TEST(ChartChoiceTest, RunChartUntilThereAreEnoughPointsForLimits) {
  auto c = RecommendChart(DataType::kContinuous, kMinPointsForLimits - 1);
  EXPECT_EQ(c.chart, ChartType::kRun);
  EXPECT_EQ(ChoiceReasonName(c.reason), "too_few_points");
  EXPECT_EQ(RecommendChart(DataType::kContinuous, kMinPointsForLimits).chart, ChartType::kI);
}

TEST(ChartChoiceTest, EachDataTypeGetsItsChart) {
  EXPECT_EQ(RecommendChart(DataType::kCount, 20).chart, ChartType::kC);
  EXPECT_EQ(RecommendChart(DataType::kProportion, 20).chart, ChartType::kP);
  EXPECT_EQ(RecommendChart(DataType::kRate, 20).chart, ChartType::kU);
  EXPECT_EQ(RecommendChart(DataType::kContinuousSubgroups, 20).chart, ChartType::kXbar);
  EXPECT_EQ(RecommendChart(DataType::kDaysBetween, 20).chart, ChartType::kT);
  EXPECT_EQ(RecommendChart(DataType::kCasesBetween, 20).chart, ChartType::kG);
}

TEST(ChartChoiceTest, LargeDenominatorsCallForLaneyPrimeCharts) {
  std::vector<double> small(20, 40), large(20, 5000);
  large[3] = NAN;
  EXPECT_EQ(RecommendChart(DataType::kProportion, 20, small).chart, ChartType::kP);
  auto c = RecommendChart(DataType::kProportion, 20, large);
  EXPECT_EQ(c.chart, ChartType::kPP);
  EXPECT_EQ(ChoiceReasonName(c.reason), "proportion_large_denominators");
  EXPECT_EQ(RecommendChart(DataType::kRate, 20, large).chart, ChartType::kUP);
}

TEST(ChartChoiceTest, DataTypeNamesRoundTrip) {
  for (auto t : {DataType::kCount, DataType::kProportion, DataType::kRate, DataType::kContinuous,
                 DataType::kContinuousSubgroups, DataType::kDaysBetween, DataType::kCasesBetween})
    EXPECT_EQ(*ParseDataType(DataTypeName(t)), t);
  EXPECT_EQ(ParseDataType("percent").error().field, "data_type");
}

}  // namespace
}  // namespace stegvis::stats
