// GET /enhet/{id}: a unit as the people of its organisation see it — where it sits in the
// organisation, the units under it, the teams in it that the reader may see, and links to
// its self-assessments, reflection notes and the goals its work addresses where the reader
// may open them. Answered 404 before; a unit of another organisation is still not found.

#include <boost/json/array.hpp>

#include "domain/teams.h"
#include "domain/units.h"
#include "web/gender/gender_views.h"
#include "web/render/forms.h"
#include "web/render/page.h"
#include "web/site/handlers.h"

namespace stegvis::web {

HandlerResult UnitOverviewPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  // The tree of the reader's own organisation: a unit not in it is not found, whoever asks.
  auto overview = domain::LoadUnitOverview(app.store, principal.user.organisation_id);
  if (!overview) return core::Fail(overview.error());
  const domain::Unit* unit = nullptr;
  for (const domain::UnitInTree& u : overview->units) {
    if (u.unit.id == *id) unit = &u.unit;
  }
  if (!unit) return core::Fail(core::Error::NotFoundObject());
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  const std::string kind(domain::UnitKindName(unit->kind));
  boost::json::object view{{"id", unit->id},
                           {"name", unit->name},
                           {"heading", unit->name},
                           {"kind_label", app.catalogue.Get(lang, "unit.kind." + kind)}};
  boost::json::array subunits;
  for (const domain::UnitInTree& u : overview->units) {
    if (unit->parent_id && u.unit.id == *unit->parent_id)
      view["parent"] = boost::json::object{{"id", u.unit.id}, {"name", u.unit.name}};
    if (u.unit.parent_id == unit->id)
      subunits.push_back(boost::json::object{{"id", u.unit.id}, {"name", u.unit.name}});
  }
  view["has_subunits"] = !subunits.empty();
  view["subunits"] = std::move(subunits);
  auto teams = domain::ListVisibleTeams(app.store, principal);
  if (!teams) return core::Fail(teams.error());
  boost::json::array team_list;
  for (const domain::TeamDetails& t : *teams) {
    if (t.team.unit_id == unit->id)
      team_list.push_back(boost::json::object{{"id", t.team.id}, {"name", t.team.name}});
  }
  view["has_teams"] = !team_list.empty();
  view["teams"] = std::move(team_list);
  // The self-assessment and reflection links the start page shows, by the same rules.
  boost::json::array one{boost::json::object{{"id", unit->id}, {"name", unit->name}}};
  AddUnitFrameLinks(app, visitor, one);
  if (const auto* links = one.front().as_object().if_contains("links")) view["links"] = *links;
  return RenderPage(app, request, {"unit_overview", "unit.title", ""}, std::move(view), language,
                    visitor);
}

}  // namespace stegvis::web
