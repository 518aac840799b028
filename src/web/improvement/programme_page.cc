// Programmes (Genombrott): the list, and a programme's page with its aim, calendar of
// learning sessions and action periods, common measures, and the participating teams with
// their measures as small multiples (one small chart per team and measure).

#include <boost/json/array.hpp>

#include "chart/chart_svg.h"
#include "chart/groups_input.h"
#include "chart/labels.h"
#include "domain/audit.h"
#include "domain/measure_analysis.h"
#include "domain/programmes.h"
#include "web/goals/goal_views.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/pdsa/handlers.h"
#include "web/pdsa/pdsa_views.h"
#include "web/render/chart_words.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

std::string Inline(std::string svg) {
  if (svg.rfind("<?xml", 0) == 0) svg.erase(0, svg.find('\n') + 1);
  return svg;
}

// A small chart of one team's measure: women and men when split, else the total, with the
// team's PDSA cycles on it. A long measure name wraps in the chart's title.
std::string SmallMultiple(const App& app, const std::string& lang, const domain::Measure& m,
                          const std::vector<domain::Observation>& observations,
                          const std::vector<domain::CycleMarker>& markers, const std::string& id) {
  auto analysis = domain::AnalyzeMeasure(m, observations);
  if (!analysis) return {};
  chart::ChartLabels labels = ChartWords(app.catalogue, lang);
  labels.title = m.name;
  labels.y_axis = m.unit;
  chart::RenderOptions options;
  options.id = id;
  options.width = 420;
  options.panel_height = 160;
  options.gap_panel_height = 80;
  if (analysis->groups) {
    labels.women = app.catalogue.Get(lang, "group." + analysis->group_a + "_label");
    labels.men = app.catalogue.Get(lang, "group." + analysis->group_b + "_label");
    chart::ChartInput input = chart::GroupsInput(*analysis->groups, labels);
    input.annotations = CycleAnnotations(app, lang, markers);
    return Inline(chart::RenderChartSvg(input, labels, options));
  }
  if (!analysis->total) return {};
  chart::ChartInput input;
  input.series.push_back({&*analysis->total, ""});
  input.annotations = CycleAnnotations(app, lang, markers);
  return Inline(chart::RenderChartSvg(input, labels, options));
}

// Back to the programme's page: "saved", or the form `form` marked wrong (its words are on the
// page); other refusals are the error page.
HandlerResult AfterChange(domain::Id id, const core::Result<void>& done, std::string_view form) {
  if (done) return Response::Redirect("/program/" + std::to_string(id) + "?sparat=1");
  if (done.error().code != core::ErrorCode::kInvalidInput) return core::Fail(done.error());
  return Response::Redirect("/program/" + std::to_string(id) + "?fel=" + std::string(form) +
                            "#andra");
}

}  // namespace

HandlerResult ProgrammesPage(const App& app, Request& request, const Visitor& visitor) {
  const LanguageChoice language = ChooseLanguage(request);
  auto programmes = domain::ListProgrammes(app.store, *visitor.principal());
  if (!programmes) return core::Fail(programmes.error());
  boost::json::array list;
  for (const domain::Programme& p : *programmes) {
    list.push_back(boost::json::object{{"id", p.id},
                                       {"name", p.name},
                                       {"theme", p.theme},
                                       {"starts_on", p.starts_on},
                                       {"ends_on", p.ends_on}});
  }
  boost::json::object view{{"has_programmes", !list.empty()},
                           {"programmes", std::move(list)},
                           {"may_create", domain::MayCreateProgramme(*visitor.principal())}};
  return RenderPage(app, request, {"programmes", "programmes.title", "programmes"}, std::move(view),
                    language, visitor);
}

HandlerResult ProgrammeCreate(const App& app, Request& request, const Visitor& visitor) {
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::Programme p;
  p.name = form.Get("name");
  p.theme = form.Get("theme");
  p.aim = form.Get("aim");
  p.starts_on = form.Get("starts_on");
  p.ends_on = form.Get("ends_on");
  auto created = domain::AddProgramme(app.store, app.clock, principal,
                                      domain::ActorFor(principal, ClientAddress(request)), p, {});
  if (created) return Response::Redirect("/program/" + std::to_string(*created));
  if (created.error().code != core::ErrorCode::kInvalidInput) {
    return core::Fail(created.error());
  }
  const LanguageChoice language = ChooseLanguage(request);
  auto programmes = domain::ListProgrammes(app.store, principal);
  boost::json::array list;
  if (programmes) {
    for (const domain::Programme& existing : *programmes) {
      list.push_back(boost::json::object{{"id", existing.id},
                                         {"name", existing.name},
                                         {"theme", existing.theme},
                                         {"starts_on", existing.starts_on},
                                         {"ends_on", existing.ends_on}});
    }
  }
  boost::json::object view{{"has_programmes", !list.empty()},
                           {"programmes", std::move(list)},
                           {"may_create", true},
                           {"new", boost::json::object{{"name", p.name},
                                                       {"theme", p.theme},
                                                       {"aim", p.aim},
                                                       {"starts_on", p.starts_on},
                                                       {"ends_on", p.ends_on}}}};
  AddFormError(view, app, language.lang, created.error());
  return RenderPage(app, request, {"programmes", "programmes.title", "programmes", 422},
                    std::move(view), language, visitor);
}

HandlerResult ProgrammeTeamAdd(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  std::optional<domain::Id> team = ParseId(Form(request).Get("team_id"));
  auto done = domain::AddTeamToProgramme(app.store, app.clock, principal,
                                         domain::ActorFor(principal, ClientAddress(request)), *id,
                                         team.value_or(0));
  return AfterChange(*id, done, "team");
}

HandlerResult ProgrammeEventAdd(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::ProgrammeEvent e;
  e.kind = domain::ParseProgrammeEventKind(form.Get("kind"))
               .value_or(domain::ProgrammeEventKind::kLearningSession);
  e.title = form.Get("title");
  e.starts_on = form.Get("starts_on");
  e.ends_on = form.Get("ends_on");
  auto done = domain::AddProgrammeEventTo(
      app.store, app.clock, principal, domain::ActorFor(principal, ClientAddress(request)), *id, e);
  return AfterChange(*id, done, "kalender");
}

HandlerResult ProgrammePage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  const domain::Principal& principal = *visitor.principal();
  auto details = domain::LoadProgramme(app.store, principal, *id);
  if (!details) return core::Fail(details.error());
  const domain::Programme& p = details->programme;
  boost::json::object view{{"id", p.id},   {"heading", p.name},        {"theme", p.theme},
                           {"aim", p.aim}, {"starts_on", p.starts_on}, {"ends_on", p.ends_on}};
  boost::json::array events;
  for (const domain::ProgrammeEvent& e : details->events) {
    const bool session = e.kind == domain::ProgrammeEventKind::kLearningSession;
    events.push_back(boost::json::object{
        {"title", e.title},
        {"kind", app.catalogue.Get(
                     lang, session ? "programme.learning_session" : "programme.action_period")},
        {"session", session},
        {"dates", e.starts_on == e.ends_on ? e.starts_on : e.starts_on + " – " + e.ends_on}});
  }
  view["has_events"] = !events.empty();
  view["events"] = std::move(events);
  boost::json::array common;
  for (const domain::Measure& m : details->common_measures) {
    common.push_back(boost::json::object{
        {"name", m.name},
        {"definition", m.definition},
        {"kind",
         app.catalogue.Get(lang, "measure.kind." + std::string(domain::MeasureKindName(m.kind)))}});
  }
  view["has_common"] = !common.empty();
  view["common"] = std::move(common);
  boost::json::array teams;
  int chart_no = 0;
  for (const domain::ProgrammeTeam& t : details->teams) {
    boost::json::array measures;
    for (std::size_t i = 0; i < t.measures.size(); ++i) {
      const domain::Measure& m = t.measures[i];
      measures.push_back(boost::json::object{
          {"id", m.id},
          {"name", m.name},
          {"svg", SmallMultiple(app, lang, m, t.observations[i], t.cycle_markers[i],
                                "sm" + std::to_string(++chart_no))}});
    }
    boost::json::array projects;
    for (const domain::Project& pr : t.projects) {
      projects.push_back(boost::json::object{{"id", pr.id}, {"title", pr.title}});
    }
    teams.push_back(boost::json::object{{"id", t.team.id},
                                        {"name", t.team.name},
                                        {"unit", t.unit_name},
                                        {"projects", std::move(projects)},
                                        {"measures", std::move(measures)}});
  }
  view["has_teams"] = !teams.empty();
  view["teams"] = std::move(teams);
  if (details->hidden_teams > 0) {
    view["hidden_teams"] = app.catalogue.Format(lang, "programme.hidden_teams",
                                                {{"n", std::to_string(details->hidden_teams)}});
  }
  view["may_change"] = details->may_change;
  view["saved"] = request.Query("sparat").has_value();
  view["error_team"] = request.Query("fel").value_or("") == "team";
  view["error_event"] = request.Query("fel").value_or("") == "kalender";
  boost::json::array others;
  for (const domain::Team& t : details->other_teams) {
    others.push_back(boost::json::object{{"id", t.id}, {"name", t.name}});
  }
  view["has_other_teams"] = !others.empty();
  view["other_teams"] = std::move(others);
  AddChangePackage(app, lang, principal, *id, request.Query("fel").value_or("") == "ide", view);
  AddGoalLinksBlock(app, request, visitor, domain::GoalObject::kProgramme, *id, 2, view);
  return RenderPage(app, request, {"programme", "programme.title", "programmes"}, std::move(view),
                    language, visitor);
}

}  // namespace stegvis::web
