// The JSON twins of the improvement pages under /api/v1/: the same domain calls, validation
// and permission policy as the pages. Documented in docs/api.md.

#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>
#include <limits>

#include "core/clock.h"
#include "domain/audit.h"
#include "domain/measures.h"
#include "domain/projects.h"
#include "domain/teams.h"
#include "io/analysis_writer.h"
#include "stats/verdict.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/improvement/measure_json.h"
#include "web/improvement/measure_view.h"
#include "web/improvement/point_notes_view.h"
#include "web/render/entity_json.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/render/language.h"
#include "web/render/paged_list.h"

namespace stegvis::web {
namespace {

// The most cells one PUT may hold: twenty years of weeks for three groups, and then some.
constexpr std::size_t kMaxObservationRows = 10000;

// The rule sets PUT /api/v1/measures/{id} takes, as its refusal names them.
constexpr std::string_view kRuleSetChoices = "anhoej, ihi, mdc, western-electric";

boost::json::value OptionalId(const std::optional<domain::Id>& id) {
  return id ? boost::json::value(*id) : boost::json::value(nullptr);
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

}  // namespace

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

HandlerResult ApiTeams(const App& app, Request& request, const Visitor& visitor) {
  auto page = ReadPageRequest(request);
  if (!page) return core::Fail(page.error());
  auto teams = domain::ListVisibleTeams(app.store, *visitor.principal());
  if (!teams) return core::Fail(teams.error());
  boost::json::array out;
  for (const domain::TeamDetails& t : *teams) {
    out.push_back(boost::json::object{{"id", t.team.id},
                                      {"name", t.team.name},
                                      {"unit_id", t.team.unit_id},
                                      {"unit", t.unit_name},
                                      {"description", t.team.description},
                                      {"may_change", t.may_change}});
  }
  return JsonValue(PagedList("teams", std::move(out), *page));
}

HandlerResult ApiProjects(const App& app, Request& request, const Visitor& visitor) {
  auto page = ReadPageRequest(request);
  if (!page) return core::Fail(page.error());
  auto projects = domain::ListVisibleProjects(app.store, *visitor.principal());
  if (!projects) return core::Fail(projects.error());
  boost::json::array out;
  for (const domain::ProjectDetails& d : *projects) out.push_back(ProjectJson(d));
  return JsonValue(PagedList("projects", std::move(out), *page));
}

HandlerResult ApiProject(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto d = domain::LoadProject(app.store, *visitor.principal(), *id);
  if (!d) return core::Fail(d.error());
  return JsonValue(ProjectJson(*d));
}

HandlerResult ApiProjectMeasures(const App& app, Request& request, const Visitor& visitor) {
  auto page = ReadPageRequest(request);
  if (!page) return core::Fail(page.error());
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto measures = domain::ListMeasures(app.store, *visitor.principal(), *id);
  if (!measures) return core::Fail(measures.error());
  boost::json::array out;
  for (const domain::Measure& m : *measures) out.push_back(MeasureJson(m));
  return JsonValue(PagedList("measures", std::move(out), *page));
}

HandlerResult ApiObservations(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto d = domain::LoadMeasure(app.store, *visitor.principal(), *id);
  if (!d) return core::Fail(d.error());
  return JsonValue(ObservationsJson(*d));
}

HandlerResult ApiProjectCreate(const App& app, Request& request, const Visitor& visitor) {
  JsonBody body(request);
  domain::Project p;
  p.team_id = body.Int("team_id", kIds, "error.unknown_team");
  p.title = body.Text("title");
  p.problem = body.Text("problem");
  p.programme_id = body.OptionalInt("programme_id", kIds, "error.not_in_programme");
  if (!body.ok()) return body.error();
  // Every wrong field at once, as the page shows them; the save runs only on a sound body.
  if (std::vector<core::Error> errors = domain::ProjectErrors(p); !errors.empty()) {
    return JsonErrors(app, request, errors);
  }
  auto created =
      domain::AddProject(app.store, app.clock, *visitor.principal(), ActorOf(visitor, request), p);
  if (!created) return core::Fail(created.error());
  Response r = JsonValue(boost::json::object{{"id", *created}}, 201);
  r.SetHeader("Location", "/api/v1/projects/" + std::to_string(*created));
  return r;
}

HandlerResult ApiObservationsPut(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const std::int64_t version = body.Int("data_version", kVersions);
  if (!body.Has("observations")) {
    body.Refuse(
        core::Error::Invalid("observations is missing", "observations", "error.json.required"));
  }
  std::vector<domain::CellInput> cells;
  for (JsonFields& row : body.Objects("observations", kMaxObservationRows, "row")) {
    cells.push_back({row.CellText("period"), row.CellText("group"), row.CellText("value"),
                     row.CellText("denominator")});
  }
  if (!body.ok()) return body.error();
  const domain::Principal& principal = *visitor.principal();
  auto saved = domain::SaveObservations(app.store, app.clock, principal,
                                        domain::ActorFor(principal, ClientAddress(request)), *id,
                                        version, cells);
  if (!saved) return core::Fail(saved.error());
  // The grid as this save committed it: reloading after the commit could show another
  // write's data_version.
  boost::json::object out = ObservationsJson(saved->grid);
  out["changed"] = saved->changed;
  return JsonValue(out);
}

HandlerResult ApiMeasure(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto d = domain::LoadMeasure(app.store, *visitor.principal(), *id);
  if (!d) return core::Fail(d.error());
  return JsonValue(MeasureJson(d->measure));
}

namespace {

// The members of a measure's definition a PUT may change (MeasureFromJson's, and two more).
constexpr const char* kDefinitionMembers[] = {
    "name",   "definition",  "kind",     "data_type", "unit",          "frequency",     "direction",
    "target", "target_date", "baseline", "grouping",  "no_sex_reason", "chart_override"};

// A PUT that changes the definition: the members sent on top of the stored measure, saved as
// the page's form saves it (ChangeMeasure, every check of a measure); the analysis settings as
// ApiMeasurePut says.
HandlerResult PutDefinition(const App& app, Request& request, const Visitor& visitor, domain::Id id,
                            JsonBody& body, std::int64_t version) {
  const domain::Principal& principal = *visitor.principal();
  auto details = domain::LoadMeasure(app.store, principal, id);
  if (!details) return core::Fail(details.error());
  const bool analysis = body.Has("rule_set") || body.Has("baseline_points");
  domain::Measure m = MeasureFromJson(body, details->measure);
  for (auto [name, out] : {std::pair<const char*, std::string*>{"baseline", &m.baseline},
                           {"chart_override", &m.chart_override}}) {
    if (auto text = body.OptionalText(name)) *out = std::move(*text);
  }
  if (analysis) {
    if (!body.Has("rule_set")) m.rule_set = stats::RuleSet::kAnhoej;
    const std::optional<std::int64_t> baseline = body.OptionalInt(
        "baseline_points", {std::numeric_limits<int>::min(), std::numeric_limits<int>::max()});
    m.baseline_points = baseline ? std::optional<int>(static_cast<int>(*baseline)) : std::nullopt;
  }
  if (!body.ok()) return body.error();
  m.version = version;
  auto saved = domain::ChangeMeasure(app.store, app.clock, principal,
                                     domain::ActorFor(principal, ClientAddress(request)), m);
  if (!saved) return core::Fail(saved.error());
  auto after = domain::LoadMeasure(app.store, principal, id);
  if (!after) return core::Fail(after.error());
  return JsonValue(MeasureJson(after->measure));
}

}  // namespace

HandlerResult ApiMeasurePut(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const std::int64_t version = body.Int("version", kVersions);
  for (const char* member : kDefinitionMembers) {
    if (body.Has(member)) return PutDefinition(app, request, visitor, *id, body, version);
  }
  // The analysis settings as a whole: an absent member is the default (Anhøj, no baseline).
  const std::string rule_name = body.Text("rule_set");
  const std::optional<stats::RuleSet> rules =
      rule_name.empty() ? stats::RuleSet::kAnhoej : domain::ParseMeasureRuleSet(rule_name);
  if (!rules) body.RefuseChoice("rule_set", kRuleSetChoices);
  // Any whole number that fits: the bounds are the domain's, in its own words.
  const std::optional<std::int64_t> baseline = body.OptionalInt(
      "baseline_points", {std::numeric_limits<int>::min(), std::numeric_limits<int>::max()});
  if (!body.ok()) return body.error();
  const domain::Principal& principal = *visitor.principal();
  auto saved = domain::ChangeMeasureAnalysis(
      app.store, app.clock, principal, domain::ActorFor(principal, ClientAddress(request)), *id,
      version, *rules, baseline ? std::optional<int>(static_cast<int>(*baseline)) : std::nullopt);
  if (!saved) return core::Fail(saved.error());
  return JsonValue(MeasureJson(*saved));
}

HandlerResult ApiAnalysis(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto d = domain::LoadMeasure(app.store, *visitor.principal(), *id);
  if (!d) return core::Fail(d.error());
  const std::string lang = ChooseLanguage(request).lang;
  auto charts = BuildMeasureCharts(app, lang, *d);
  if (!charts) return core::Fail(charts.error());
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
                          {"overridden", a.overridden},
                          {"rule_set", stats::RuleSetName(a.rules)},
                          {"baseline_points", d->measure.baseline_points
                                                  ? boost::json::value(*d->measure.baseline_points)
                                                  : boost::json::value(nullptr)}};
  // How the baseline set each chart's lines (domain::BaselineUse): frozen, or why not.
  boost::json::object lines;
  if (a.total) lines["total"] = domain::BaselineUseName(a.baseline_total);
  if (a.groups) lines["groups"] = domain::BaselineUseName(a.baseline_groups);
  out["baseline_use"] = std::move(lines);
  // The notes on points: exclusions left those periods out of the lines (of the groups' only
  // when both have the same periods).
  // The phases the team started after an adopted change, and the one the data proposes now
  // (POST /api/v1/measures/{id}/phases starts it).
  boost::json::array phases;
  for (const domain::MeasurePhase& p : d->phases) {
    phases.push_back(boost::json::object{
        {"id", p.id},
        {"starts_period", p.starts_period},
        {"cycle_id", p.cycle_id ? boost::json::value(*p.cycle_id) : boost::json::value(nullptr)},
        {"created_at", core::FormatIsoUtc(p.created_at)}});
  }
  out["phases"] = std::move(phases);
  if (const auto& proposal = charts->phase_proposal) {
    out["phase_proposal"] = boost::json::object{{"cycle_id", proposal->cycle_id},
                                                {"number", proposal->number},
                                                {"title", proposal->title},
                                                {"period", proposal->period}};
  } else {
    out["phase_proposal"] = nullptr;
  }
  out["exclusions"] = PointNotesJson(*d, domain::PointNoteKind::kExclusion);
  out["annotations"] = PointNotesJson(*d, domain::PointNoteKind::kAnnotation);
  if (a.groups) out["groups_exclude"] = a.groups_exclude;
  if (a.total) {
    out["total"] = parsed(*a.total);
    out["total_verdict"] = judgement(stats::JudgeSeries(*a.total, a.rules, a.direction));
  }
  if (a.groups) {
    out["groups"] =
        boost::json::object{{"a", a.group_a},
                            {"b", a.group_b},
                            {"analysis_a", parsed(a.groups->group_a)},
                            {"analysis_b", parsed(a.groups->group_b)},
                            {"verdict_a", judgement(a.groups->verdict_a)},
                            {"verdict_b", judgement(a.groups->verdict_b)},
                            {"difference", parsed(a.groups->difference)},
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
