// The rules of monthly reports (domain/monthly_report.h): which months a programme reports,
// when a month's report is due, and whether it came in on time, late or not at all.

#include "domain/monthly_report.h"

#include <gtest/gtest.h>

namespace stegvis::domain {
namespace {

core::Date Day(const char* iso) {
  return *core::Date::Parse(iso);
}

ProgrammeEvent Event(ProgrammeEventKind kind, const char* from, const char* to) {
  return {0, 0, kind, "", from, to};
}

TEST(MonthlyReportTest, AMonthIsWrittenAsYearAndMonthOnly) {
  EXPECT_EQ(ParseReportMonth("2026-11"), Day("2026-11-01"));
  EXPECT_FALSE(ParseReportMonth("2026-13"));
  EXPECT_FALSE(ParseReportMonth("2026-1"));
  EXPECT_FALSE(ParseReportMonth("2026-11-01"));
  EXPECT_FALSE(ParseReportMonth("nov"));
  EXPECT_EQ(ReportMonthOf(Day("2026-02-28")), "2026-02");
}

TEST(MonthlyReportTest, AReportIsDueOnTheFifthOfTheNextMonth) {
  EXPECT_EQ(ReportDeadline(Day("2026-11-01")), Day("2026-12-05"));
  EXPECT_EQ(ReportDeadline(Day("2026-12-01")), Day("2027-01-05"));
}

TEST(MonthlyReportTest, OnTimeLateMissingAndNotDueFollowTheDeadline) {
  const core::Date month = Day("2026-11-01");
  MonthlyReport report;
  report.submitted = true;
  report.submitted_at = Day("2026-12-05").UnixSeconds() + 86399;
  EXPECT_EQ(StateOf(report, month, Day("2027-01-15")), ReportState::kSubmitted);
  report.submitted_at = Day("2026-12-06").UnixSeconds();
  EXPECT_EQ(StateOf(report, month, Day("2027-01-15")), ReportState::kLate);
  report.submitted = false;
  EXPECT_EQ(StateOf(report, month, Day("2026-12-05")), ReportState::kNotDue);
  EXPECT_EQ(StateOf(report, month, Day("2026-12-06")), ReportState::kMissing);
  EXPECT_EQ(StateOf(std::nullopt, month, Day("2026-12-06")), ReportState::kMissing);
  EXPECT_EQ(ReportStateName(ReportState::kLate), "late");
}

TEST(MonthlyReportTest, TheMonthsAreThoseTheActionPeriodsTouchEachOnce) {
  const std::vector<ProgrammeEvent> events = {
      Event(ProgrammeEventKind::kActionPeriod, "2027-01-21", "2027-03-10"),
      Event(ProgrammeEventKind::kLearningSession, "2026-10-15", "2026-10-15"),
      Event(ProgrammeEventKind::kActionPeriod, "2026-10-16", "2027-01-19"),
      Event(ProgrammeEventKind::kActionPeriod, "bad", "2027-01-19")};
  EXPECT_EQ(ReportMonths(events), (std::vector<std::string>{"2026-10", "2026-11", "2026-12",
                                                            "2027-01", "2027-02", "2027-03"}));
}

TEST(MonthlyReportTest, TheActionPeriodBeforeASessionIsTheLastToEndBeforeIt) {
  const ProgrammeEvent session =
      Event(ProgrammeEventKind::kLearningSession, "2027-01-20", "2027-01-20");
  const std::vector<ProgrammeEvent> events = {
      Event(ProgrammeEventKind::kActionPeriod, "2026-06-01", "2026-09-30"),
      Event(ProgrammeEventKind::kActionPeriod, "2026-10-16", "2027-01-19"),
      Event(ProgrammeEventKind::kActionPeriod, "2027-01-21", "2027-03-10"), session};
  ASSERT_TRUE(ActionPeriodBefore(events, session));
  EXPECT_EQ(ActionPeriodBefore(events, session)->starts_on, "2026-10-16");
  EXPECT_FALSE(ActionPeriodBefore({events[2]}, session));
}

TEST(MonthlyReportTest, EachTooLongTextIsNamed) {
  MonthlyReport report;
  report.tested = std::string(kMonthlyReportTextMax, 'x');
  report.learned = std::string(kMonthlyReportTextMax + 1, 'x');
  report.support = std::string(kMonthlyReportTextMax + 1, 'x');
  const std::vector<core::Error> errors = MonthlyReportErrors(report);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "learned");
  EXPECT_EQ(errors[1].field, "support");
  EXPECT_EQ(errors[1].key, "error.too_long");
}

}  // namespace
}  // namespace stegvis::domain
