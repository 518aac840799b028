// The programme's monthly reports (/program/{id}/rapporter): team × month, each report on
// time, late, missing or not yet due; and a learning session's material
// (/program/{id}/larandeseminarium/{event_id}): the submitted reports of the action period
// before it and the dashboard's table as of its first day, printable.

#include "core/date.h"
#include "domain/monthly_reports.h"
#include "web/http/access_guard.h"
#include "web/programmes/dashboard_cells.h"
#include "web/programmes/handlers.h"
#include "web/programmes/monthly_report_text.h"
#include "web/programmes/monthly_report_view.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {

std::string ReportStateText(const App& app, const std::string& lang, domain::ReportState state) {
  return app.catalogue.Get(lang, "monthly.state." + std::string(domain::ReportStateName(state)));
}

std::string ReportStateCss(domain::ReportState state) {
  switch (state) {
    case domain::ReportState::kLate:
    case domain::ReportState::kMissing: return "tag--overdue";
    case domain::ReportState::kSubmitted:
    case domain::ReportState::kNotDue: return "";
  }
  return "";
}

std::string SubmittedText(const App& app, const std::string& lang,
                          const domain::MonthlyReport& report) {
  return app.catalogue.Format(
      lang, "monthly.submitted_on",
      {{"date", core::Date::FromUnixSeconds(report.submitted_at).ToString()},
       {"who", report.submitted_by}});
}

ReportCellView ReportCellOf(const App& app, const std::string& lang, domain::Id project_id,
                            const domain::ReportMonth& month) {
  return {month.month, "/projekt/" + std::to_string(project_id) + "/manadsrapport/" + month.month,
          ReportStateText(app, lang, month.state), ReportStateCss(month.state)};
}

HandlerResult ProgrammeReportsPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto grid = domain::LoadProgrammeReports(app.store, app.clock, *visitor.principal(), *id);
  if (!grid) return core::Fail(grid.error());
  const std::string lang = ChooseLanguage(request).lang;
  ReportGridView view;
  view.id = grid->programme.id;
  view.heading = grid->programme.name;
  view.programme_id = grid->programme.id;
  view.programme = grid->programme.name;
  view.months = grid->months;
  for (const domain::ReportRow& r : grid->rows) {
    ReportRowView row{r.team.name, r.project.title, {}};
    for (const domain::ReportMonth& m : r.months) {
      row.cells.push_back(ReportCellOf(app, lang, r.project.id, m));
    }
    view.rows.push_back(std::move(row));
  }
  view.has_rows = !view.rows.empty() && !view.months.empty();
  view.missing =
      app.catalogue.Format(lang, "monthly.missing_count", {{"n", std::to_string(grid->missing)}});
  if (grid->hidden_teams > 0) {
    view.hidden_teams = app.catalogue.Format(lang, "programme.hidden_teams",
                                             {{"n", std::to_string(grid->hidden_teams)}});
  }
  return RenderPage(app, request, {"programme_reports", "monthly.grid_title", "programmes"}, view,
                    ChooseLanguage(request), visitor);
}

HandlerResult LearningSessionPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto event_id = PathId(request, "event_id");
  if (!event_id) return core::Fail(event_id.error());
  auto s = domain::LoadLearningSession(app.store, *visitor.principal(), *id, *event_id);
  if (!s) return core::Fail(s.error());
  const std::string lang = ChooseLanguage(request).lang;
  LearningSessionView view;
  view.programme_id = s->programme.id;
  view.programme = s->programme.name;
  view.title = s->session.title;
  view.date = s->session.starts_on;
  if (s->action_period) {
    view.action_period = s->action_period->title + ", " + s->action_period->starts_on + " \u2013 " +
                         s->action_period->ends_on;
  }
  for (const domain::ReportRow& r : s->rows) {
    for (const domain::ReportMonth& m : r.months) {
      std::string submitted = SubmittedText(app, lang, *m.report);
      if (m.state == domain::ReportState::kLate) {
        submitted += " (" + ReportStateText(app, lang, m.state) + ")";
      }
      view.reports.push_back({r.team.name, r.project.title, m.month, m.report->tested,
                              m.report->learned, m.report->support, std::move(submitted)});
    }
  }
  view.has_reports = !view.reports.empty();
  view.dashboard = DashboardViewOf(app, request, lang, s->dashboard);
  return RenderPage(app, request, {"learning_session", "monthly.session_title", "programmes"}, view,
                    ChooseLanguage(request), visitor);
}

}  // namespace stegvis::web
