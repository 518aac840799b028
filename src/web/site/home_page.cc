#include <boost/json/array.hpp>

#include "domain/teams.h"
#include "domain/units.h"
#include "web/gender/gender_views.h"
#include "web/render/page.h"
#include "web/site/handlers.h"

namespace stegvis::web {

HandlerResult HomePage(const App& app, Request& request, const Visitor& visitor) {
  LanguageChoice language = ChooseLanguage(request);
  boost::json::object view;
  core::Result<domain::UnitOverview> overview = domain::LoadUnitOverview(
      app.store, visitor.principal()
                     ? std::optional<domain::Id>(visitor.principal()->user.organisation_id)
                     : std::nullopt);
  view["has_organisation"] = overview.has_value();
  if (overview) {
    view["units_intro"] = app.catalogue.Format(language.lang, "home.units_intro",
                                               {{"organisation", overview->organisation.name}});
    boost::json::array units;
    for (const auto& [unit, depth] : overview->units) {
      std::string kind(domain::UnitKindName(unit.kind));
      units.push_back(boost::json::object{
          {"id", unit.id},
          {"name", unit.name},
          {"depth", depth},
          {"kind", kind},
          {"kind_label", app.catalogue.Get(language.lang, "unit.kind." + kind)}});
    }
    AddUnitFrameLinks(app, visitor, units);
    view["has_units"] = !units.empty();
    view["units"] = std::move(units);
  } else if (overview.error().code != core::ErrorCode::kNotFound) {
    throw std::runtime_error(overview.error().message);
  }
  if (const domain::Principal* principal = visitor.principal()) {
    auto teams = domain::ListVisibleTeams(app.store, *principal);
    if (!teams) throw std::runtime_error(teams.error().message);
    boost::json::array list;
    for (const domain::TeamDetails& t : *teams) {
      list.push_back(boost::json::object{{"id", t.team.id},
                                         {"name", t.team.name},
                                         {"unit", t.unit_name},
                                         {"may_change", t.may_change}});
    }
    view["has_teams"] = !list.empty();
    view["teams"] = std::move(list);
  }
  return RenderPage(app, request, {"home", "home.title", "home"}, std::move(view), language,
                    visitor);
}

}  // namespace stegvis::web
