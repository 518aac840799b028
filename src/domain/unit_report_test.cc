// The report to the nämnd (domain/unit_report.h): what it says of a measure in a period, read
// as the engine read the data at the period's end, with no hindsight from later periods.

#include "domain/unit_report.h"

#include <gtest/gtest.h>

#include "domain/observation_grid.h"

namespace stegvis::domain {
namespace {

// A monthly count by women and men over 24 months from 2025-01: women's is `women(period)`,
// men's about 11 throughout.
template <typename Women>
MeasureDetails Counts(Women women) {
  MeasureDetails d;
  d.measure.id = 7;
  d.measure.name = "Besök";
  d.measure.data_type = stats::DataType::kCount;
  d.measure.direction = Better::kUp;
  std::string period = "2025-01";
  for (int i = 0; i < 24; ++i, period = NextPeriod(Frequency::kMonth, period)) {
    for (auto [group, value] :
         {std::pair{"women", women(period, i)}, {"men", i % 2 ? "10" : "12"}}) {
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

// Women's count jumps from about 10 to 40 in May 2026 and stays there.
MeasureDetails Shift() {
  return Counts([](const std::string& period, int i) -> const char* {
    return period >= "2026-05" ? "40" : (i % 2 ? "9" : "11");
  });
}

// Women's count rises from about 10 to about 14.5 in September 2025 and stays there: by April
// 2026 the long run above the centre line is a signal.
MeasureDetails EarlyShift() {
  return Counts([](const std::string& period, int i) -> const char* {
    if (period >= "2025-09") return i % 2 ? "14" : "15";
    return i % 2 ? "9" : "11";
  });
}

const GroupSignal* Find(const std::vector<GroupSignal>& signals, stats::SignalKind kind) {
  for (const GroupSignal& s : signals) {
    if (s.kind == kind) return &s;
  }
  return nullptr;
}

TEST(UnitReportMeasure, ASignalThatBeginsInThePeriodIsNewForThatGroupOnly) {
  auto r = ReportOnMeasure(Shift(), MakeReportPeriod(2026, 2));
  ASSERT_TRUE(r);
  ASSERT_TRUE(*r);
  EXPECT_EQ((*r)->first_period, "2026-05");
  EXPECT_EQ((*r)->last_period, "2026-08");
  const GroupSignal* beyond = Find((*r)->signals, stats::SignalKind::kBeyondLimit);
  ASSERT_NE(beyond, nullptr);
  EXPECT_EQ(beyond->group, "women");
  EXPECT_EQ(beyond->type, stats::PointType::kImprovement);
  EXPECT_EQ(beyond->periods,
            (std::vector<std::string>{"2026-05", "2026-06", "2026-07", "2026-08"}));
  for (const GroupSignal& s : (*r)->signals) {
    EXPECT_EQ(s.group, "women") << "men's count did not change";
    EXPECT_GE(s.periods.back(), "2026-05") << "every signal ends in the period";
  }
  EXPECT_TRUE(Reportable(**r));
}

TEST(UnitReportMeasure, ASignalFoundBeforeThePeriodIsNotNewThoughItGoesOn) {
  auto t1 = ReportOnMeasure(EarlyShift(), MakeReportPeriod(2026, 1));
  ASSERT_TRUE(t1 && *t1);
  const GroupSignal* shift = Find((*t1)->signals, stats::SignalKind::kShift);
  ASSERT_NE(shift, nullptr) << "the run above the centre line is long enough by April";
  EXPECT_EQ(shift->periods.front(), "2025-09");
  auto t2 = ReportOnMeasure(EarlyShift(), MakeReportPeriod(2026, 2));
  ASSERT_TRUE(t2 && *t2);
  EXPECT_EQ(Find((*t2)->signals, stats::SignalKind::kShift), nullptr)
      << "the same run, longer, is no new signal";
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
  EXPECT_EQ(Find((*r)->signals, stats::SignalKind::kBeyondLimit), nullptr);
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
