#include "domain/monthly_report.h"

#include <algorithm>

namespace stegvis::domain {

std::string_view ReportStateName(ReportState state) {
  switch (state) {
    case ReportState::kNotDue: return "not_due";
    case ReportState::kSubmitted: return "submitted";
    case ReportState::kLate: return "late";
    case ReportState::kMissing: return "missing";
  }
  return "not_due";
}

std::optional<core::Date> ParseReportMonth(std::string_view month) {
  if (month.size() != 7) return std::nullopt;
  return core::Date::Parse(std::string(month) + "-01");
}

std::string ReportMonthOf(core::Date day) {
  return day.ToString().substr(0, 7);
}

core::Date ReportDeadline(core::Date month) {
  const core::Date first = month.AddDays(1 - static_cast<std::int64_t>(month.Day()));
  return first.AddMonths(1).AddDays(kMonthlyReportDueDay - 1);
}

ReportState StateOf(const std::optional<MonthlyReport>& report, core::Date month,
                    core::Date today) {
  const core::Date deadline = ReportDeadline(month);
  if (report && report->submitted) {
    return core::Date::FromUnixSeconds(report->submitted_at) <= deadline ? ReportState::kSubmitted
                                                                         : ReportState::kLate;
  }
  return today > deadline ? ReportState::kMissing : ReportState::kNotDue;
}

std::vector<std::string> ReportMonths(const std::vector<ProgrammeEvent>& events) {
  std::vector<std::string> out;
  for (const ProgrammeEvent& e : events) {
    if (e.kind != ProgrammeEventKind::kActionPeriod) continue;
    const std::optional<core::Date> from = core::Date::Parse(e.starts_on);
    const std::optional<core::Date> to = core::Date::Parse(e.ends_on);
    if (!from || !to || *to < *from) continue;
    for (core::Date m = *ParseReportMonth(ReportMonthOf(*from)); m <= *to; m = m.AddMonths(1)) {
      out.push_back(ReportMonthOf(m));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::optional<ProgrammeEvent> ActionPeriodBefore(const std::vector<ProgrammeEvent>& events,
                                                 const ProgrammeEvent& session) {
  std::optional<ProgrammeEvent> best;
  for (const ProgrammeEvent& e : events) {
    if (e.kind != ProgrammeEventKind::kActionPeriod || e.ends_on >= session.starts_on) continue;
    if (!best || e.ends_on > best->ends_on) best = e;
  }
  return best;
}

std::vector<core::Error> MonthlyReportErrors(const MonthlyReport& report) {
  std::vector<core::Error> out;
  const std::pair<const char*, const std::string*> texts[] = {
      {"tested", &report.tested}, {"learned", &report.learned}, {"support", &report.support}};
  for (const auto& [field, text] : texts) {
    if (text->size() > kMonthlyReportTextMax) {
      out.push_back(core::Error::Invalid("at most 8000 bytes", field, "error.too_long"));
    }
  }
  return out;
}

}  // namespace stegvis::domain
