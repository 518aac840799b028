#include "domain/report_period.h"

#include <gtest/gtest.h>

namespace stegvis::domain {
namespace {

core::Date D(const char* text) {
  return *core::Date::Parse(text);
}

TEST(ReportPeriod, TertialsAreFourMonthsEach) {
  const core::Date today = D("2027-01-15");
  auto t1 = ParseReportPeriod("2026-T1", today);
  ASSERT_TRUE(t1);
  EXPECT_EQ(t1->first, D("2026-01-01"));
  EXPECT_EQ(t1->last, D("2026-04-30"));
  auto t2 = ParseReportPeriod("2026-t2", today);
  ASSERT_TRUE(t2);
  EXPECT_EQ(t2->first, D("2026-05-01"));
  EXPECT_EQ(t2->last, D("2026-08-31"));
  EXPECT_EQ(t2->Code(), "2026-T2");
  auto t3 = ParseReportPeriod("2026-T3", today);
  ASSERT_TRUE(t3);
  EXPECT_EQ(t3->first, D("2026-09-01"));
  EXPECT_EQ(t3->last, D("2026-12-31"));
}

TEST(ReportPeriod, TheYearIsJanuaryToDecember) {
  auto year = ParseReportPeriod("2025", D("2027-01-15"));
  ASSERT_TRUE(year);
  EXPECT_EQ(year->tertial, 0);
  EXPECT_EQ(year->first, D("2025-01-01"));
  EXPECT_EQ(year->last, D("2025-12-31"));
  EXPECT_EQ(year->Code(), "2025");
}

TEST(ReportPeriod, AnythingElseIsRefusedInWords) {
  for (const char* bad : {"", "2026-T4", "2026-T0", "2026-Q2", "2026-05", "26-T1", "2026-T1 ",
                          " 2026", "1899", "2201-T1", "99999-T1", "2026T1", "2026-T12", "abcd"}) {
    auto p = ParseReportPeriod(bad, D("2027-01-15"));
    ASSERT_FALSE(p) << bad;
    EXPECT_EQ(p.error().field, "period") << bad;
    EXPECT_EQ(p.error().key, "error.report.bad_period") << bad;
  }
}

TEST(ReportPeriod, APeriodThatHasNotBegunIsRefused) {
  auto p = ParseReportPeriod("2027-T2", D("2027-01-15"));
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().key, "error.report.future_period");
  EXPECT_TRUE(ParseReportPeriod("2027-T1", D("2027-01-15")));  // under way: allowed
}

TEST(ReportPeriod, TheDefaultIsTheLastCompleteTertial) {
  EXPECT_EQ(DefaultReportPeriod(D("2026-12-06")).Code(), "2026-T2");
  EXPECT_EQ(DefaultReportPeriod(D("2026-09-01")).Code(), "2026-T2");
  EXPECT_EQ(DefaultReportPeriod(D("2026-08-31")).Code(), "2026-T1");
  EXPECT_EQ(DefaultReportPeriod(D("2027-01-01")).Code(), "2026-T3");
  EXPECT_EQ(DefaultReportPeriod(D("2027-04-30")).Code(), "2026-T3");
}

TEST(ReportPeriod, InPeriodIncludesBothEnds) {
  const ReportPeriod t2 = MakeReportPeriod(2026, 2);
  EXPECT_TRUE(InPeriod(t2, D("2026-05-01")));
  EXPECT_TRUE(InPeriod(t2, D("2026-08-31")));
  EXPECT_FALSE(InPeriod(t2, D("2026-04-30")));
  EXPECT_FALSE(InPeriod(t2, D("2026-09-01")));
}

}  // namespace
}  // namespace stegvis::domain
