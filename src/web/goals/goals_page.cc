// The goals overview (/mal): per framework and entry, how many programmes, projects, PDSA
// cycles and measures in the user's view count for it, and which goals nothing addresses
// yet; filtered by unit. The JSON twin is in goals_api.cc.

#include <boost/json/array.hpp>

#include "domain/goal_overview.h"
#include "domain/goals.h"
#include "web/goals/goal_views.h"
#include "web/goals/handlers.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {

std::optional<domain::Id> UnitFilter(const Request& request, std::string_view name) {
  std::optional<std::string> text = request.Query(name);
  if (!text || text->empty()) return std::nullopt;
  return ParseId(*text).value_or(0);
}

boost::json::array UnitOptions(const std::vector<domain::Unit>& units,
                               const std::optional<domain::Unit>& selected) {
  boost::json::array out;
  for (const domain::Unit& u : units) {
    out.push_back(boost::json::object{
        {"id", u.id}, {"name", u.name}, {"selected", selected && selected->id == u.id}});
  }
  return out;
}

HandlerResult GoalsOverviewPage(const App& app, Request& request, const Visitor& visitor) {
  auto overview = domain::LoadGoalOverview(app.store, *visitor.principal(), UnitFilter(request));
  if (!overview) return core::Fail(overview.error());
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  boost::json::array families;
  int addressed_total = 0;
  for (domain::GoalFamily family : domain::kGoalFamilies) {
    boost::json::array addressed, gaps;
    for (const domain::GoalCoverage& g : overview->goals) {
      if (g.entry.family != family) continue;
      boost::json::object row = GoalChip(app, lang, g.entry);
      if (g.Addressed()) {
        row["programmes"] = g.programmes;
        row["projects"] = g.projects;
        row["cycles"] = g.cycles;
        row["measures"] = g.measures;
        addressed.push_back(std::move(row));
      } else {
        gaps.push_back(std::move(row));
      }
    }
    addressed_total += static_cast<int>(addressed.size());
    const std::string name(domain::GoalFamilyName(family));
    families.push_back(boost::json::object{{"key", name},
                                           {"name", FamilyName(app, lang, family)},
                                           {"has_addressed", !addressed.empty()},
                                           {"addressed", std::move(addressed)},
                                           {"has_gaps", !gaps.empty()},
                                           {"gap_count", gaps.size()},
                                           {"gaps", std::move(gaps)}});
  }
  boost::json::object view{
      {"families", std::move(families)},
      {"units", UnitOptions(overview->units, overview->unit)},
      {"summary", app.catalogue.Format(lang, "goals.overview.summary",
                                       {{"addressed", std::to_string(addressed_total)},
                                        {"total", std::to_string(overview->goals.size())},
                                        {"programmes", std::to_string(overview->programmes)},
                                        {"projects", std::to_string(overview->projects)}})},
      {"may_change_catalogue", domain::MayChangeGoalCatalogue(*visitor.principal())}};
  if (overview->unit) {
    view["unit_name"] = overview->unit->name;
    view["unit_id"] = overview->unit->id;
  }
  return RenderPage(app, request, {"goals", "goals.overview.title", "goals"}, std::move(view),
                    language, visitor);
}

}  // namespace stegvis::web
