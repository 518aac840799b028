#pragma once
// Use cases on teams' monthly reports (domain/monthly_report.h). A report is read by whoever
// may view the team's project, and by the host's readers of the programme for a guest team
// (its programme work: ProgrammeTeam::programme_work_only); it is written and submitted by
// those who may change the team's work, while the programme is open. A report not stored yet
// is shown pre-filled from the team's data of the month: the titles of the PDSA cycles tested
// in it, their learnings, the measures' latest values up to the month, the progress score.

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/date.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/comment.h"
#include "domain/measure.h"
#include "domain/monthly_report.h"
#include "domain/pdsa_cycle.h"
#include "domain/programme_dashboard.h"
#include "domain/project.h"
#include "domain/store.h"

namespace stegvis::domain {

// One measure's latest values up to the end of the report's month.
struct MonthlyMeasure {
  Measure measure;
  std::string period;               // the latest period with a value; empty without data
  std::vector<Observation> values;  // that period's values, one per group that has one, in the
                                    // grid's order (GroupsOf)
};

// A project's report of one month, stored or pre-filled, with what it is pre-filled from.
struct MonthlyReportPage {
  Project project;
  Team team;
  Programme programme;
  core::Date month;  // its first day
  core::Date deadline;
  MonthlyReport report;  // version 0: not stored yet (the texts are the pre-fill)
  ReportState state = ReportState::kNotDue;
  std::vector<PdsaCycle> cycles;  // tested in the month (MonthCycles)
  std::vector<MonthlyMeasure> measures;
  std::optional<ProgressScore> progress;  // the latest set by the end of the month
  bool programme_work_only = false;       // a guest team, read by the host
  // May change the team's work in an open programme: save and submit while a draft.
  bool may_edit = false;
  CommentThread comments;  // on the report (domain/comments.h)
};

// The cycles of `cycles` tested in the month that begins on `month`: from their start date (or
// the day they were created) to their end date (or the day they were done; still running
// when neither), overlapping the month.
std::vector<PdsaCycle> MonthCycles(const std::vector<PdsaCycle>& cycles, core::Date month);

// The pre-filled texts: `tested` lists the cycles' titles, one per line ("- title"),
// `learned` their learnings ("title: learning") where written; `support` is empty.
MonthlyReport PrefilledReport(const std::vector<PdsaCycle>& cycles);

// The report of `month` ("YYYY-MM") of a project in a programme, for its page. kNotFound for a
// project the principal may not see (or outside any programme); kForbidden where the policy
// says so; kInvalidInput ("month", "error.monthly.bad_month") for a month that is not one of the
// programme's action periods. The first form runs in the caller's transaction.
core::Result<MonthlyReportPage> LoadMonthlyReport(StoreTx& tx, const Principal& acting,
                                                  Id project_id, const std::string& month,
                                                  core::Date today);
core::Result<MonthlyReportPage> LoadMonthlyReport(Store& store, const core::Clock& clock,
                                                  const Principal& acting, Id project_id,
                                                  const std::string& month);

// Saves the texts of the report (a draft); with `submit`, submits it too. `report.version` is
// the version the editor loaded (0 for a report not stored yet): if it was saved since,
// kConflict (ChangedByUser); another version of a report not stored yet is kConflict
// ("error.monthly.not_saved"). Refusals as LoadMonthlyReport, and kForbidden when the principal
// may not change the team's work (a guest team's host included) or the programme is closed;
// kConflict ("error.monthly.submitted") once submitted; kInvalidInput: MonthlyReportErrors.
// Audited ("create"/"update" of a "monthly_report", "submit" on submitting). Returns the
// report as stored.
core::Result<MonthlyReport> SaveMonthlyReport(Store& store, const core::Clock& clock,
                                              const Principal& acting, const Actor& actor,
                                              Id project_id, const std::string& month,
                                              const MonthlyReport& texts, bool submit);

// Submits the report as it stands (stored, or the pre-fill when nothing is stored) when its
// version is still `version`; refusals as SaveMonthlyReport.
core::Result<MonthlyReport> SubmitMonthlyReport(Store& store, const core::Clock& clock,
                                                const Principal& acting, const Actor& actor,
                                                Id project_id, const std::string& month,
                                                std::int64_t version);

// One month of a project's reports.
struct ReportMonth {
  std::string month;
  core::Date deadline;
  ReportState state = ReportState::kNotDue;
  std::optional<MonthlyReport> report;  // stored
};

// A project's months of reporting (every month of the programme's action periods).
struct ProjectReports {
  Project project;
  Team team;
  Programme programme;
  std::vector<ReportMonth> months;
};
core::Result<ProjectReports> LoadProjectReports(Store& store, const core::Clock& clock,
                                                const Principal& acting, Id project_id);

// A project in the programme with its months (same order as ProgrammeReports::months).
struct ReportRow {
  Team team;
  Project project;
  bool programme_work_only = false;
  std::vector<ReportMonth> months;
};

// The rows of the teams of `details` (every project in the programme) for `months`.
std::vector<ReportRow> ReportRowsOf(StoreTx& tx, const ProgrammeDetails& details,
                                    const std::vector<std::string>& months, core::Date today);

// The programme's team × month grid, of the teams the principal may see (LoadProgramme's).
struct ProgrammeReports {
  Programme programme;
  std::vector<std::string> months;
  std::vector<ReportRow> rows;
  int hidden_teams = 0;
  int missing = 0;  // reports missing on the day (ReportState::kMissing)
};

// The grid inside the caller's transaction from the programme as LoadProgramme gave it.
ProgrammeReports ReportsOf(StoreTx& tx, const ProgrammeDetails& details, core::Date today);
// Refusals as LoadProgramme.
core::Result<ProgrammeReports> LoadProgrammeReports(Store& store, const core::Clock& clock,
                                                    const Principal& acting, Id programme_id);

// A learning session's material: the submitted reports of the action period before it and
// the programme dashboard as of the session's first day: from the measures' values of the
// periods before that day (the progress scores and cycle counts are those stored now).
struct LearningSession {
  Programme programme;
  ProgrammeEvent session;
  std::optional<ProgrammeEvent> action_period;
  std::vector<std::string> months;  // of that action period
  std::vector<ReportRow> rows;      // only months with a submitted report
  ProgrammeDashboard dashboard;
};

// kNotFound for an entry that is not a learning session of the programme; refusals otherwise
// as LoadProgrammeDashboard.
core::Result<LearningSession> LoadLearningSession(Store& store, const Principal& acting,
                                                  Id programme_id, Id session_id);

}  // namespace stegvis::domain
