// A team's monthly report (/projekt/{id}/manadsrapport/{YYYY-MM}): the report pre-filled or as
// saved, with the form that saves the draft or submits it (version-checked: a stale form comes
// back with what was typed and who saved in between), and the project's months
// (/projekt/{id}/manadsrapporter).

#include "chart/number_format.h"
#include "domain/comments.h"
#include "domain/monthly_reports.h"
#include "web/http/access_guard.h"
#include "web/programmes/handlers.h"
#include "web/programmes/monthly_report_text.h"
#include "web/programmes/monthly_report_view.h"
#include "web/render/error_text.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

std::string GroupValues(const App& app, const std::string& lang, const domain::MonthlyMeasure& m) {
  std::string out;
  for (const domain::Observation& o : m.values) {
    if (!out.empty()) out += ", ";
    out += app.catalogue.Get(lang, "group." + o.group + "_label") + " " + o.value;
    if (!o.denominator.empty()) out += " / " + o.denominator;
  }
  return out;
}

MonthlyReportView ViewOf(const App& app, const std::string& lang,
                         const domain::MonthlyReportPage& p) {
  MonthlyReportView v;
  v.project_id = p.project.id;
  v.project = p.project.title;
  v.team = p.team.name;
  v.programme_id = p.programme.id;
  v.programme = p.programme.name;
  v.month = p.report.month;
  v.deadline = p.deadline.ToString();
  v.state = ReportStateText(app, lang, p.state);
  v.state_css = ReportStateCss(p.state);
  v.may_edit = p.may_edit && !p.report.submitted;
  v.stored = p.report.version > 0;
  v.version = p.report.version;
  v.tested = p.report.tested;
  v.learned = p.report.learned;
  v.support = p.report.support;
  if (p.report.submitted) v.submitted = SubmittedText(app, lang, p.report);
  for (const domain::PdsaCycle& c : p.cycles) v.cycles.push_back(c.content.title);
  for (const domain::MonthlyMeasure& m : p.measures) {
    v.measures.push_back(
        {m.measure.name, m.period.empty() ? "\u2013" : m.period, GroupValues(app, lang, m)});
  }
  v.has_measures = !v.measures.empty();
  const chart::Lang chart_lang = lang == "en" ? chart::Lang::kEn : chart::Lang::kSv;
  v.progress =
      p.progress ? chart::FormatNumber(p.progress->score_tenths / 10.0, 1, chart_lang) : "\u2013";
  v.comments = CommentsViewOf(p.comments, "/projekt/" + std::to_string(p.project.id) +
                                              "/manadsrapport/" + p.report.month + "/kommentarer");
  return v;
}

HandlerResult Render(const App& app, Request& request, const Visitor& visitor,
                     const MonthlyReportView& view, int status) {
  return RenderPage(app, request, {"monthly_report", "monthly.title", "programmes", status}, view,
                    ChooseLanguage(request), visitor);
}

}  // namespace

HandlerResult MonthlyReportPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto page = domain::LoadMonthlyReport(app.store, app.clock, *visitor.principal(), *id,
                                        std::string(request.PathParam("month")));
  if (!page) return core::Fail(page.error());
  return Render(app, request, visitor, ViewOf(app, ChooseLanguage(request).lang, *page), 200);
}

HandlerResult ReportCommentSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const std::string month(request.PathParam("month"));
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  const std::string text = form.Get("text");
  auto added = domain::AddComment(app.store, app.clock, principal, ActorOf(visitor, request),
                                  {domain::CommentSubject::kMonthlyReport, *id, month}, text);
  const std::string url = "/projekt/" + std::to_string(*id) + "/manadsrapport/" + month;
  if (added) return Response::Redirect(url + "#kommentarer");
  if (added.error().code != core::ErrorCode::kInvalidInput) return core::Fail(added.error());
  auto page = domain::LoadMonthlyReport(app.store, app.clock, principal, *id, month);
  if (!page) return core::Fail(page.error());
  const std::string lang = ChooseLanguage(request).lang;
  MonthlyReportView view = ViewOf(app, lang, *page);
  view.comments.error = ErrorText(app.catalogue, lang, added.error());
  view.comments.text = text;
  return Render(app, request, visitor, view, 422);
}

HandlerResult MonthlyReportSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const std::string month(request.PathParam("month"));
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::MonthlyReport typed;
  typed.version = ParseWholeNumber(form.Get("version"), 0, INT64_MAX, "version").value_or(-1);
  typed.tested = form.Get("tested");
  typed.learned = form.Get("learned");
  typed.support = form.Get("support");
  auto saved = domain::SaveMonthlyReport(app.store, app.clock, principal, ActorOf(visitor, request),
                                         *id, month, typed, form.Get("action") == "submit");
  const std::string url = "/projekt/" + std::to_string(*id) + "/manadsrapport/" + month;
  if (saved) return Response::Redirect(url + "?sparat=1");
  const core::Error& error = saved.error();
  const bool stale = error.code == core::ErrorCode::kConflict && error.field == "version" &&
                     error.key == "error.changed_by";
  if (error.code != core::ErrorCode::kInvalidInput && !stale) return core::Fail(error);
  auto page = domain::LoadMonthlyReport(app.store, app.clock, principal, *id, month);
  if (!page) return core::Fail(page.error());
  const std::string lang = ChooseLanguage(request).lang;
  MonthlyReportView view = ViewOf(app, lang, *page);
  view.tested = typed.tested;
  view.learned = typed.learned;
  view.support = typed.support;
  if (stale) {
    view.changed_by = ErrorText(app.catalogue, lang, error);
    return Render(app, request, visitor, view, 409);
  }
  typed.version = view.version;
  for (const core::Error& e : domain::MonthlyReportErrors(typed)) {
    SetFormError(view, app, lang, e);
  }
  if (!view.has_errors) SetFormError(view, app, lang, error);
  return Render(app, request, visitor, view, 422);
}

HandlerResult ProjectReportsPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto reports = domain::LoadProjectReports(app.store, app.clock, *visitor.principal(), *id);
  if (!reports) return core::Fail(reports.error());
  const std::string lang = ChooseLanguage(request).lang;
  ReportGridView view;
  view.id = reports->project.id;
  view.heading = reports->project.title;
  view.programme_id = reports->programme.id;
  view.programme = reports->programme.name;
  ReportRowView row{reports->team.name, reports->project.title, {}};
  for (const domain::ReportMonth& m : reports->months) {
    view.months.push_back(m.month);
    row.cells.push_back(ReportCellOf(app, lang, reports->project.id, m));
  }
  view.rows.push_back(std::move(row));
  view.has_rows = !view.months.empty();
  return RenderPage(app, request, {"project_reports", "monthly.list_title", "programmes"}, view,
                    ChooseLanguage(request), visitor);
}

}  // namespace stegvis::web
