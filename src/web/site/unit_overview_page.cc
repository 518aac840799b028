// GET /enhet/{id}: a unit as the people of its organisation see it — where it sits in the
// organisation, the units under it, the teams in it that the reader may see, and links to
// its self-assessments, reflection notes and the goals its work addresses where the reader
// may open them. A unit of another organisation is not found.

#include "domain/unit_overview_page.h"
#include "web/render/forms.h"
#include "web/render/page.h"
#include "web/site/handlers.h"

namespace stegvis::web {
namespace {

struct UnitLinkView {
  domain::Id id = 0;
  std::string name;
};
constexpr auto Describe(std::type_identity<UnitLinkView>) {
  return std::tuple{core::Field("id", &UnitLinkView::id), core::Field("name", &UnitLinkView::name)};
}

// Which of the unit's gender-equality pages the reader may open.
struct UnitOverviewLinksView {
  bool self_assessment = false;
  bool reflections = false;
  bool report = false;
};
constexpr auto Describe(std::type_identity<UnitOverviewLinksView>) {
  return std::tuple{core::Field("self_assessment", &UnitOverviewLinksView::self_assessment),
                    core::Field("reflections", &UnitOverviewLinksView::reflections),
                    core::Field("report", &UnitOverviewLinksView::report)};
}

struct UnitOverviewView {
  domain::Id id = 0;
  std::string name;
  std::string heading;
  std::string kind_label;
  std::optional<UnitLinkView> parent;
  std::optional<UnitOverviewLinksView> links;  // absent when the reader may open neither
  bool has_subunits = false;
  std::vector<UnitLinkView> subunits;
  bool has_teams = false;
  std::vector<UnitLinkView> teams;
};
constexpr auto Describe(std::type_identity<UnitOverviewView>) {
  using V = UnitOverviewView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("name", &V::name),
                    core::Field("heading", &V::heading),
                    core::Field("kind_label", &V::kind_label),
                    core::Field("parent", &V::parent),
                    core::Field("links", &V::links),
                    core::Field("has_subunits", &V::has_subunits),
                    core::Field("subunits", &V::subunits),
                    core::Field("has_teams", &V::has_teams),
                    core::Field("teams", &V::teams)};
}

UnitOverviewView MakeView(const App& app, const std::string& lang,
                          const domain::UnitOverviewPage& page) {
  const std::string kind(domain::UnitKindName(page.unit.kind));
  UnitOverviewView view;
  view.id = page.unit.id;
  view.name = page.unit.name;
  view.heading = page.unit.name;
  view.kind_label = app.catalogue.Get(lang, "unit.kind." + kind);
  if (page.parent) view.parent = UnitLinkView{page.parent->id, page.parent->name};
  for (const domain::Unit& u : page.subunits) view.subunits.push_back({u.id, u.name});
  view.has_subunits = !view.subunits.empty();
  for (const domain::TeamDetails& t : page.teams) view.teams.push_back({t.team.id, t.team.name});
  view.has_teams = !view.teams.empty();
  if (page.links.self_assessment || page.links.reflections || page.links.report) {
    view.links = UnitOverviewLinksView{page.links.self_assessment, page.links.reflections,
                                       page.links.report};
  }
  return view;
}

}  // namespace

HandlerResult UnitOverviewPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto page = domain::LoadUnitOverviewPage(app.store, *visitor.principal(), *id);
  if (!page) return core::Fail(page.error());
  const LanguageChoice language = ChooseLanguage(request);
  return RenderPage(app, request, {"unit_overview", "unit.title", ""},
                    MakeView(app, language.lang, *page), language, visitor);
}

}  // namespace stegvis::web
