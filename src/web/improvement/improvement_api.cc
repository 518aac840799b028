// The JSON twins of the improvement pages under /api/v1/: the same domain calls, validation
// and permission policy as the pages. Documented in docs/api.md.

#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>

#include "domain/audit.h"
#include "domain/measures.h"
#include "domain/programmes.h"
#include "domain/projects.h"
#include "domain/teams.h"
#include "io/analysis_writer.h"
#include "stats/verdict.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/improvement/measure_view.h"
#include "web/render/entity_json.h"
#include "web/render/forms.h"
#include "web/render/json_response.h"
#include "web/render/language.h"

namespace stegvis::web {
namespace {

boost::json::value OptionalId(const std::optional<domain::Id>& id) {
  return id ? boost::json::value(*id) : boost::json::value(nullptr);
}

boost::json::object ProgrammeJson(const domain::Programme& p) {
  return EntityJson(p, {"updated_at", "updated_by"});
}

boost::json::object ProjectJson(const domain::ProjectDetails& d) {
  const domain::Project& p = d.project;
  boost::json::array groups;
  for (auto [on, name] : {std::pair{p.aim_groups.women, "women"},
                          {p.aim_groups.men, "men"},
                          {p.aim_groups.girls, "girls"},
                          {p.aim_groups.boys, "boys"}}) {
    if (on) groups.push_back(boost::json::string(name));
  }
  boost::json::array scores;
  for (const domain::ProgressScore& s : d.scores) {
    scores.push_back(boost::json::object{{"score", s.score_tenths / 10.0},
                                         {"set_on", s.set_on},
                                         {"note", s.note},
                                         {"set_by", s.set_by}});
  }
  return {{"id", p.id},
          {"team_id", p.team_id},
          {"programme_id", OptionalId(p.programme_id)},
          {"title", p.title},
          {"problem", p.problem},
          {"aim", boost::json::object{{"what", p.aim_what},
                                      {"how_much", p.aim_how_much},
                                      {"by_when", p.aim_by_when},
                                      {"for_whom", p.aim_for_whom},
                                      {"groups", std::move(groups)}}},
          {"status", domain::ProjectStatusName(p.status)},
          {"progress_scores", std::move(scores)},
          {"version", p.version},
          {"updated_at", core::FormatIsoUtc(p.updated_at)},
          {"updated_by", p.updated_by}};
}

boost::json::object ObservationsJson(const domain::MeasureDetails& d) {
  boost::json::array rows;
  for (const domain::Observation& o : d.observations) {
    boost::json::object row{{"period", o.period}, {"group", o.group}, {"value", o.value}};
    if (domain::HasDenominator(d.measure.data_type)) row["denominator"] = o.denominator;
    rows.push_back(std::move(row));
  }
  return {{"measure_id", d.measure.id},
          {"data_version", d.measure.data_version},
          {"updated_at", d.measure.data_updated_at
                             ? boost::json::value(core::FormatIsoUtc(d.measure.data_updated_at))
                             : boost::json::value(nullptr)},
          {"updated_by", d.measure.data_updated_by},
          {"observations", std::move(rows)}};
}

std::string Text(const boost::json::object& o, const char* key) {
  const boost::json::value* v = o.if_contains(key);
  if (!v) return {};
  if (v->is_string()) return std::string(v->as_string());
  if (v->is_int64()) return std::to_string(v->as_int64());
  if (v->is_uint64()) return std::to_string(v->as_uint64());
  if (v->is_double()) return io::JsonNumber(v->as_double());
  return {};
}

}  // namespace

Response ApiProgrammes(const App& app, Request& request, const Visitor& visitor) {
  auto list = domain::ListProgrammes(app.store, *visitor.principal());
  if (!list) return JsonError(app, request, list.error());
  boost::json::array out;
  for (const domain::Programme& p : *list) out.push_back(ProgrammeJson(p));
  return JsonValue(boost::json::object{{"programmes", std::move(out)}});
}

Response ApiProgramme(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, core::Error::NotFound("no such programme"));
  auto d = domain::LoadProgramme(app.store, *visitor.principal(), *id);
  if (!d) return JsonError(app, request, d.error());
  boost::json::object out = ProgrammeJson(d->programme);
  boost::json::array events, common, teams;
  for (const domain::ProgrammeEvent& e : d->events) {
    events.push_back(EntityJson(e, {"id", "programme_id"}));
  }
  for (const domain::Measure& m : d->common_measures) common.push_back(MeasureJson(m));
  for (const domain::ProgrammeTeam& t : d->teams) {
    boost::json::array projects, measures;
    for (const domain::Project& p : t.projects) projects.push_back(boost::json::value(p.id));
    for (const domain::Measure& m : t.measures) measures.push_back(boost::json::value(m.id));
    teams.push_back(boost::json::object{{"id", t.team.id},
                                        {"name", t.team.name},
                                        {"unit", t.unit_name},
                                        {"project_ids", std::move(projects)},
                                        {"measure_ids", std::move(measures)}});
  }
  out["calendar"] = std::move(events);
  out["common_measures"] = std::move(common);
  out["teams"] = std::move(teams);
  out["teams_outside_your_scope"] = d->hidden_teams;
  return JsonValue(out);
}

Response ApiTeams(const App& app, Request& request, const Visitor& visitor) {
  auto teams = domain::ListVisibleTeams(app.store, *visitor.principal());
  if (!teams) return JsonError(app, request, teams.error());
  boost::json::array out;
  for (const domain::TeamDetails& t : *teams) {
    out.push_back(boost::json::object{{"id", t.team.id},
                                      {"name", t.team.name},
                                      {"unit_id", t.team.unit_id},
                                      {"unit", t.unit_name},
                                      {"description", t.team.description},
                                      {"may_change", t.may_change}});
  }
  return JsonValue(boost::json::object{{"teams", std::move(out)}});
}

Response ApiProjects(const App& app, Request& request, const Visitor& visitor) {
  auto projects = domain::ListVisibleProjects(app.store, *visitor.principal());
  if (!projects) return JsonError(app, request, projects.error());
  boost::json::array out;
  for (const domain::ProjectDetails& d : *projects) out.push_back(ProjectJson(d));
  return JsonValue(boost::json::object{{"projects", std::move(out)}});
}

Response ApiProject(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, core::Error::NotFound("no such project"));
  auto d = domain::LoadProject(app.store, *visitor.principal(), *id);
  if (!d) return JsonError(app, request, d.error());
  return JsonValue(ProjectJson(*d));
}

Response ApiProjectMeasures(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, core::Error::NotFound("no such project"));
  auto measures = domain::ListMeasures(app.store, *visitor.principal(), *id);
  if (!measures) return JsonError(app, request, measures.error());
  boost::json::array out;
  for (const domain::Measure& m : *measures) out.push_back(MeasureJson(m));
  return JsonValue(boost::json::object{{"measures", std::move(out)}});
}

Response ApiObservations(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, core::Error::NotFound("no such measure"));
  auto d = domain::LoadMeasure(app.store, *visitor.principal(), *id);
  if (!d) return JsonError(app, request, d.error());
  return JsonValue(ObservationsJson(*d));
}

Response ApiObservationsPut(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, core::Error::NotFound("no such measure"));
  boost::system::error_code ec;
  boost::json::value body = boost::json::parse(request.body, ec);
  const boost::json::object* o = !ec && body.is_object() ? &body.as_object() : nullptr;
  const boost::json::value* rows = o ? o->if_contains("observations") : nullptr;
  const boost::json::value* version = o ? o->if_contains("data_version") : nullptr;
  if (!rows || !rows->is_array() || !version || !version->is_int64()) {
    return JsonError(app, request,
                     core::Error::Invalid("expected {\"data_version\": N, \"observations\": [...]}",
                                          "body", "error.bad_json"));
  }
  std::vector<domain::CellInput> cells;
  for (const boost::json::value& row : rows->as_array()) {
    if (!row.is_object()) {
      return JsonError(
          app, request,
          core::Error::Invalid("each observation is an object",
                               "row " + std::to_string(cells.size() + 1), "error.bad_json"));
    }
    const boost::json::object& r = row.as_object();
    cells.push_back(
        {Text(r, "period"), Text(r, "group"), Text(r, "value"), Text(r, "denominator")});
  }
  const domain::Principal& principal = *visitor.principal();
  auto saved = domain::SaveObservations(app.store, app.clock, principal,
                                        domain::ActorFor(principal, ClientAddress(request)), *id,
                                        version->as_int64(), cells);
  if (!saved) return JsonError(app, request, saved.error());
  auto d = domain::LoadMeasure(app.store, principal, *id);
  if (!d) return JsonError(app, request, d.error());
  boost::json::object out = ObservationsJson(*d);
  out["changed"] = saved->changed;
  return JsonValue(out);
}

Response ApiAnalysis(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, core::Error::NotFound("no such measure"));
  auto d = domain::LoadMeasure(app.store, *visitor.principal(), *id);
  if (!d) return JsonError(app, request, d.error());
  const std::string lang = ChooseLanguage(request).lang;
  auto charts = BuildMeasureCharts(app, lang, *d);
  if (!charts) return JsonError(app, request, charts.error());
  const domain::MeasureAnalysis& a = charts->analysis;
  auto parsed = [](const stats::Analysis& analysis) {
    return boost::json::parse(io::AnalysisToJson(analysis));
  };
  auto judgement = [](const stats::Judgement& j) {
    return boost::json::string(stats::SeriesVerdictName(j.verdict));
  };
  boost::json::object out{{"measure", MeasureJson(d->measure)},
                          {"recommended_chart", stats::ChartTypeName(a.recommended.chart)},
                          {"reason", stats::ChoiceReasonName(a.recommended.reason)},
                          {"chart", stats::ChartTypeName(a.chart)},
                          {"overridden", a.overridden}};
  if (a.total) {
    out["total"] = parsed(*a.total);
    out["total_verdict"] =
        judgement(stats::JudgeSeries(*a.total, stats::RuleSet::kAnhoej, a.direction));
  }
  if (a.groups) {
    out["groups"] =
        boost::json::object{{"a", a.group_a},
                            {"b", a.group_b},
                            {"analysis_a", parsed(a.groups->group_a)},
                            {"analysis_b", parsed(a.groups->group_b)},
                            {"verdict_a", judgement(a.groups->verdict_a)},
                            {"verdict_b", judgement(a.groups->verdict_b)},
                            {"gap", parsed(a.groups->gap)},
                            {"gap_verdict", stats::GapVerdictName(a.groups->gap_verdict)}};
  }
  boost::json::array words;
  for (const std::string& v : charts->verdicts) words.push_back(boost::json::string(v));
  out["verdict_text"] = std::move(words);
  boost::json::array hits;
  for (const RuleHit& h : charts->hits) {
    boost::json::array rules;
    for (const std::string& r : h.rules) rules.push_back(boost::json::string(r));
    hits.push_back(boost::json::object{{"series", h.series},
                                       {"period", h.period},
                                       {"rules", std::move(rules)},
                                       {"text", h.words}});
  }
  out["signals"] = std::move(hits);
  return JsonValue(out);
}

}  // namespace stegvis::web
