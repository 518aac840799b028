// The report to the nämnd: GET /enhet/{id}/rapport?period=2026-T2 (the page, printable as the
// improvement story is) and GET /api/v1/units/{id}/report?period=2026-T2 (the same content
// as data, docs/api.md). Both ask the domain one question (domain::LoadUnitReport) for the
// period the query names, or the last complete tertial.

#include <boost/json/array.hpp>

#include "domain/goals.h"
#include "domain/unit_report.h"
#include "web/goals/goal_views.h"
#include "web/pdsa/pdsa_views.h"
#include "web/render/forms.h"
#include "web/render/json_response.h"
#include "web/render/language.h"
#include "web/render/page.h"
#include "web/site/handlers.h"
#include "web/site/unit_report_view.h"

namespace stegvis::web {
namespace {

core::Date Today(const App& app) {
  return core::Date::FromUnixSeconds(app.clock.NowUnixSeconds());
}

boost::json::array Texts(const std::vector<std::string>& texts) {
  boost::json::array out;
  for (const std::string& t : texts) out.push_back(boost::json::string(t));
  return out;
}

boost::json::value Number(const std::optional<double>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}

boost::json::object ReportMeasureJson(const App& app, const std::string& lang,
                                      const domain::ReportMeasure& m) {
  const domain::MeasureDetails& d = m.details;
  boost::json::array signals, words;
  for (const domain::GroupSignal& s : m.signals) {
    signals.push_back({{"group", s.group},
                       {"kind", stats::SignalKindName(s.kind)},
                       {"type", stats::PointTypeName(s.type)},
                       {"periods", Texts(s.periods)}});
    words.push_back(boost::json::string(SignalWords(app, lang, s)));
  }
  boost::json::value change = nullptr;
  if (m.GapNarrowed() || m.GapWidened()) {
    change = m.GapNarrowed() ? "narrowed" : "widened";
    words.push_back(boost::json::string(GapWords(app, lang, m)));
  }
  const std::string base = "/api/v1/measures/" + std::to_string(d.measure.id);
  return {
      {"id", d.measure.id},
      {"name", d.measure.name},
      {"project_id", d.project.id},
      {"project", d.project.title},
      {"team", d.team.name},
      {"first_period", m.first_period},
      {"last_period", m.last_period},
      {"signals", std::move(signals)},
      {"gap",
       {{"change", change},
        {"verdict_before", m.gap_before ? boost::json::value(stats::GapVerdictName(*m.gap_before))
                                        : boost::json::value(nullptr)},
        {"verdict_end", stats::GapVerdictName(m.gap_end)},
        {"value_before", Number(m.gap_value_before)},
        {"value_end", Number(m.gap_value_end)}}},
      {"words", std::move(words)},
      {"analysis", base + "/analysis"}};
}

boost::json::array CyclesJson(const std::vector<domain::ReportCycle>& cycles) {
  boost::json::array out;
  for (const domain::ReportCycle& c : cycles) {
    boost::json::object cycle = CycleJson(c.cycle);
    cycle["project_title"] = c.project_title;
    cycle["team"] = c.team_name;
    cycle["decided_on"] = c.decided_on;
    out.push_back(std::move(cycle));
  }
  return out;
}

boost::json::array GoalsJson(const std::string& lang,
                             const std::vector<domain::GoalCoverage>& goals) {
  boost::json::array out;
  for (const domain::GoalCoverage& g : goals) {
    out.push_back({{"id", g.entry.id},
                   {"reference", domain::GoalReference(g.entry)},
                   {"title", domain::GoalTitle(g.entry, lang)},
                   {"programmes", g.programmes},
                   {"projects", g.projects},
                   {"pdsa_cycles", g.cycles},
                   {"measures", g.measures}});
  }
  return out;
}

boost::json::object ReportJson(const App& app, const std::string& lang,
                               const domain::UnitReport& r) {
  boost::json::array projects, programmes, measures;
  for (const domain::ReportProject& p : r.projects) {
    projects.push_back({{"id", p.project.id},
                        {"title", p.project.title},
                        {"status", domain::ProjectStatusName(p.project.status)},
                        {"team", p.team_name}});
  }
  for (const domain::ReportProgramme& p : r.programmes) {
    programmes.push_back({{"id", p.programme.id},
                          {"name", p.programme.name},
                          {"closed", p.programme.closed},
                          {"teams", Texts(p.team_names)}});
  }
  for (const domain::ReportMeasure& m : r.measures)
    measures.push_back(ReportMeasureJson(app, lang, m));
  return {{"unit", {{"id", r.unit.id}, {"name", r.unit.name}}},
          {"language", lang},
          {"period",
           {{"code", r.period.Code()},
            {"first_day", r.period.first.ToString()},
            {"last_day", r.period.last.ToString()},
            {"label", ReportPeriodWords(app, lang, r.period)}}},
          {"projects", std::move(projects)},
          {"programmes", std::move(programmes)},
          {"measures", std::move(measures)},
          {"pdsa_cycles",
           {{"adopted", CyclesJson(r.adopted)},
            {"adapted", CyclesJson(r.adapted)},
            {"abandoned", CyclesJson(r.abandoned)}}},
          {"goals",
           {{"addressed", GoalsJson(lang, r.goals_addressed)},
            {"not_addressed", GoalsJson(lang, r.goals_unaddressed)}}}};
}

}  // namespace

HandlerResult UnitReportPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const core::Date today = Today(app);
  auto period = RequestedPeriod(request, today);
  if (!period) return core::Fail(period.error());
  auto report = domain::LoadUnitReport(app.store, *visitor.principal(), *id, *period);
  if (!report) return core::Fail(report.error());
  const LanguageChoice language = ChooseLanguage(request);
  auto view = MakeUnitReportView(app, language.lang, *report, today);
  if (!view) return core::Fail(view.error());
  return RenderPage(app, request, {"unit_report", "unitreport.title", ""}, *view, language,
                    visitor);
}

HandlerResult ApiUnitReport(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto period = RequestedPeriod(request, Today(app));
  if (!period) return JsonErrors(app, request, {period.error()});
  auto report = domain::LoadUnitReport(app.store, *visitor.principal(), *id, *period);
  if (!report) return core::Fail(report.error());
  return JsonValue(ReportJson(app, ChooseLanguage(request).lang, *report));
}

}  // namespace stegvis::web
