#include "chart/period_labels.h"

#include <gtest/gtest.h>

namespace stegvis::chart {
namespace {

using V = std::vector<std::string>;

TEST(FormatPeriods, FirstOfMonthDatesReadAsMonths) {
  V raw = {"2024-12-01", "2025-01-01", "2025-02-01"};
  PeriodLabels sv = FormatPeriods(raw, Lang::kSv);
  EXPECT_EQ(sv.kind, PeriodKind::kMonth);
  EXPECT_EQ(sv.short_labels, (V{"dec 2024", "jan 2025", "feb 2025"}));
  EXPECT_EQ(sv.long_labels[1], "januari 2025");
  EXPECT_EQ(FormatPeriods(raw, Lang::kEn).short_labels[1], "Jan 2025");
}

TEST(FormatPeriods, QuarterStarts) {
  V raw = {"2025-01-01", "2025-04-01"};
  EXPECT_EQ(FormatPeriods(raw, Lang::kSv).short_labels, (V{"kv. 1 2025", "kv. 2 2025"}));
  EXPECT_EQ(FormatPeriods(raw, Lang::kEn).short_labels, (V{"Q1 2025", "Q2 2025"}));
}

TEST(FormatPeriods, WeeklyDatesReadAsIsoWeeks) {
  // 2024-12-30 is a Monday in ISO week 1 of 2025.
  V raw = {"2024-12-23", "2024-12-30", "2025-01-06"};
  PeriodLabels sv = FormatPeriods(raw, Lang::kSv);
  EXPECT_EQ(sv.kind, PeriodKind::kWeek);
  EXPECT_EQ(sv.short_labels, (V{"v. 52 2024", "v. 1 2025", "v. 2 2025"}));
  EXPECT_EQ(FormatPeriods(raw, Lang::kEn).short_labels[1], "W1 2025");
}

TEST(FormatPeriods, WeekStrings) {
  V raw = {"2025-W05", "2025-W06"};
  EXPECT_EQ(FormatPeriods(raw, Lang::kEn).short_labels, (V{"W5 2025", "W6 2025"}));
}

TEST(FormatPeriods, DailyDates) {
  V raw = {"2021-01-01", "2021-01-02"};
  PeriodLabels en = FormatPeriods(raw, Lang::kEn);
  EXPECT_EQ(en.kind, PeriodKind::kDay);
  EXPECT_EQ(en.short_labels[1], "2 Jan 2021");
}

TEST(FormatPeriods, NumbersUseDecimalComma) {
  V raw = {"1", "2.5"};
  EXPECT_EQ(FormatPeriods(raw, Lang::kSv).short_labels, (V{"1", "2,5"}));
}

TEST(FormatPeriods, TextKeptAsWritten) {
  V raw = {"H01", "H02"};
  EXPECT_EQ(FormatPeriods(raw, Lang::kSv).kind, PeriodKind::kText);
}

TEST(AxisLabelIndices, ThinsLabelsThatWouldOverlap) {
  V labels(24, "jan 2025");
  auto all = AxisLabelIndices(labels, 2000, 7);
  EXPECT_EQ(all.size(), 24u);
  auto thin = AxisLabelIndices(labels, 600, 7);
  ASSERT_GE(thin.size(), 2u);
  EXPECT_GT(thin[1] - thin[0], 1u);
  EXPECT_GE((600.0 / 23) * (thin[1] - thin[0]), 9 * 7);
}

TEST(AxisLabelIndices, WholeNumbersShowRoundValues) {
  V labels;
  std::vector<double> numbers;
  for (int i = 1; i <= 1000; ++i) {
    labels.push_back(std::to_string(i));
    numbers.push_back(i);
  }
  auto shown = AxisLabelIndices(labels, 650, 7.8, numbers);
  ASSERT_GE(shown.size(), 2u);
  EXPECT_EQ(labels[shown[0]], "100");
  EXPECT_EQ(labels[shown[1]], "200");
}

}  // namespace
}  // namespace stegvis::chart
