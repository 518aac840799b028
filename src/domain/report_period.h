#pragma once
// The periods Swedish municipalities report to their nämnder in: the tertials ("2026-T1"
// January–April, "2026-T2" May–August, "2026-T3" September–December) and the year ("2026").
// Pure: no storage, no clock (callers pass today).

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/error.h"

namespace stegvis::domain {

struct ReportPeriod {
  int year = 0;
  int tertial = 0;   // 1, 2 or 3; 0 for the whole year
  core::Date first;  // the first day of the period
  core::Date last;   // the last day
  // "2026-T2" or "2026": what ParseReportPeriod reads back.
  std::string Code() const;
  bool operator==(const ReportPeriod&) const = default;
};

// The years a report may cover: nothing is recorded before core::Date::kMinYear, and a year
// far ahead is a typing error.
inline constexpr int kReportMaxYear = 2200;

// The period `year` and `tertial` (0: the whole year) name. Year and tertial must be in range.
ReportPeriod MakeReportPeriod(int year, int tertial);

// "2026-T1" .. "2026-T3" (also "2026-t2") or "2026", for a period that has begun by `today`.
// kInvalidInput on "period": "error.report.bad_period" for any other text, a year outside
// core::Date::kMinYear..kReportMaxYear included; "error.report.future_period" for a period
// that begins after `today`.
core::Result<ReportPeriod> ParseReportPeriod(std::string_view text, core::Date today);

// The last tertial that ended before `today`: on 2026-12-06, 2026-T2; on 2027-01-01, 2026-T3.
ReportPeriod DefaultReportPeriod(core::Date today);

// Whether `day` lies within `period`.
bool InPeriod(const ReportPeriod& period, core::Date day);

}  // namespace stegvis::domain
