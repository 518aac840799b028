#include "domain/report_period.h"

#include <charconv>

namespace stegvis::domain {
namespace {

core::Error BadPeriod() {
  return core::Error::Invalid("not a tertial (2026-T2) or a year (2026)", "period",
                              "error.report.bad_period");
}

// The four digits of a year, or nullopt.
std::optional<int> YearOf(std::string_view text) {
  int year = 0;
  if (text.size() != 4) return std::nullopt;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  if (year < core::Date::kMinYear || year > kReportMaxYear) return std::nullopt;
  return year;
}

}  // namespace

std::string ReportPeriod::Code() const {
  std::string code = std::to_string(year);
  if (tertial > 0) code += "-T" + std::to_string(tertial);
  return code;
}

ReportPeriod MakeReportPeriod(int year, int tertial) {
  using std::chrono::month;
  const unsigned first_month = tertial == 0 ? 1 : 4 * (tertial - 1) + 1;
  const unsigned months = tertial == 0 ? 12 : 4;
  const core::Date first(std::chrono::year(year) / month(first_month) / 1);
  return {year, tertial, first, first.AddMonths(static_cast<int>(months)).AddDays(-1)};
}

core::Result<ReportPeriod> ParseReportPeriod(std::string_view text, core::Date today) {
  std::optional<int> year = YearOf(text.substr(0, 4));
  if (!year) return core::Fail(BadPeriod());
  int tertial = 0;
  if (text.size() != 4) {
    if (text.size() != 7 || text[4] != '-' || (text[5] != 'T' && text[5] != 't') || text[6] < '1' ||
        text[6] > '3') {
      return core::Fail(BadPeriod());
    }
    tertial = text[6] - '0';
  }
  ReportPeriod period = MakeReportPeriod(*year, tertial);
  if (period.first > today) {
    return core::Fail(
        core::Error::Invalid("the period has not begun", "period", "error.report.future_period"));
  }
  return period;
}

ReportPeriod DefaultReportPeriod(core::Date today) {
  // The tertial today is in, then the one before it.
  const int current = static_cast<int>((today.Month() - 1) / 4) + 1;
  if (current == 1) return MakeReportPeriod(today.Year() - 1, 3);
  return MakeReportPeriod(today.Year(), current - 1);
}

bool InPeriod(const ReportPeriod& period, core::Date day) {
  return period.first <= day && day <= period.last;
}

}  // namespace stegvis::domain
