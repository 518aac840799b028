// The start page: the user's teams and the organisation's units, with links to a unit's
// self-assessments and reflection notes where the user may open them.

#include <map>

#include "domain/home_page.h"
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

struct HomeView {
  bool has_teams = false;
  std::vector<HomeTeamView> teams;
  bool has_organisation = false;
  std::string units_intro;
  bool has_units = false;
  std::vector<HomeUnitView> units;
};
constexpr auto Describe(std::type_identity<HomeView>) {
  using H = HomeView;
  return std::tuple{core::Field("has_teams", &H::has_teams),
                    core::Field("teams", &H::teams),
                    core::Field("has_organisation", &H::has_organisation),
                    core::Field("units_intro", &H::units_intro),
                    core::Field("has_units", &H::has_units),
                    core::Field("units", &H::units)};
}

HomeView MakeHomeView(const App& app, const std::string& lang, const domain::HomePage& page) {
  HomeView view;
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
  auto page = domain::LoadHomePage(app.store, *visitor.principal());
  if (!page) return core::Fail(page.error());
  return RenderPage(app, request, {"home", "home.title", "home"},
                    MakeHomeView(app, language.lang, *page), language, visitor);
}

}  // namespace stegvis::web
