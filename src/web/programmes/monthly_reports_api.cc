// The JSON twins of the monthly report pages (docs/api.md): a project's reports (its months a
// page at a time), one report (pre-filled when not stored), saving and submitting it, the
// programme's grid (its rows a page at a time) and a learning session's material. The same domain
// calls as the pages.

#include <cstdint>
#include <string_view>

#include <boost/json/array.hpp>

#include "domain/monthly_reports.h"
#include "web/http/access_guard.h"
#include "web/programmes/dashboard_json.h"
#include "web/programmes/handlers.h"
#include "web/render/entity_json.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/render/paged_list.h"

namespace stegvis::web {
namespace {

boost::json::object ReportJson(const domain::MonthlyReport& r) {
  return EntityJson(r, {"organisation_id", "updated_at"});
}

boost::json::array MonthsJson(const std::vector<domain::ReportMonth>& months) {
  boost::json::array out;
  for (const domain::ReportMonth& m : months) {
    boost::json::object month{{"month", m.month},
                              {"deadline", m.deadline.ToString()},
                              {"state", domain::ReportStateName(m.state)}};
    if (m.report) month["report"] = ReportJson(*m.report);
    out.push_back(std::move(month));
  }
  return out;
}

boost::json::array RowsJson(const std::vector<domain::ReportRow>& rows) {
  boost::json::array out;
  for (const domain::ReportRow& r : rows) {
    // "id": the row's project, unique per row, by which a programme's rows are paged.
    out.push_back(boost::json::object{{"id", r.project.id},
                                      {"team_id", r.team.id},
                                      {"team", r.team.name},
                                      {"project_id", r.project.id},
                                      {"programme_work_only", r.programme_work_only},
                                      {"months", MonthsJson(r.months)}});
  }
  return out;
}

// A month's "id" in a project's list of months, by which the list is paged: the digits of its
// YYYY-MM, so that 2026-03 is 202603 and the ids follow the months.
std::int64_t MonthId(std::string_view month) {
  std::int64_t id = 0;
  for (char c : month) {
    if (c >= '0' && c <= '9') id = id * 10 + (c - '0');
  }
  return id;
}

std::string Month(const Request& request) {
  return std::string(request.PathParam("month"));
}

}  // namespace

HandlerResult ApiProjectReports(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto page = ReadPageRequest(request);
  if (!page) return core::Fail(page.error());
  auto reports = domain::LoadProjectReports(app.store, app.clock, *visitor.principal(), *id);
  if (!reports) return core::Fail(reports.error());
  boost::json::array months = MonthsJson(reports->months);
  for (boost::json::value& month : months) {
    boost::json::object& m = month.as_object();
    m["id"] = MonthId(m.at("month").as_string());
  }
  return JsonValue(PagedList("months", std::move(months), *page,
                             boost::json::object{{"project_id", reports->project.id},
                                                 {"programme_id", reports->programme.id}}));
}

HandlerResult ApiMonthlyReport(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto page =
      domain::LoadMonthlyReport(app.store, app.clock, *visitor.principal(), *id, Month(request));
  if (!page) return core::Fail(page.error());
  boost::json::array cycles, measures;
  for (const domain::PdsaCycle& c : page->cycles) {
    cycles.push_back(boost::json::object{{"id", c.id}, {"title", c.content.title}});
  }
  for (const domain::MonthlyMeasure& m : page->measures) {
    boost::json::array values;
    for (const domain::Observation& o : m.values) {
      values.push_back(boost::json::object{
          {"group", o.group}, {"value", o.value}, {"denominator", o.denominator}});
    }
    measures.push_back(boost::json::object{{"measure_id", m.measure.id},
                                           {"name", m.measure.name},
                                           {"period", m.period},
                                           {"values", std::move(values)}});
  }
  boost::json::object out = ReportJson(page->report);
  out["deadline"] = page->deadline.ToString();
  out["state"] = domain::ReportStateName(page->state);
  out["may_edit"] = page->may_edit;
  out["cycles"] = std::move(cycles);
  out["measures"] = std::move(measures);
  out["progress_score"] = page->progress ? boost::json::value(page->progress->score_tenths / 10.0)
                                         : boost::json::value(nullptr);
  return JsonValue(out);
}

HandlerResult ApiMonthlyReportUpdate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  domain::MonthlyReport texts;
  texts.version = body.Int("version", kVersions);
  texts.tested = body.Text("tested");
  texts.learned = body.Text("learned");
  texts.support = body.Text("support");
  if (!body.ok()) return body.error();
  auto saved =
      domain::SaveMonthlyReport(app.store, app.clock, *visitor.principal(),
                                ActorOf(visitor, request), *id, Month(request), texts, false);
  if (!saved) return core::Fail(saved.error());
  return JsonValue(ReportJson(*saved));
}

HandlerResult ApiMonthlyReportSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const std::int64_t version = body.Int("version", kVersions);
  if (!body.ok()) return body.error();
  auto submitted =
      domain::SubmitMonthlyReport(app.store, app.clock, *visitor.principal(),
                                  ActorOf(visitor, request), *id, Month(request), version);
  if (!submitted) return core::Fail(submitted.error());
  return JsonValue(ReportJson(*submitted));
}

HandlerResult ApiProgrammeReports(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto page = ReadPageRequest(request);
  if (!page) return core::Fail(page.error());
  auto grid = domain::LoadProgrammeReports(app.store, app.clock, *visitor.principal(), *id);
  if (!grid) return core::Fail(grid.error());
  boost::json::array months;
  for (const std::string& m : grid->months) months.push_back(boost::json::value(m));
  return JsonValue(
      PagedList("rows", RowsJson(grid->rows), *page,
                boost::json::object{{"programme_id", grid->programme.id},
                                    {"months", std::move(months)},
                                    {"missing", grid->missing},
                                    {"teams_outside_your_scope", grid->hidden_teams}}));
}

HandlerResult ApiLearningSession(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto event_id = PathId(request, "event_id");
  if (!event_id) return core::Fail(event_id.error());
  auto s = domain::LoadLearningSession(app.store, *visitor.principal(), *id, *event_id);
  if (!s) return core::Fail(s.error());
  boost::json::object out{
      {"programme_id", s->programme.id}, {"session_id", s->session.id},
      {"title", s->session.title},       {"starts_on", s->session.starts_on},
      {"reports", RowsJson(s->rows)},    {"dashboard", DashboardJson(s->dashboard)}};
  out["action_period_id"] =
      s->action_period ? boost::json::value(s->action_period->id) : boost::json::value(nullptr);
  return JsonValue(out);
}

}  // namespace stegvis::web
