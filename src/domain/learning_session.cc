// A learning session's material (LoadLearningSession in domain/monthly_reports.h).

#include <algorithm>

#include "domain/cycle_markers.h"
#include "domain/monthly_reports.h"
#include "domain/programmes.h"

namespace stegvis::domain {
namespace {

// Leaves out of `details` every value of a period after the one before `day`, so the
// dashboard shows what was known when the session began.
void KeepValuesBefore(ProgrammeDetails& details, core::Date day) {
  const std::string before = day.AddDays(-1).ToString();
  for (ProgrammeTeam& t : details.teams) {
    for (std::size_t i = 0; i < t.measures.size(); ++i) {
      const std::string until = PeriodOfDate(t.measures[i].frequency, before);
      std::vector<Observation>& values = t.observations[i];
      values.erase(std::remove_if(values.begin(), values.end(),
                                  [&](const Observation& o) { return o.period > until; }),
                   values.end());
    }
  }
}

}  // namespace

core::Result<LearningSession> LoadLearningSession(Store& store, const Principal& acting,
                                                  Id programme_id, Id session_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<LearningSession> {
    auto details = LoadProgramme(tx, acting, programme_id);
    if (!details) return core::Fail(details.error());
    auto event = std::find_if(details->events.begin(), details->events.end(),
                              [&](const ProgrammeEvent& e) { return e.id == session_id; });
    const std::optional<core::Date> day =
        event == details->events.end() ? std::nullopt : core::Date::Parse(event->starts_on);
    if (!day || event->kind != ProgrammeEventKind::kLearningSession) {
      return core::Fail(core::Error::NotFoundObject());
    }
    LearningSession out;
    out.programme = details->programme;
    out.session = *event;
    out.action_period = ActionPeriodBefore(details->events, *event);
    if (out.action_period) out.months = ReportMonths({*out.action_period});
    for (ReportRow& row : ReportRowsOf(tx, *details, out.months, *day)) {
      std::erase_if(row.months,
                    [](const ReportMonth& m) { return !m.report || !m.report->submitted; });
      if (!row.months.empty()) out.rows.push_back(std::move(row));
    }
    KeepValuesBefore(*details, *day);
    auto dashboard = DashboardOf(tx, day->ToString(), acting, std::move(*details));
    if (!dashboard) return core::Fail(dashboard.error());
    out.dashboard = std::move(*dashboard);
    return out;
  });
}

}  // namespace stegvis::domain
