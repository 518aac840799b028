#include "core/date.h"

#include <gtest/gtest.h>

namespace stegvis::core {
namespace {

using std::chrono::year;

Date D(int y, unsigned m, unsigned d) {
  return Date(year(y) / static_cast<int>(m) / static_cast<int>(d));
}

TEST(DateTest, ParsesStrictIsoDates) {
  ASSERT_TRUE(Date::Parse("2020-02-29"));
  EXPECT_EQ(*Date::Parse("2020-02-29"), D(2020, 2, 29));
  EXPECT_EQ(Date::Parse("1970-01-01")->DaysSinceEpoch(), 0);
  EXPECT_EQ(Date::Parse("2021-01-01")->DaysSinceEpoch(), 18628);
  EXPECT_EQ(Date::Parse("2020-02-29")->DaysSinceEpoch(), 18321);
  EXPECT_TRUE(Date::Parse("1900-01-01"));
  EXPECT_TRUE(Date::Parse("9999-12-31"));
}

TEST(DateTest, RefusesEverythingElse) {
  for (const char* bad :
       {"", "2021-02-29", "2100-02-29", "2021-13-01", "2021-00-10", "2021-01-00", "2021-04-31",
        "2026-2-3", "2021-1-01", " 2021-01-01", "2021-01-01 ", "2021-01-01T10:00", "2021/01/01",
        "20a1-01-01", "+021-01-01", "-021-01-01", "1899-12-31", "0000-01-01"}) {
    EXPECT_FALSE(Date::Parse(bad)) << bad;
    EXPECT_FALSE(IsIsoDate(bad)) << bad;
  }
  EXPECT_TRUE(IsIsoDate("2025-03-31"));
}

TEST(DateTest, FormatsAsIso) {
  EXPECT_EQ(D(2026, 3, 5).ToString(), "2026-03-05");
  EXPECT_EQ(Date().ToString(), "1970-01-01");
}

TEST(DateTest, TheUtcDayOfUnixSeconds) {
  EXPECT_EQ(Date::FromUnixSeconds(0), D(1970, 1, 1));
  EXPECT_EQ(Date::FromUnixSeconds(1795435200).ToString(), "2026-11-23");
  EXPECT_EQ(Date::FromUnixSeconds(1795435200 + 43199).ToString(), "2026-11-23");
  EXPECT_EQ(Date::FromUnixSeconds(1795435200 + 43200).ToString(), "2026-11-24");
  EXPECT_EQ(Date::FromUnixSeconds(-1).ToString(), "1969-12-31");
  EXPECT_EQ(D(2026, 11, 23).UnixSeconds(), 1795435200 - 43200);
}

TEST(DateTest, AddsDaysAndMonths) {
  EXPECT_EQ(D(2025, 12, 31).AddDays(1), D(2026, 1, 1));
  EXPECT_EQ(D(2024, 3, 1).AddDays(-1), D(2024, 2, 29));
  EXPECT_EQ(D(2025, 12, 15).AddMonths(1), D(2026, 1, 15));
  EXPECT_EQ(D(2026, 1, 15).AddMonths(-1), D(2025, 12, 15));
  EXPECT_EQ(D(2025, 1, 31).AddMonths(1), D(2025, 2, 28)) << "the last day of a shorter month";
  EXPECT_EQ(D(2024, 1, 31).AddMonths(1), D(2024, 2, 29));
  EXPECT_EQ(D(2025, 10, 1).AddMonths(3), D(2026, 1, 1));
  EXPECT_EQ(D(2025, 5, 1).AddMonths(-24), D(2023, 5, 1));
}

TEST(DateTest, PartsAndQuarters) {
  const Date d = D(2025, 10, 1);
  EXPECT_EQ(d.Year(), 2025);
  EXPECT_EQ(d.Month(), 10u);
  EXPECT_EQ(d.Day(), 1u);
  EXPECT_EQ(d.Quarter(), 4u);
  EXPECT_EQ(D(2025, 3, 31).Quarter(), 1u);
  EXPECT_EQ(D(2025, 4, 1).Quarter(), 2u);
  EXPECT_EQ(D(2026, 3, 2).IsoWeekday(), 1u);  // a Monday
  EXPECT_EQ(D(2026, 3, 1).IsoWeekday(), 7u);  // a Sunday
}

TEST(DateTest, IsoWeeks) {
  EXPECT_EQ(D(2025, 2, 12).Week(), (IsoWeek{2025, 7}));
  EXPECT_EQ(D(2024, 12, 30).Week(), (IsoWeek{2025, 1})) << "the year of its Thursday";
  EXPECT_EQ(D(2021, 1, 3).Week(), (IsoWeek{2020, 53}));
  EXPECT_EQ(D(2026, 12, 31).Week(), (IsoWeek{2026, 53}));
  EXPECT_EQ(D(2027, 1, 4).Week(), (IsoWeek{2027, 1}));
  EXPECT_EQ(Date::IsoWeeksIn(2025), 52u);
  EXPECT_EQ(Date::IsoWeeksIn(2026), 53u);  // starts on a Thursday
  EXPECT_EQ(Date::IsoWeeksIn(2020), 53u);  // a leap year starting on a Wednesday
  EXPECT_EQ(Date::IsoWeeksIn(2024), 52u);
}

TEST(DateTest, TheMondayOfAnIsoWeek) {
  EXPECT_EQ(Date::FromIsoWeek(2025, 1), D(2024, 12, 30));
  EXPECT_EQ(Date::FromIsoWeek(2026, 53), D(2026, 12, 28));
  EXPECT_EQ(Date::FromIsoWeek(2025, 7)->Week(), (IsoWeek{2025, 7}));
  EXPECT_FALSE(Date::FromIsoWeek(2025, 53)) << "2025 has 52 weeks";
  EXPECT_FALSE(Date::FromIsoWeek(2025, 0));
}

}  // namespace
}  // namespace stegvis::core
