// The start page: what waits for the user now, the user's teams and the organisation's units,
// with links to a unit's self-assessments and reflection notes where the user may open them.

#include <map>

#include "chart/period_labels.h"
#include "domain/home_page.h"
#include "web/improvement/sustain_plan_view.h"
#include "web/render/page.h"
#include "web/site/handlers.h"

namespace stegvis::web {
namespace {

struct HomeTeamView {
  domain::Id id = 0;
  std::string name;
  std::string unit;
};
constexpr auto Describe(std::type_identity<HomeTeamView>) {
  return std::tuple{core::Field("id", &HomeTeamView::id), core::Field("name", &HomeTeamView::name),
                    core::Field("unit", &HomeTeamView::unit)};
}

// Which of a unit's gender-equality pages the user may open.
struct UnitLinksView {
  bool self_assessment = false;
  bool reflections = false;
};
constexpr auto Describe(std::type_identity<UnitLinksView>) {
  return std::tuple{core::Field("self_assessment", &UnitLinksView::self_assessment),
                    core::Field("reflections", &UnitLinksView::reflections)};
}

struct HomeUnitView {
  domain::Id id = 0;
  std::string name;
  int depth = 0;
  std::string kind;
  std::string kind_label;
  std::optional<UnitLinksView> links;  // absent when the user may open neither
};
constexpr auto Describe(std::type_identity<HomeUnitView>) {
  using U = HomeUnitView;
  return std::tuple{core::Field("id", &U::id),
                    core::Field("name", &U::name),
                    core::Field("depth", &U::depth),
                    core::Field("kind", &U::kind),
                    core::Field("kind_label", &U::kind_label),
                    core::Field("links", &U::links)};
}

struct NeedsCycleView {
  domain::Id id = 0;
  std::string title;
  std::string project;
  std::string phase;
  std::optional<std::string> ends;  // "planned end 2027-02-20"; absent without a date
};
constexpr auto Describe(std::type_identity<NeedsCycleView>) {
  using C = NeedsCycleView;
  return std::tuple{core::Field("id", &C::id), core::Field("title", &C::title),
                    core::Field("project", &C::project), core::Field("phase", &C::phase),
                    core::Field("ends", &C::ends)};
}

struct NeedsMeasureView {
  domain::Id id = 0;
  std::string name;
  std::string project;
  std::string missing;  // "no value for January 2027"
};
constexpr auto Describe(std::type_identity<NeedsMeasureView>) {
  using M = NeedsMeasureView;
  return std::tuple{core::Field("id", &M::id), core::Field("name", &M::name),
                    core::Field("project", &M::project), core::Field("missing", &M::missing)};
}

struct NeedsSessionView {
  domain::Id programme_id = 0;
  std::string programme;
  std::string title;
  std::string starts_on;
};
constexpr auto Describe(std::type_identity<NeedsSessionView>) {
  using S = NeedsSessionView;
  return std::tuple{core::Field("programme_id", &S::programme_id),
                    core::Field("programme", &S::programme), core::Field("title", &S::title),
                    core::Field("starts_on", &S::starts_on)};
}

struct NeedsReportView {
  std::string href;
  std::string project;
  std::string month;
  std::string due;  // "due 2027-02-05"
};
constexpr auto Describe(std::type_identity<NeedsReportView>) {
  using R = NeedsReportView;
  return std::tuple{core::Field("href", &R::href), core::Field("project", &R::project),
                    core::Field("month", &R::month), core::Field("due", &R::due)};
}

// One first step of a new installation: what to do, where, and whether it is done.
struct SetupStepView {
  std::string text;
  std::string href;
  bool done = false;
  std::string state;  // "Done" / "To do", in words
};
constexpr auto Describe(std::type_identity<SetupStepView>) {
  using S = SetupStepView;
  return std::tuple{core::Field("text", &S::text), core::Field("href", &S::href),
                    core::Field("done", &S::done), core::Field("state", &S::state)};
}

// A sustained project's alert or review date, linked to its sustain plan.
struct NeedsSustainView {
  domain::Id project_id = 0;
  std::string project;
  std::string text;  // the alert in words, or the review date
};
constexpr auto Describe(std::type_identity<NeedsSustainView>) {
  using S = NeedsSustainView;
  return std::tuple{core::Field("project_id", &S::project_id), core::Field("project", &S::project),
                    core::Field("text", &S::text)};
}

// An open offer the visitor may answer, linked to where they answer it.
struct NeedsOfferView {
  std::string href;
  std::string idea;
  std::string text;  // "to <team or programme> · from <team> (<organisation>)"
};
constexpr auto Describe(std::type_identity<NeedsOfferView>) {
  using O = NeedsOfferView;
  return std::tuple{core::Field("href", &O::href), core::Field("idea", &O::idea),
                    core::Field("text", &O::text)};
}

// A team's monthly report that is missing, for a chef or strateg.
struct NeedsMissingReportView {
  std::string href;
  std::string month;  // "december 2026"
  std::string team;   // a guest team with its organisation in brackets
  std::string project;
  std::string due;  // "was due by 2027-01-05"
};
constexpr auto Describe(std::type_identity<NeedsMissingReportView>) {
  using R = NeedsMissingReportView;
  return std::tuple{core::Field("href", &R::href), core::Field("month", &R::month),
                    core::Field("team", &R::team), core::Field("project", &R::project),
                    core::Field("due", &R::due)};
}

// A measure of a team in scope with a new signal, linked to where the visitor reads it.
struct NeedsSignalView {
  std::string href;
  std::string measure;
  std::string team;
  std::string text;  // "women: new sign of deterioration, December 2026"
  bool concern = false;
};
constexpr auto Describe(std::type_identity<NeedsSignalView>) {
  using S = NeedsSignalView;
  return std::tuple{core::Field("href", &S::href), core::Field("measure", &S::measure),
                    core::Field("team", &S::team), core::Field("text", &S::text),
                    core::Field("concern", &S::concern)};
}

struct NeedsView {
  bool any = false;
  bool has_setup = false;
  bool has_cycles = false;
  bool has_measures = false;
  std::vector<NeedsCycleView> cycles;
  std::optional<std::string> cycles_more;  // "… and N more"; absent when all are shown
  std::vector<NeedsMeasureView> measures;
  std::optional<std::string> measures_more;
  std::optional<NeedsSessionView> session;
  std::vector<NeedsReportView> reports_due;
  bool has_reports_due = false;
  std::optional<std::string> invitations;  // "2 invitations to your teams await an answer"
  bool has_offers = false;
  std::vector<NeedsOfferView> offers;
  std::optional<std::string> offers_more;
  std::vector<SetupStepView> setup;
  std::vector<NeedsSustainView> sustain_alerts;
  std::vector<NeedsSustainView> next_reviews;
  std::vector<NeedsSustainView> missed_reviews;
  bool has_sustain_alerts = false;
  bool has_next_reviews = false;
  bool has_missed_reviews = false;
  std::vector<NeedsMissingReportView> missing_reports;
  std::optional<std::string> missing_reports_more;
  bool has_missing_reports = false;
  std::vector<NeedsSignalView> signals;
  std::optional<std::string> signals_more;
  bool has_signals = false;
};
constexpr auto Describe(std::type_identity<NeedsView>) {
  using N = NeedsView;
  return std::tuple{core::Field("any", &N::any),
                    core::Field("has_setup", &N::has_setup),
                    core::Field("has_cycles", &N::has_cycles),
                    core::Field("has_measures", &N::has_measures),
                    core::Field("cycles", &N::cycles),
                    core::Field("cycles_more", &N::cycles_more),
                    core::Field("measures", &N::measures),
                    core::Field("measures_more", &N::measures_more),
                    core::Field("session", &N::session),
                    core::Field("reports_due", &N::reports_due),
                    core::Field("has_reports_due", &N::has_reports_due),
                    core::Field("invitations", &N::invitations),
                    core::Field("has_offers", &N::has_offers),
                    core::Field("offers", &N::offers),
                    core::Field("offers_more", &N::offers_more),
                    core::Field("setup", &N::setup),
                    core::Field("sustain_alerts", &N::sustain_alerts),
                    core::Field("next_reviews", &N::next_reviews),
                    core::Field("missed_reviews", &N::missed_reviews),
                    core::Field("has_sustain_alerts", &N::has_sustain_alerts),
                    core::Field("has_next_reviews", &N::has_next_reviews),
                    core::Field("has_missed_reviews", &N::has_missed_reviews),
                    core::Field("missing_reports", &N::missing_reports),
                    core::Field("missing_reports_more", &N::missing_reports_more),
                    core::Field("has_missing_reports", &N::has_missing_reports),
                    core::Field("signals", &N::signals),
                    core::Field("signals_more", &N::signals_more),
                    core::Field("has_signals", &N::has_signals)};
}

// A unit whose report to the nämnd a politician reaches from the start page.
struct HomeReportView {
  domain::Id id = 0;
  std::string name;
};
constexpr auto Describe(std::type_identity<HomeReportView>) {
  return std::tuple{core::Field("id", &HomeReportView::id),
                    core::Field("name", &HomeReportView::name)};
}

struct HomeView {
  NeedsView needs;
  bool has_reports = false;
  std::vector<HomeReportView> reports;
  bool has_teams = false;
  std::vector<HomeTeamView> teams;
  bool has_organisation = false;
  std::string units_intro;
  bool has_units = false;
  std::vector<HomeUnitView> units;
};
constexpr auto Describe(std::type_identity<HomeView>) {
  using H = HomeView;
  return std::tuple{core::Field("needs", &H::needs),
                    core::Field("has_reports", &H::has_reports),
                    core::Field("reports", &H::reports),
                    core::Field("has_teams", &H::has_teams),
                    core::Field("teams", &H::teams),
                    core::Field("has_organisation", &H::has_organisation),
                    core::Field("units_intro", &H::units_intro),
                    core::Field("has_units", &H::has_units),
                    core::Field("units", &H::units)};
}

std::optional<std::string> MoreText(const App& app, const std::string& lang, std::size_t shown,
                                    std::size_t total) {
  if (total <= shown) return std::nullopt;
  return app.catalogue.Format(lang, "home.needs.more", {{"count", std::to_string(total - shown)}});
}

// Where each first step is taken, and its words.
SetupStepView MakeSetupStep(const App& app, const std::string& lang,
                            const domain::SetupProgress& p) {
  static constexpr std::pair<const char*, const char*> kSteps[] = {
      {"home.setup.units", "/admin/struktur"},
      {"home.setup.teams", "/admin/struktur"},
      {"home.setup.people", "/admin/anvandare"},
      {"home.setup.work", "/program"}};
  const auto& [key, href] = kSteps[static_cast<int>(p.step)];
  return {app.catalogue.Get(lang, key), href, p.done,
          app.catalogue.Get(lang, p.done ? "home.setup.done" : "home.setup.todo")};
}

std::string LongPeriod(const std::string& lang, const std::string& period) {
  const chart::Lang chart_lang = chart::ParseLang(lang).value_or(chart::Lang::kSv);
  return chart::FormatPeriods(std::vector{period}, chart_lang).long_labels.at(0);
}

std::string TeamLabel(const std::string& team, const std::string& organisation) {
  return organisation.empty() ? team : team + " (" + organisation + ")";
}

// The chef's and strateg's lists: missing reports and new signals of the teams in scope.
void AddScopeViews(const App& app, const std::string& lang, const domain::ScopeNeeds& scope,
                   NeedsView& view) {
  for (const domain::MissingReport& r : scope.missing_reports) {
    view.missing_reports.push_back(
        {"/projekt/" + std::to_string(r.project_id) + "/manadsrapport/" + r.month,
         LongPeriod(lang, r.month), TeamLabel(r.team_name, r.organisation_name), r.project_title,
         app.catalogue.Format(lang, "home.needs.report_was_due", {{"date", r.deadline}})});
  }
  view.missing_reports_more =
      MoreText(app, lang, scope.missing_reports.size(), scope.missing_reports_total);
  view.has_missing_reports = !view.missing_reports.empty();
  for (const domain::NewSignal& s : scope.new_signals) {
    const bool concern = s.signal.type == stats::PointType::kConcern;
    view.signals.push_back(
        {s.programme_id ? "/program/" + std::to_string(*s.programme_id) + "/oversikt"
                        : "/matt/" + std::to_string(s.measure_id),
         s.measure_name, TeamLabel(s.team_name, s.organisation_name),
         app.catalogue.Format(
             lang, concern ? "home.needs.signal_concern" : "home.needs.signal_improvement",
             {{"group", app.catalogue.Get(lang, "group." + s.signal.group + "_label")},
              {"period", LongPeriod(lang, s.period)}}),
         concern});
  }
  view.signals_more = MoreText(app, lang, scope.new_signals.size(), scope.new_signals_total);
  view.has_signals = !view.signals.empty();
}

NeedsView MakeNeedsView(const App& app, const std::string& lang, const domain::WhatNeedsMe& needs) {
  NeedsView view;
  for (const domain::OpenCycle& c : needs.open_cycles) {
    view.cycles.push_back(
        {c.cycle_id, c.title, c.project_title,
         app.catalogue.Get(lang, "pdsa.phase." + std::string(domain::PdsaPhaseName(c.phase))),
         c.end_date.empty() ? std::nullopt
                            : std::optional<std::string>(app.catalogue.Format(
                                  lang, "home.needs.cycle_ends", {{"date", c.end_date}}))});
  }
  view.cycles_more = MoreText(app, lang, needs.open_cycles.size(), needs.open_cycles_total);
  for (const domain::MeasureDue& m : needs.measures_due) {
    const std::string period = LongPeriod(lang, m.period);
    view.measures.push_back(
        {m.measure_id, m.name, m.project_title,
         app.catalogue.Format(lang, "home.needs.missing_value", {{"period", period}})});
  }
  view.measures_more = MoreText(app, lang, needs.measures_due.size(), needs.measures_due_total);
  if (needs.next_session) {
    const domain::NextLearningSession& s = *needs.next_session;
    view.session = NeedsSessionView{s.programme_id, s.programme_name, s.title, s.starts_on};
  }
  for (const domain::ReportDue& r : needs.reports_due) {
    view.reports_due.push_back(
        {"/projekt/" + std::to_string(r.project_id) + "/manadsrapport/" + r.month, r.project_title,
         r.month, app.catalogue.Format(lang, "home.needs.report_due", {{"date", r.deadline}})});
  }
  view.has_reports_due = !view.reports_due.empty();
  if (needs.pending_invitations > 0) {
    view.invitations = app.catalogue.Format(lang, "home.needs.invitations",
                                            {{"count", std::to_string(needs.pending_invitations)}});
  }
  for (const domain::OfferAwaiting& o : needs.offers) {
    const domain::TeamOffer& t = o.offer;
    view.offers.push_back(
        {o.project_id ? "/projekt/" + std::to_string(*o.project_id) + "/pgsa#offers-heading"
                      : "/program/" + std::to_string(*t.offer.programme_id) + "#forandringspaket",
         t.idea.title,
         app.catalogue.Format(lang, "home.needs.offer_to", {{"to", o.to}}) + " · " +
             app.catalogue.Format(lang, "spread.offer_from",
                                  {{"team", t.from_team}, {"organisation", t.from_organisation}})});
  }
  view.has_offers = !view.offers.empty();
  view.offers_more = MoreText(app, lang, needs.offers.size(), needs.offers_total);
  for (const domain::SetupProgress& p : needs.setup)
    view.setup.push_back(MakeSetupStep(app, lang, p));
  view.has_setup = !view.setup.empty();
  for (const domain::SustainAlert& a : needs.sustain.alerts) {
    view.sustain_alerts.push_back(
        {a.project_id, a.project_title, a.measure_name + " – " + SustainAlertText(app, lang, a)});
  }
  for (const auto& [from, to] : {std::pair{&needs.sustain.next_reviews, &view.next_reviews},
                                 {&needs.sustain.missed_reviews, &view.missed_reviews}}) {
    for (const domain::SustainReviewDue& r : *from) {
      to->push_back({r.project_id, r.project_title, r.due_on});
    }
  }
  view.has_sustain_alerts = !view.sustain_alerts.empty();
  view.has_next_reviews = !view.next_reviews.empty();
  view.has_missed_reviews = !view.missed_reviews.empty();
  AddScopeViews(app, lang, needs.scope, view);
  view.has_cycles = !view.cycles.empty();
  view.has_measures = !view.measures.empty();
  view.any = !needs.Empty();
  return view;
}

HomeView MakeHomeView(const App& app, const std::string& lang, const domain::HomePage& page) {
  HomeView view;
  view.needs = MakeNeedsView(app, lang, page.needs);
  for (const domain::Unit& u : page.report_units) view.reports.push_back({u.id, u.name});
  view.has_reports = !view.reports.empty();
  for (const domain::TeamDetails& t : page.teams) {
    view.teams.push_back({t.team.id, t.team.name, t.unit_name});
  }
  view.has_teams = !view.teams.empty();
  if (!page.organisation) return view;
  view.has_organisation = true;
  view.units_intro = app.catalogue.Format(lang, "home.units_intro",
                                          {{"organisation", page.organisation->organisation.name}});
  std::map<domain::Id, const domain::UnitFrameLinks*> links;
  for (const domain::UnitFrameLinks& l : page.unit_links) links[l.unit_id] = &l;
  for (const auto& [unit, depth] : page.organisation->units) {
    std::string kind(domain::UnitKindName(unit.kind));
    HomeUnitView u{
        unit.id,     unit.name, depth, kind, app.catalogue.Get(lang, "unit.kind." + kind),
        std::nullopt};
    if (auto it = links.find(unit.id);
        it != links.end() && (it->second->self_assessment || it->second->reflections)) {
      u.links = UnitLinksView{it->second->self_assessment, it->second->reflections};
    }
    view.units.push_back(std::move(u));
  }
  view.has_units = !view.units.empty();
  return view;
}

}  // namespace

HandlerResult HomePage(const App& app, Request& request, const Visitor& visitor) {
  const LanguageChoice language = ChooseLanguage(request);
  // The day in UTC, as the rest of the application dates things today.
  const core::Date today = core::Date::FromUnixSeconds(app.clock.NowUnixSeconds());
  auto page = domain::LoadHomePage(app.store, *visitor.principal(), today);
  if (!page) return core::Fail(page.error());
  return RenderPage(app, request, {"home", "home.title", "home"},
                    MakeHomeView(app, language.lang, *page), language, visitor);
}

}  // namespace stegvis::web
