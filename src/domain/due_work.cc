#include "domain/due_work.h"

#include "domain/monthly_report.h"
#include "domain/observation_grid.h"

namespace stegvis::domain {

std::optional<std::string> MissingLastPeriod(StoreTx& tx, const Measure& measure,
                                             core::Date today) {
  const std::string last =
      PreviousPeriod(measure.frequency, PeriodContaining(measure.frequency, today));
  for (const Observation& o : tx.Measures().ListObservations(measure.id)) {
    if (o.period == last && !o.value.empty()) return std::nullopt;
  }
  return last;
}

std::vector<std::string> ReportMonthsDue(StoreTx& tx, const Project& project, core::Date today) {
  if (!project.programme_id || project.status == ProjectStatus::kClosed) return {};
  std::optional<Programme> programme = tx.Programmes().Find(*project.programme_id);
  if (!programme || programme->closed) return {};
  std::vector<std::string> due;
  for (const std::string& month : ReportMonths(tx.Programmes().ListEvents(programme->id))) {
    const core::Date first = *ParseReportMonth(month);
    if (first > today) break;
    std::optional<MonthlyReport> report = tx.Programmes().FindMonthlyReport(project.id, month);
    if (!(report && report->submitted) && ReportDeadline(first) >= today) due.push_back(month);
  }
  return due;
}

}  // namespace stegvis::domain
