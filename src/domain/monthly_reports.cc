#include "domain/monthly_reports.h"

#include <algorithm>
#include <map>
#include <string_view>

#include "domain/audit_json.h"
#include "domain/comments.h"
#include "domain/cycle_markers.h"
#include "domain/programmes.h"
#include "domain/projects.h"
#include "domain/resources.h"

namespace stegvis::domain {
namespace {

core::Error BadMonth() {
  return core::Error::Invalid("not a month of the programme's action periods", "month",
                              "error.monthly.bad_month");
}

// The report's project with what the principal may do with it.
struct ReportAccess {
  Project project;
  Team team;
  Programme programme;
  bool programme_work_only = false;
  bool may_edit = false;
};

// The host's readers of a programme see a guest team's programme work (ProgrammeTeam).
bool HostReadsGuest(StoreTx& tx, const Principal& acting, const Programme& programme,
                    const Team& team) {
  if (programme.organisation_id != acting.user.organisation_id ||
      team.organisation_id == programme.organisation_id ||
      !May(&acting, Action::kView, ProgrammeResource(programme))) {
    return false;
  }
  const std::vector<Id> teams = tx.Programmes().ListTeams(programme.id);
  return std::find(teams.begin(), teams.end(), team.id) != teams.end();
}

core::Result<ReportAccess> ReportProject(StoreTx& tx, const Principal& acting, Id project_id) {
  std::optional<Project> project = tx.Projects().Find(project_id);
  std::optional<Programme> programme;
  if (project && project->programme_id) programme = tx.Programmes().Find(*project->programme_id);
  std::optional<Team> team;
  if (project) team = tx.Teams().Find(project->team_id);
  if (!project || !programme || !team) return core::Fail(core::Error::NotFoundObject());
  ReportAccess access{*project, *team, *programme};
  auto own = CheckedProject(tx, acting, project_id, Action::kView);
  if (!own) {
    if (project->organisation_id == acting.user.organisation_id) return core::Fail(own.error());
    if (!HostReadsGuest(tx, acting, *programme, *team)) {
      return core::Fail(core::Error::NotFoundObject());
    }
    access.programme_work_only = true;
    return access;
  }
  access.may_edit =
      !programme->closed && CheckedProject(tx, acting, project_id, Action::kChange).has_value();
  return access;
}

// The latest values of `measure` in a period no later than the one containing `last_day`.
MonthlyMeasure MeasureUpTo(StoreTx& tx, const Measure& measure, core::Date last_day) {
  MonthlyMeasure out{measure, {}, {}};
  const std::string until = PeriodOfDate(measure.frequency, last_day.ToString());
  std::vector<Observation> observations = tx.Measures().ListObservations(measure.id);
  for (const Observation& o : observations) {
    if (!o.value.empty() && o.period <= until) out.period = std::max(out.period, o.period);
  }
  // In the grid's order: women before men, the total last.
  for (const std::string& group : GroupsOf(measure.grouping)) {
    for (Observation& o : observations) {
      if (o.group == group && !o.value.empty() && !out.period.empty() && o.period == out.period) {
        out.values.push_back(std::move(o));
      }
    }
  }
  return out;
}

std::optional<ProgressScore> ProgressUpTo(StoreTx& tx, Id project_id, core::Date last_day) {
  std::optional<ProgressScore> out;
  const std::string until = last_day.ToString();
  for (ProgressScore& s : tx.Projects().ListProgressScores(project_id)) {
    if (s.set_on <= until && (!out || s.set_on >= out->set_on)) out = std::move(s);
  }
  return out;
}

bool IsReportMonth(const std::vector<ProgrammeEvent>& events, const std::string& month) {
  const std::vector<std::string> months = ReportMonths(events);
  return std::find(months.begin(), months.end(), month) != months.end();
}

// The month's state from the project's stored report of it (or none).
ReportMonth MonthOf(const MonthlyReport* stored, const std::string& month, core::Date today) {
  const core::Date first = *ParseReportMonth(month);
  ReportMonth out;
  out.month = month;
  out.deadline = ReportDeadline(first);
  if (stored) out.report = *stored;
  out.state = StateOf(out.report, first, today);
  return out;
}

// The months' states from one read of the project's stored reports (the last stored for a
// month counts).
std::vector<ReportMonth> MonthsOf(StoreTx& tx, Id project_id,
                                  const std::vector<std::string>& months, core::Date today) {
  const std::vector<MonthlyReport> stored = tx.Programmes().ListMonthlyReports(project_id);
  std::map<std::string_view, const MonthlyReport*> by_month;
  for (const MonthlyReport& r : stored) by_month[r.month] = &r;
  std::vector<ReportMonth> out;
  out.reserve(months.size());
  for (const std::string& month : months) {
    const auto found = by_month.find(month);
    out.push_back(MonthOf(found == by_month.end() ? nullptr : found->second, month, today));
  }
  return out;
}

}  // namespace

std::vector<ReportRow> ReportRowsOf(StoreTx& tx, const ProgrammeDetails& details,
                                    const std::vector<std::string>& months, core::Date today) {
  std::vector<ReportRow> rows;
  for (const ProgrammeTeam& t : details.teams) {
    for (const Project& project : t.projects) {
      rows.push_back(
          {t.team, project, t.programme_work_only, MonthsOf(tx, project.id, months, today)});
    }
  }
  return rows;
}

namespace {

// Cuts `text` to kMonthlyReportTextMax bytes, never inside a UTF-8 character.
void CutToLimit(std::string& text) {
  if (text.size() <= kMonthlyReportTextMax) return;
  std::size_t end = kMonthlyReportTextMax;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  text.resize(end);
}

core::Date Today(const core::Clock& clock) {
  return core::Date::FromUnixSeconds(clock.NowUnixSeconds());
}

}  // namespace

std::vector<PdsaCycle> MonthCycles(const std::vector<PdsaCycle>& cycles, core::Date month) {
  const std::string first = month.ToString();
  const std::string last = month.AddMonths(1).AddDays(-1).ToString();
  std::vector<PdsaCycle> out;
  for (const PdsaCycle& c : cycles) {
    const std::string starts = !c.content.start_date.empty()
                                   ? c.content.start_date
                                   : core::Date::FromUnixSeconds(c.created_at).ToString();
    std::string ends = c.content.end_date;
    if (ends.empty() && c.done_at > 0) ends = core::Date::FromUnixSeconds(c.done_at).ToString();
    if (starts <= last && (ends.empty() || ends >= first)) out.push_back(c);
  }
  return out;
}

MonthlyReport PrefilledReport(const std::vector<PdsaCycle>& cycles) {
  MonthlyReport out;
  for (const PdsaCycle& c : cycles) {
    out.tested += "- " + c.content.title + "\n";
    if (!c.content.learning.empty()) {
      out.learned += c.content.title + ": " + c.content.learning + "\n";
    }
  }
  // Long learnings must not make the pre-fill itself too long to save.
  CutToLimit(out.tested);
  CutToLimit(out.learned);
  return out;
}

core::Result<MonthlyReportPage> LoadMonthlyReport(StoreTx& tx, const Principal& acting,
                                                  Id project_id, const std::string& month,
                                                  core::Date today) {
  const std::optional<core::Date> first = ParseReportMonth(month);
  if (!first) return core::Fail(BadMonth());
  auto access = ReportProject(tx, acting, project_id);
  if (!access) return core::Fail(access.error());
  if (!IsReportMonth(tx.Programmes().ListEvents(access->programme.id), month)) {
    return core::Fail(BadMonth());
  }
  MonthlyReportPage page;
  page.project = access->project;
  page.team = access->team;
  page.programme = access->programme;
  page.month = *first;
  page.deadline = ReportDeadline(*first);
  page.programme_work_only = access->programme_work_only;
  page.cycles = MonthCycles(tx.Pdsa().ListProjectCycles(project_id), *first);
  const core::Date last_day = first->AddMonths(1).AddDays(-1);
  for (const Measure& m : tx.Measures().ListOfProject(project_id)) {
    if (m.retired || (access->programme_work_only && !m.definition_id)) continue;
    page.measures.push_back(MeasureUpTo(tx, m, last_day));
  }
  page.progress = ProgressUpTo(tx, project_id, last_day);
  std::optional<MonthlyReport> stored = tx.Programmes().FindMonthlyReport(project_id, month);
  page.state = StateOf(stored, *first, today);
  if (stored) {
    page.report = std::move(*stored);
  } else {
    page.report = PrefilledReport(page.cycles);
    page.report.organisation_id = access->project.organisation_id;
    page.report.project_id = project_id;
    page.report.month = month;
  }
  page.may_edit = access->may_edit;
  page.comments = ReportComments(tx, acting, page.team, page.programme, page.programme_work_only,
                                 project_id, month);
  return page;
}

core::Result<MonthlyReportPage> LoadMonthlyReport(Store& store, const core::Clock& clock,
                                                  const Principal& acting, Id project_id,
                                                  const std::string& month) {
  return store.Read([&](StoreTx& tx) -> core::Result<MonthlyReportPage> {
    return LoadMonthlyReport(tx, acting, project_id, month, Today(clock));
  });
}

namespace {

// Saves `texts` (or, without them, what stands) as the page's report, and submits it.
core::Result<MonthlyReport> WriteReport(StoreTx& tx, const Actor& actor, std::int64_t now,
                                        MonthlyReportPage page, const MonthlyReport* texts,
                                        std::int64_t version, bool submit) {
  MonthlyReport& r = page.report;
  if (!page.may_edit) {
    return core::Fail(core::Error::Forbidden("only the team writes its monthly report"));
  }
  if (r.submitted) {
    return core::Fail(core::Error{core::ErrorCode::kConflict, "the report is already submitted",
                                  "version", "error.monthly.submitted"});
  }
  if (version != r.version) {
    if (r.version == 0) {
      return core::Fail(core::Error{core::ErrorCode::kConflict,
                                    "the report is not saved yet: its version is 0", "version",
                                    "error.monthly.not_saved"});
    }
    return core::Fail(ChangedByUser(tx, r.organisation_id, r.updated_by, r.updated_at, r.version));
  }
  const std::string before = r.version ? AuditJson(r) : std::string();
  if (texts) {
    r.tested = texts->tested;
    r.learned = texts->learned;
    r.support = texts->support;
  }
  if (std::vector<core::Error> errors = MonthlyReportErrors(r); !errors.empty()) {
    return core::Fail(errors.front());
  }
  if (submit) {
    r.submitted = true;
    r.submitted_at = now;
    r.submitted_by = actor.label;
  }
  r.updated_at = now;
  r.updated_by = actor.label;
  const bool create = r.version == 0;
  ++r.version;
  if (create) {
    r.id = tx.Programmes().CreateMonthlyReport(r);
  } else {
    tx.Programmes().UpdateMonthlyReport(r);
  }
  const char* action = submit ? "submit" : create ? "create" : "update";
  RecordAudit(tx, actor, now, action, "monthly_report", r.id, before, AuditJson(r),
              r.organisation_id);
  return r;
}

}  // namespace

core::Result<MonthlyReport> SaveMonthlyReport(Store& store, const core::Clock& clock,
                                              const Principal& acting, const Actor& actor,
                                              Id project_id, const std::string& month,
                                              const MonthlyReport& texts, bool submit) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<MonthlyReport> {
    auto page = LoadMonthlyReport(tx, acting, project_id, month, Today(clock));
    if (!page) return core::Fail(page.error());
    return WriteReport(tx, actor, now, std::move(*page), &texts, texts.version, submit);
  });
}

core::Result<MonthlyReport> SubmitMonthlyReport(Store& store, const core::Clock& clock,
                                                const Principal& acting, const Actor& actor,
                                                Id project_id, const std::string& month,
                                                std::int64_t version) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<MonthlyReport> {
    auto page = LoadMonthlyReport(tx, acting, project_id, month, Today(clock));
    if (!page) return core::Fail(page.error());
    return WriteReport(tx, actor, now, std::move(*page), nullptr, version, true);
  });
}

core::Result<ProjectReports> LoadProjectReports(Store& store, const core::Clock& clock,
                                                const Principal& acting, Id project_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<ProjectReports> {
    auto access = ReportProject(tx, acting, project_id);
    if (!access) return core::Fail(access.error());
    const std::vector<std::string> months =
        ReportMonths(tx.Programmes().ListEvents(access->programme.id));
    return ProjectReports{access->project, access->team, access->programme,
                          MonthsOf(tx, project_id, months, Today(clock))};
  });
}

ProgrammeReports ReportsOf(StoreTx& tx, const ProgrammeDetails& details, core::Date today) {
  ProgrammeReports out{details.programme, ReportMonths(details.events), {}, details.hidden_teams};
  out.rows = ReportRowsOf(tx, details, out.months, today);
  for (const ReportRow& row : out.rows) {
    out.missing += static_cast<int>(
        std::count_if(row.months.begin(), row.months.end(),
                      [](const ReportMonth& m) { return m.state == ReportState::kMissing; }));
  }
  return out;
}

core::Result<ProgrammeReports> LoadProgrammeReports(Store& store, const core::Clock& clock,
                                                    const Principal& acting, Id programme_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<ProgrammeReports> {
    auto details = LoadProgramme(tx, acting, programme_id);
    if (!details) return core::Fail(details.error());
    return ReportsOf(tx, *details, Today(clock));
  });
}

}  // namespace stegvis::domain
