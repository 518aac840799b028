// Programmes (Genombrott): the list, and a programme's page with its aim, calendar of
// learning sessions and action periods, common measures, and the participating teams with
// their measures as small multiples (one small chart per team and measure).

#include "domain/programme_page.h"
#include "chart/chart_svg.h"
#include "chart/groups_input.h"
#include "chart/labels.h"
#include "domain/audit.h"
#include "domain/measure_analysis.h"
#include "domain/programme_setup.h"
#include "domain/programmes.h"
#include "web/goals/goal_links_view.h"
#include "web/http/access_guard.h"
#include "web/pdsa/pdsa_views.h"
#include "web/programmes/handlers.h"
#include "web/programmes/programme_setup_view.h"
#include "web/programmes/programme_view.h"
#include "web/render/chart_words.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

std::string Inline(std::string svg) {
  if (svg.rfind("<?xml", 0) == 0) svg.erase(0, svg.find('\n') + 1);
  return svg;
}

// The chart drawn twice: `options` wide, and for a phone (chart::NarrowOptions), whose text
// stays readable at 360 px; CSS shows one of them by the svg's class.
RawHtml WideAndNarrow(const chart::ChartInput& input, const chart::ChartLabels& labels,
                      const chart::RenderOptions& options) {
  chart::RenderOptions narrow = chart::NarrowOptions(options);
  narrow.css_class = "chart-narrow";
  return RawHtml{Inline(chart::RenderChartSvg(input, labels, options)) +
                 Inline(chart::RenderChartSvg(input, labels, narrow))};
}

// A small chart of one team's measure: women and men when split, else the total, with the
// team's PDSA cycles on it; nothing without data. A long measure name wraps in the chart's
// title. Fails when the engine refuses the data (which validation makes unreachable).
core::Result<RawHtml> SmallMultiple(const App& app, const std::string& lang,
                                    const domain::Measure& m,
                                    const std::vector<domain::Observation>& observations,
                                    const std::vector<domain::CycleMarker>& markers,
                                    const std::string& id) {
  auto analysis = domain::AnalyzeMeasure(m, observations);
  if (!analysis) return core::Fail(analysis.error());
  chart::ChartLabels labels = ChartWords(app.catalogue, lang);
  labels.title = m.name;
  labels.y_axis = m.unit;
  chart::RenderOptions options;
  options.id = id;
  options.width = 420;
  options.panel_height = 160;
  options.gap_panel_height = 80;
  options.css_class = "chart-wide";
  if (analysis->groups) {
    labels.women = app.catalogue.Get(lang, "group." + analysis->group_a + "_label");
    labels.men = app.catalogue.Get(lang, "group." + analysis->group_b + "_label");
    chart::ChartInput input = chart::GroupsInput(*analysis->groups, labels, analysis->rules);
    input.annotations = CycleAnnotations(app, lang, markers);
    return WideAndNarrow(input, labels, options);
  }
  if (!analysis->total) return RawHtml{};
  chart::ChartInput input;
  input.series.push_back({&*analysis->total, ""});
  input.rules = analysis->rules;
  input.annotations = CycleAnnotations(app, lang, markers);
  return WideAndNarrow(input, labels, options);
}

std::vector<ProgrammeItemView> ProgrammeItems(const std::vector<domain::Programme>& programmes) {
  std::vector<ProgrammeItemView> items;
  for (const domain::Programme& p : programmes) {
    items.push_back({p.id, p.name, p.theme, p.starts_on, p.ends_on});
  }
  return items;
}

// The form for a new calendar entry: as typed when it came back refused, else empty with a
// learning session chosen.
NewEventView NewEventOf(const App& app, const std::string& lang, const domain::ProgrammeEvent& e) {
  NewEventView view{{}, e.title, e.starts_on, e.ends_on};
  for (auto kind :
       {domain::ProgrammeEventKind::kLearningSession, domain::ProgrammeEventKind::kActionPeriod}) {
    const std::string name(domain::ProgrammeEventKindName(kind));
    view.kinds.push_back(
        {name, "new-kind-" + name, app.catalogue.Get(lang, "programme." + name), kind == e.kind});
  }
  return view;
}

// The programme's page in `lang`. Fails when a small multiple cannot be drawn.
core::Result<ProgrammeView> ProgrammeViewOf(const App& app, const Request& request,
                                            const Visitor& visitor, const std::string& lang,
                                            const domain::ProgrammePage& page) {
  const domain::ProgrammeDetails& details = page.details;
  const domain::Programme& p = details.programme;
  ProgrammeView view;
  view.id = p.id;
  view.heading = p.name;
  view.theme = p.theme;
  view.aim = p.aim;
  view.starts_on = p.starts_on;
  view.ends_on = p.ends_on;
  view.host_unit = details.host_unit_name.empty()
                       ? app.catalogue.Get(lang, "programme.host_unit_none")
                       : details.host_unit_name;
  view.closed = p.closed;
  view.version = p.version;
  view.may_change = details.may_change;
  view.may_edit = details.may_change && !p.closed;
  for (const domain::ProgrammeEvent& e : details.events) {
    const bool session = e.kind == domain::ProgrammeEventKind::kLearningSession;
    view.events.push_back(
        {view.may_edit ? "/program/" + std::to_string(p.id) + "/kalender/" + std::to_string(e.id)
                       : std::string(),
         e.title,
         app.catalogue.Get(lang,
                           session ? "programme.learning_session" : "programme.action_period"),
         session, e.starts_on == e.ends_on ? e.starts_on : e.starts_on + " – " + e.ends_on,
         session ? "/program/" + std::to_string(p.id) + "/larandeseminarium/" + std::to_string(e.id)
                 : std::string()});
  }
  view.has_events = !view.events.empty();
  for (const domain::Measure& m : details.common_measures) {
    view.common.push_back(
        {view.may_edit ? "/program/" + std::to_string(p.id) + "/matt/" + std::to_string(m.id)
                       : std::string(),
         m.name, m.definition,
         app.catalogue.Get(lang, "measure.kind." + std::string(domain::MeasureKindName(m.kind))),
         m.retired});
  }
  view.has_common = !view.common.empty();
  int chart_no = 0;
  for (const domain::ProgrammeTeam& t : details.teams) {
    ProgrammeTeamView team{t.team.id, !t.programme_work_only, t.team.name, t.unit_name, {}, {}};
    for (std::size_t i = 0; i < t.measures.size(); ++i) {
      const domain::Measure& m = t.measures[i];
      auto svg = SmallMultiple(app, lang, m, t.observations[i], t.cycle_markers[i],
                               "sm" + std::to_string(++chart_no));
      if (!svg) return core::Fail(svg.error());
      team.measures.push_back({m.id, m.name, std::move(*svg)});
    }
    for (const domain::Project& pr : t.projects) team.projects.push_back({pr.id, pr.title});
    view.teams.push_back(std::move(team));
  }
  view.has_teams = !view.teams.empty();
  if (details.hidden_teams > 0) {
    view.hidden_teams = app.catalogue.Format(lang, "programme.hidden_teams",
                                             {{"n", std::to_string(details.hidden_teams)}});
  }
  view.saved = request.Query("sparat").has_value();
  const std::string refused = request.Query("fel").value_or("");
  view.error_team = refused == "team";
  view.new_event = NewEventOf(app, lang, {});
  for (const domain::Team& t : details.other_teams) view.other_teams.push_back({t.id, t.name});
  view.has_other_teams = !view.other_teams.empty();
  view.package = IdeaLinks(page.change_package);
  view.has_package = !view.package.empty();
  for (const domain::TeamOffer& o : page.package_offers) {
    view.package_offers.push_back(
        {o.offer.id, o.idea.title, o.idea.description,
         app.catalogue.Format(lang, "spread.offer_from",
                              {{"team", o.from_team}, {"organisation", o.from_organisation}})});
  }
  view.has_package_offers = !view.package_offers.empty();
  if (refused == "ide") view.error_idea_title = app.catalogue.Get(lang, "error.required");
  view.goal_links = RenderGoalLinks(
      app, lang,
      GoalLinksBlock(app, lang, page.goals, 2, visitor.csrf_token, request.Query("malfel")));
  return view;
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
  auto programmes = domain::ListProgrammes(app.store, *visitor.principal());
  if (!programmes) return core::Fail(programmes.error());
  ProgrammesView view;
  view.programmes = ProgrammeItems(*programmes);
  view.has_programmes = !view.programmes.empty();
  view.may_create = domain::MayCreateProgramme(*visitor.principal());
  return RenderPage(app, request, {"programmes", "programmes.title", "programmes"}, view,
                    ChooseLanguage(request), visitor);
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
  if (!programmes) return core::Fail(programmes.error());
  ProgrammesView view;
  view.programmes = ProgrammeItems(*programmes);
  view.has_programmes = !view.programmes.empty();
  view.may_create = true;
  view.new_programme = NewProgrammeView{p.name, p.theme, p.aim, p.starts_on, p.ends_on};
  const FormErrorView error = FormErrorOf(app, language.lang, created.error());
  for (auto [name, member] : {std::pair{"name", &ProgrammesView::error_name},
                              {"starts_on", &ProgrammesView::error_starts_on},
                              {"ends_on", &ProgrammesView::error_ends_on}}) {
    if (error.field == name) view.*member = error.text;
  }
  view.errors.push_back(error);
  view.has_errors = true;
  return RenderPage(app, request, {"programmes", "programmes.title", "programmes", 422}, view,
                    language, visitor);
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
  auto added = domain::AddProgrammeEventTo(
      app.store, app.clock, principal, domain::ActorFor(principal, ClientAddress(request)), *id, e);
  if (added) return Response::Redirect("/program/" + std::to_string(*id) + "?sparat=1#kalender");
  if (added.error().code != core::ErrorCode::kInvalidInput) return core::Fail(added.error());
  // The page again with the entry as typed and everything wrong with it at once.
  const LanguageChoice language = ChooseLanguage(request);
  auto page = domain::LoadProgrammePage(app.store, principal, *id);
  if (!page) return core::Fail(page.error());
  auto view = ProgrammeViewOf(app, request, visitor, language.lang, *page);
  if (!view) return core::Fail(view.error());
  view->new_event = NewEventOf(app, language.lang, e);
  SetFormError(*view, ProgrammeFormError(app, language.lang, added.error()));
  for (const core::Error& more : domain::ProgrammeEventErrors(e, page->details.programme)) {
    if (more.field != added.error().field) {
      SetFormError(*view, ProgrammeFormError(app, language.lang, more));
    }
  }
  return RenderPage(app, request, {"programme", "programme.title", "programmes", 422}, *view,
                    language, visitor);
}

HandlerResult ProgrammePage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const LanguageChoice language = ChooseLanguage(request);
  auto page = domain::LoadProgrammePage(app.store, *visitor.principal(), *id);
  if (!page) return core::Fail(page.error());
  auto view = ProgrammeViewOf(app, request, visitor, language.lang, *page);
  if (!view) return core::Fail(view.error());
  return RenderPage(app, request, {"programme", "programme.title", "programmes"}, *view, language,
                    visitor);
}

}  // namespace stegvis::web
