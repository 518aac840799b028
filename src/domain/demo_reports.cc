#include "domain/demo_reports.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>

#include "domain/monthly_reports.h"

namespace stegvis::domain {
namespace {

// Who submitted each project's reports, by the project's place (demo.cc's accounts).
constexpr const char* kReporter[] = {"team@solvik.example", "chef@solvik.example",
                                     "team@norrby.example", "admin@norrby.example"};

constexpr const char* kSupport[] = {
    "Tid på arbetsplatsträffen för att gå igenom mätningarna.",
    "Stöd från strategen med att dela upp avvikelserna på kvinnor och män.",
    "",
};

}  // namespace

int SeedDemoReports(StoreTx& tx, Id programme, const std::vector<Id>& projects, std::int64_t now) {
  const core::Date today = core::Date::FromUnixSeconds(now);
  std::vector<std::string> due;
  for (const std::string& month : ReportMonths(tx.Programmes().ListEvents(programme))) {
    if (ReportDeadline(*ParseReportMonth(month)) < today) due.push_back(month);
  }
  int stored = 0;
  for (std::size_t p = 0; p < projects.size(); ++p) {
    const std::optional<Project> project = tx.Projects().Find(projects[p]);
    if (!project) continue;
    const std::vector<PdsaCycle> cycles = tx.Pdsa().ListProjectCycles(project->id);
    for (std::size_t i = 0; i < due.size(); ++i) {
      const bool last = i + 1 == due.size();
      if (p == 1 && last) continue;  // missing
      const core::Date month = *ParseReportMonth(due[i]);
      // Trygg hemgång's last report came in late (three days, or today if that is sooner); the
      // others two days early.
      const std::int64_t offset = p == 0 && last ? 3 : -2;
      MonthlyReport r = PrefilledReport(MonthCycles(cycles, month));
      r.organisation_id = project->organisation_id;
      r.project_id = project->id;
      r.month = due[i];
      if (r.tested.empty()) r.tested = "Vi fortsatte med förra månadens förändringar.";
      r.support = kSupport[(p + i) % std::size(kSupport)];
      r.submitted = true;
      r.submitted_at =
          std::min(ReportDeadline(month).AddDays(offset).UnixSeconds() + 15 * 3600, now);
      r.submitted_by = kReporter[p % std::size(kReporter)];
      r.version = 1;
      r.updated_at = r.submitted_at;
      r.updated_by = r.submitted_by;
      tx.Programmes().CreateMonthlyReport(r);
      ++stored;
    }
  }
  return stored;
}

}  // namespace stegvis::domain
