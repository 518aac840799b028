#pragma once
// A team's monthly report to its programme (månadsrapport): what the team tested, what it
// learned and what support it needs, for one calendar month of the programme's action
// periods. One report per project in the programme and month; a draft until the team submits
// it, read-only after. Due on the fifth of the next month (kMonthlyReportDueDay); one
// submitted after that day is late, one not submitted by then is missing. Pure: no storage,
// no clock (callers pass today). Semantics: docs/schema.md, "25 — monthly team reports".

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "core/date.h"
#include "core/describe.h"
#include "core/error.h"
#include "domain/organisation.h"
#include "domain/programme.h"

namespace stegvis::domain {

struct MonthlyReport {
  Id id = 0;
  Id organisation_id = 0;  // the team's organisation
  Id project_id = 0;
  std::string month;  // "YYYY-MM"
  std::string tested;
  std::string learned;
  std::string support;  // the support the team needs
  bool submitted = false;
  std::int64_t submitted_at = 0;  // unix seconds; 0 while a draft
  std::string submitted_by;       // e-mail
  std::int64_t version = 0;       // 0: not stored yet; bumped by every save
  std::int64_t updated_at = 0;
  std::string updated_by;
};

constexpr auto Describe(std::type_identity<MonthlyReport>) {
  using R = MonthlyReport;
  return std::tuple{
      core::Field("id", &R::id, core::kKey),
      core::Field("organisation_id", &R::organisation_id, core::kFixed | core::kNotAudited),
      core::Field("project_id", &R::project_id, core::kFixed),
      core::Field("month", &R::month, core::kFixed),
      core::Field("tested", &R::tested),
      core::Field("learned", &R::learned),
      core::Field("support", &R::support),
      core::Field("submitted", &R::submitted),
      core::Field("submitted_at", &R::submitted_at, core::kUnixTime),
      core::Field("submitted_by", &R::submitted_by),
      core::Field("version", &R::version, core::kNotAudited),
      core::Field("updated_at", &R::updated_at, core::kNotAudited | core::kUnixTime),
      core::Field("updated_by", &R::updated_by, core::kNotAudited)};
}

// The day of the following month by which a month's report is due.
inline constexpr unsigned kMonthlyReportDueDay = 5;
// Longest text accepted in each of tested, learned and support (bytes).
inline constexpr std::size_t kMonthlyReportTextMax = 8000;

// Where a month's report stands on a day.
enum class ReportState {
  kNotDue,     // not submitted, and the deadline has not passed
  kSubmitted,  // submitted by the deadline
  kLate,       // submitted after the deadline
  kMissing,    // not submitted, and the deadline has passed
};

// Names in JSON and pages: "not_due", "submitted", "late", "missing".
std::string_view ReportStateName(ReportState state);

// The first day of the month written "YYYY-MM" (a year Date accepts, month 01–12); nullopt
// for any other text.
std::optional<core::Date> ParseReportMonth(std::string_view month);
// "YYYY-MM" of `day`.
std::string ReportMonthOf(core::Date day);

// The last day on which the report of `month` (first day) is on time: the due day of the
// following month.
core::Date ReportDeadline(core::Date month);

// The state of a month's report (`report` none when nothing is stored) on `today`.
ReportState StateOf(const std::optional<MonthlyReport>& report, core::Date month, core::Date today);

// The calendar months ("YYYY-MM", ascending, each once) that the action periods of `events`
// touch; entries without valid dates are skipped.
std::vector<std::string> ReportMonths(const std::vector<ProgrammeEvent>& events);

// The action period that ended last before the learning session `session` began (by end
// date; one still running on the session's first day is not before it); nullopt when none.
std::optional<ProgrammeEvent> ActionPeriodBefore(const std::vector<ProgrammeEvent>& events,
                                                 const ProgrammeEvent& session);

// Everything wrong with the report's texts: "tested", "learned", "support" over
// kMonthlyReportTextMax ("error.too_long"). Empty when none.
std::vector<core::Error> MonthlyReportErrors(const MonthlyReport& report);

}  // namespace stegvis::domain
