// The report to the nämnd (domain/unit_report.h): what it says of a measure in a period, read
// as the engine read the data at the period's end, with no hindsight from later periods.

#include "domain/unit_report.h"

#include <gtest/gtest.h>

#include "domain/observation_grid.h"

namespace stegvis::domain {
namespace {

// A monthly count by women and men: 16 steady months from 2025-01, then women's count jumps
// from about 10 to 40 in May 2026 and stays there; men's stays about 11.
MeasureDetails Shift() {
  MeasureDetails d;
  d.measure.id = 7;
  d.measure.name = "Besök";
  d.measure.data_type = stats::DataType::kCount;
  d.measure.direction = Better::kUp;
  std::string period = "2025-01";
  for (int i = 0; i < 24; ++i, period = NextPeriod(Frequency::kMonth, period)) {
    const bool after = period >= "2026-05";
    for (auto [group, value] :
         {std::pair{"women", after ? "40" : (i % 2 ? "9" : "11")}, {"men", i % 2 ? "10" : "12"}}) {
      Observation o;
      o.measure_id = 7;
      o.period = period;
      o.group = group;
      o.value = value;
      d.observations.push_back(o);
    }
  }
  return d;
}

TEST(UnitReportMeasure, ASignalThatBeginsInThePeriodIsNewForThatGroupOnly) {
  auto r = ReportOnMeasure(Shift(), MakeReportPeriod(2026, 2));
  ASSERT_TRUE(r);
  ASSERT_TRUE(*r);
  EXPECT_EQ((*r)->first_period, "2026-05");
  EXPECT_EQ((*r)->last_period, "2026-08");
  ASSERT_EQ((*r)->signals.size(), 1u);
  EXPECT_EQ((*r)->signals[0].group, "women");
  EXPECT_EQ((*r)->signals[0].type, stats::PointType::kImprovement);
  EXPECT_EQ((*r)->signals[0].periods,
            (std::vector<std::string>{"2026-05", "2026-06", "2026-07", "2026-08"}));
  EXPECT_TRUE(Reportable(**r));
}

TEST(UnitReportMeasure, ASignalGoingOnFromThePeriodBeforeIsNotNew) {
  auto r = ReportOnMeasure(Shift(), MakeReportPeriod(2026, 3));
  ASSERT_TRUE(r);
  ASSERT_TRUE(*r);
  EXPECT_TRUE((*r)->signals.empty());
}

TEST(UnitReportMeasure, TheGapIsReadAtTheEndOfThePeriodAndBeforeIt) {
  auto r = ReportOnMeasure(Shift(), MakeReportPeriod(2026, 2));
  ASSERT_TRUE(r && *r);
  EXPECT_EQ((*r)->gap_end, stats::GapVerdict::kWidening);
  ASSERT_TRUE((*r)->gap_before);
  EXPECT_NE(*(*r)->gap_before, stats::GapVerdict::kWidening);
  ASSERT_TRUE((*r)->gap_value_before && (*r)->gap_value_end);
  EXPECT_DOUBLE_EQ(*(*r)->gap_value_before, -1);  // April 2026: 9 − 10
  EXPECT_DOUBLE_EQ(*(*r)->gap_value_end, 30);     // August 2026: 40 − 10
  EXPECT_TRUE((*r)->GapWidened());
}

TEST(UnitReportMeasure, LaterDataIsNotInThePeriodsChart) {
  auto r = ReportOnMeasure(Shift(), MakeReportPeriod(2026, 1));
  ASSERT_TRUE(r && *r);
  EXPECT_EQ((*r)->last_period, "2026-04");
  EXPECT_EQ((*r)->details.observations.back().period, "2026-04");
  EXPECT_TRUE((*r)->signals.empty());
  EXPECT_FALSE(Reportable(**r));
}

TEST(UnitReportMeasure, AMeasureWithoutDataInThePeriodOrNotSplitBySexIsLeftOut) {
  auto empty = ReportOnMeasure(Shift(), MakeReportPeriod(2024, 0));
  ASSERT_TRUE(empty);
  EXPECT_FALSE(*empty);
  MeasureDetails total = Shift();
  total.measure.grouping = Grouping::kNone;
  auto none = ReportOnMeasure(total, MakeReportPeriod(2026, 2));
  ASSERT_TRUE(none);
  EXPECT_FALSE(*none);
}

}  // namespace
}  // namespace stegvis::domain
