// A programme's improvement story (GET /program/{id}/berattelse): what a Genombrott has
// recorded, put together to be read, printed or saved as PDF by those outside it — the aim,
// the teams, each common measure across the teams, and every idea of the change package
// with all the tests the teams ran on it (abandoned ones too) and what they learned.

#include <algorithm>

#include "core/date.h"
#include "domain/goals.h"
#include "domain/programme_story.h"
#include "web/goals/goal_views.h"
#include "web/http/access_guard.h"
#include "web/improvement/story_cycle.h"
#include "web/programmes/dashboard_cells.h"
#include "web/programmes/handlers.h"
#include "web/programmes/programme_story_view.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

std::string FactsOf(const App& app, const std::string& lang, const domain::ProgrammeDetails& d) {
  const domain::Programme& p = d.programme;
  std::vector<std::string> parts;
  if (!p.theme.empty()) parts.push_back(p.theme);
  if (!p.starts_on.empty() || !p.ends_on.empty()) parts.push_back(p.starts_on + " – " + p.ends_on);
  if (!d.host_unit_name.empty()) {
    parts.push_back(app.catalogue.Get(lang, "programme.host_unit_label") + ": " + d.host_unit_name);
  }
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : " · ") + part;
  return out;
}

std::vector<ProgrammeStoryMeasureView> MeasuresOf(const App& app, const std::string& lang,
                                                  const domain::ProgrammeDashboard& d) {
  const chart::Lang chart_lang = lang == "en" ? chart::Lang::kEn : chart::Lang::kSv;
  std::vector<ProgrammeStoryMeasureView> out;
  for (std::size_t i = 0; i < d.definitions.size(); ++i) {
    const domain::Measure& m = d.definitions[i];
    const bool children = m.grouping == domain::Grouping::kGirlsBoys;
    ProgrammeStoryMeasureView view;
    view.id = m.id;
    view.column = {m.name, m.unit.empty() ? std::nullopt : std::optional(m.unit),
                   d.last_complete_periods[i],
                   app.catalogue.Get(lang, children ? "group.girls_label" : "group.women_label"),
                   app.catalogue.Get(lang, children ? "group.boys_label" : "group.men_label")};
    for (const domain::DashboardTeam& t : d.teams) {
      view.rows.push_back(
          {t.team.name, t.organisation_name,
           CellView(app, lang, chart_lang, t.cells[i], d.last_complete_periods[i])});
    }
    for (const domain::ProgrammeFunnel& f : d.funnels) {
      if (f.definition.id == m.id) view.funnel = FunnelView(app, lang, d.programme.id, f);
    }
    out.push_back(std::move(view));
  }
  return out;
}

ProgrammeStoryIdeaView IdeaOf(const App& app, const std::string& lang,
                              const domain::IdeaLearning& learning) {
  ProgrammeStoryIdeaView view;
  view.id = learning.idea.id;
  view.title = learning.idea.title;
  if (!learning.idea.description.empty()) view.description = learning.idea.description;
  const domain::DecisionCounts n = domain::CountDecisions(learning.cycles);
  view.counts = app.catalogue.Format(lang, "programme_story.counts",
                                     {{"n", std::to_string(learning.cycles.size())},
                                      {"adopted", std::to_string(n.adopted)},
                                      {"adapted", std::to_string(n.adapted)},
                                      {"abandoned", std::to_string(n.abandoned)},
                                      {"open", std::to_string(n.open)}});
  for (const domain::IdeaCycle& c : learning.cycles) {
    view.cycles.push_back(
        {c.team_name, c.organisation_name, StoryCycleOf(app, lang, c.cycle, std::string())});
  }
  view.has_cycles = !view.cycles.empty();
  return view;
}

}  // namespace

ProgrammeStoryView ProgrammeStoryViewOf(const App& app, const std::string& lang,
                                        const domain::ProgrammeStory& story) {
  const domain::ProgrammeDetails& d = story.page.details;
  ProgrammeStoryView view;
  view.id = d.programme.id;
  view.heading = d.programme.name;
  view.facts = FactsOf(app, lang, d);
  view.closed = d.programme.closed;
  view.today = core::Date::FromUnixSeconds(app.clock.NowUnixSeconds()).ToString();
  if (!d.programme.aim.empty()) view.aim = d.programme.aim;
  for (const domain::DashboardTeam& t : story.dashboard.teams) {
    view.teams.push_back({t.team.name, t.unit_name, t.organisation_name});
  }
  view.has_teams = !view.teams.empty();
  if (d.hidden_teams > 0) {
    view.hidden_teams = app.catalogue.Format(lang, "programme.hidden_teams",
                                             {{"n", std::to_string(d.hidden_teams)}});
  }
  view.measures = MeasuresOf(app, lang, story.dashboard);
  view.has_measures = !view.measures.empty();
  view.key = KeyOf(app, lang);
  for (const domain::IdeaLearning& l : story.ideas) view.ideas.push_back(IdeaOf(app, lang, l));
  view.has_ideas = !view.ideas.empty();
  view.cycles_shown = story.cycles_shown;
  for (const domain::GoalEntry& e : story.page.goals.linked) {
    view.goals.push_back({e.id, GoalLabel(app, lang, e), domain::GoalTitle(e, lang), e.retired});
  }
  view.has_goals = !view.goals.empty();
  view.may_publish = d.may_change;
  return view;
}

HandlerResult ProgrammeStoryPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const LanguageChoice language = ChooseLanguage(request);
  auto story = domain::LoadProgrammeStory(app.store, app.clock, *visitor.principal(), *id);
  if (!story) return core::Fail(story.error());
  return RenderPage(app, request, {"programme_story", "programme_story.title", "programmes"},
                    ProgrammeStoryViewOf(app, language.lang, *story), language, visitor);
}

}  // namespace stegvis::web
