// The goals overview (/mal): per framework and entry, how many programmes, projects, PDSA
// cycles and measures in the user's view count for it, and which goals nothing addresses
// yet; filtered by unit. The JSON twin is in goals_api.cc.

#include "domain/goal_overview.h"
#include "domain/goals.h"
#include "web/goals/goal_page_views.h"
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

std::vector<UnitOptionView> UnitOptions(const std::vector<domain::Unit>& units,
                                        const std::optional<domain::Unit>& selected) {
  std::vector<UnitOptionView> out;
  for (const domain::Unit& u : units) {
    out.push_back({u.id, u.name, selected && selected->id == u.id});
  }
  return out;
}

HandlerResult GoalsOverviewPage(const App& app, Request& request, const Visitor& visitor) {
  auto overview = domain::LoadGoalOverview(app.store, *visitor.principal(), UnitFilter(request));
  if (!overview) return core::Fail(overview.error());
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  GoalsOverviewView view;
  int addressed_total = 0;
  for (domain::GoalFamily family : domain::kGoalFamilies) {
    GoalFamilyCountsView counts;
    counts.key = domain::GoalFamilyName(family);
    counts.name = FamilyName(app, lang, family);
    for (const domain::GoalCoverage& g : overview->goals) {
      if (g.entry.family != family) continue;
      GoalCountView row{g.entry.id, GoalLabel(app, lang, g.entry), domain::GoalTitle(g.entry, lang),
                        g.entry.retired, g.entry.highlighted};
      if (g.Addressed()) {
        row.programmes = g.programmes;
        row.projects = g.projects;
        row.cycles = g.cycles;
        row.measures = g.measures;
        counts.addressed.push_back(std::move(row));
      } else {
        counts.gaps.push_back(std::move(row));
      }
    }
    addressed_total += static_cast<int>(counts.addressed.size());
    counts.has_addressed = !counts.addressed.empty();
    counts.has_gaps = !counts.gaps.empty();
    counts.gap_count = static_cast<int>(counts.gaps.size());
    view.families.push_back(std::move(counts));
  }
  view.units = UnitOptions(overview->units, overview->unit);
  view.summary = app.catalogue.Format(lang, "goals.overview.summary",
                                      {{"addressed", std::to_string(addressed_total)},
                                       {"total", std::to_string(overview->goals.size())},
                                       {"programmes", std::to_string(overview->programmes)},
                                       {"projects", std::to_string(overview->projects)}});
  view.may_change_catalogue = domain::MayChangeGoalCatalogue(*visitor.principal());
  if (overview->unit) {
    view.unit_name = overview->unit->name;
    view.unit_id = overview->unit->id;
  }
  return RenderPage(app, request, {"goals", "goals.overview.title", "goals"}, view, language,
                    visitor);
}

}  // namespace stegvis::web
