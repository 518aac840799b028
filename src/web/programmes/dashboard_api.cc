// The dashboard's JSON twin and the funnel plots across the teams (docs/api.md).

#include <boost/json/array.hpp>

#include "chart/funnel_svg.h"
#include "chart/labels.h"
#include "domain/programme_dashboard.h"
#include "web/http/access_guard.h"
#include "web/programmes/dashboard_cells.h"
#include "web/programmes/dashboard_json.h"
#include "web/programmes/handlers.h"
#include "web/render/chart_words.h"
#include "web/render/forms.h"
#include "web/render/image_download.h"
#include "web/render/json_response.h"
#include "web/render/language.h"

namespace stegvis::web {
namespace {

boost::json::value Nullable(const std::optional<double>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}

boost::json::object CellJson(const domain::DashboardCell& c) {
  return {{"definition_id", c.definition_id},
          {"measure_id", c.measure_id ? boost::json::value(*c.measure_id) : nullptr},
          {"period", c.period.empty() ? boost::json::value(nullptr) : boost::json::value(c.period)},
          {"women", Nullable(c.women)},
          {"men", Nullable(c.men)},
          {"total", Nullable(c.total)},
          {"gap", Nullable(c.gap)},
          {"variation", domain::VariationName(c.variation)},
          {"assurance", domain::AssuranceName(c.assurance)},
          {"missing_last_period", c.missing_last_period}};
}

boost::json::object TeamJson(const domain::DashboardTeam& t) {
  boost::json::array measures;
  for (const domain::DashboardCell& c : t.cells) measures.push_back(CellJson(c));
  boost::json::object out{{"team_id", t.team.id},
                          {"name", t.team.name},
                          {"programme_work_only", t.programme_work_only},
                          {"unit", t.unit_name},
                          {"organisation", t.organisation_name},
                          {"measures", std::move(measures)}};
  out["progress_score"] =
      t.progress ? boost::json::value(t.progress->score_tenths / 10.0) : nullptr;
  out["previous_progress_score"] = t.progress && t.progress->previous_tenths
                                       ? boost::json::value(*t.progress->previous_tenths / 10.0)
                                       : nullptr;
  boost::json::array alerts;
  for (const domain::SustainAlert& a : t.sustain_alerts) {
    boost::json::array rules;
    for (const std::string& r : a.rules) rules.push_back(boost::json::string(r));
    alerts.push_back(boost::json::object{{"project_id", a.project_id},
                                         {"measure_id", a.measure_id},
                                         {"period", a.period},
                                         {"rules", std::move(rules)}});
  }
  out["sustain_alerts"] = std::move(alerts);
  if (t.cycles_per_period) {
    boost::json::array cycles;
    for (int n : *t.cycles_per_period) cycles.push_back(n);
    out["cycles_per_action_period"] = std::move(cycles);
  } else {
    out["cycles_per_action_period"] = nullptr;
  }
  return out;
}

}  // namespace

boost::json::object DashboardJson(const domain::ProgrammeDashboard& d) {
  boost::json::array definitions, periods, teams;
  for (std::size_t i = 0; i < d.definitions.size(); ++i) {
    const domain::Measure& m = d.definitions[i];
    definitions.push_back(
        boost::json::object{{"id", m.id},
                            {"name", m.name},
                            {"unit", m.unit},
                            {"data_type", stats::DataTypeName(m.data_type)},
                            {"last_complete_period", d.last_complete_periods[i]}});
  }
  for (const domain::ProgrammeEvent& e : d.action_periods) {
    periods.push_back(boost::json::object{
        {"id", e.id}, {"title", e.title}, {"starts_on", e.starts_on}, {"ends_on", e.ends_on}});
  }
  for (const domain::DashboardTeam& t : d.teams) teams.push_back(TeamJson(t));
  return boost::json::object{
      {"programme_id", d.programme.id},       {"definitions", std::move(definitions)},
      {"action_periods", std::move(periods)}, {"teams", std::move(teams)},
      {"hidden_teams", d.hidden_teams},       {"missing_reports", d.missing_reports}};
}

HandlerResult ApiProgrammeDashboard(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto d = domain::LoadProgrammeDashboard(app.store, app.clock, *visitor.principal(), *id);
  if (!d) return core::Fail(d.error());
  return JsonValue(DashboardJson(*d));
}

namespace {

// The funnel plots the request names, as the visitor may see them, downloaded as `format`.
HandlerResult FunnelDownload(const App& app, Request& request, const Visitor& visitor,
                             ImageFormat format) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto definition_id = PathId(request, "definition_id");
  if (!definition_id) return core::Fail(definition_id.error());
  auto f = domain::LoadProgrammeFunnel(app.store, *visitor.principal(), *id, *definition_id);
  if (!f) return core::Fail(f.error());
  auto download = ImageDownload(FunnelSvg(app, ChooseLanguage(request).lang, *f), format,
                                "tratt-" + std::to_string(*definition_id), app.image_gate);
  if (!download) return core::Fail(download.error());
  return std::move(*download);
}

}  // namespace

HandlerResult ApiProgrammeFunnelSvg(const App& app, Request& request, const Visitor& visitor) {
  return FunnelDownload(app, request, visitor, ImageFormat::kSvg);
}

HandlerResult ApiProgrammeFunnelPng(const App& app, Request& request, const Visitor& visitor) {
  return FunnelDownload(app, request, visitor, ImageFormat::kPng);
}

}  // namespace stegvis::web
