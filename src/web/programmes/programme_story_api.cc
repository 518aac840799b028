// GET /api/v1/programmes/{id}/story: a programme's improvement story as data, from the same
// domain call as its page (docs/api.md): the programme, its visible teams, the dashboard's
// table of the common measures, every idea of the change package with the teams' tests and
// how they ended, and the goals.

#include <boost/json/array.hpp>

#include "domain/goals.h"
#include "domain/programme_story.h"
#include "web/http/access_guard.h"
#include "web/pdsa/pdsa_views.h"
#include "web/programmes/dashboard_json.h"
#include "web/programmes/handlers.h"
#include "web/render/forms.h"
#include "web/render/json_response.h"
#include "web/render/language.h"

namespace stegvis::web {
namespace {

// A team's test of an idea. Of a cycle the reader may not open (another organisation's, or a
// team outside the reader's scope) neither its project nor its last editor is given, as on the
// idea's page.
boost::json::object IdeaCycleJson(const domain::IdeaCycle& c) {
  boost::json::object out = CycleJson(c.cycle);
  out["team_id"] = c.team_id;
  out["team_name"] = c.team_name;
  out["organisation"] = c.organisation_name;
  out["may_open"] = c.may_open;
  if (!c.may_open) {
    out.erase("project_id");
    out.erase("updated_by");
  }
  return out;
}

boost::json::object IdeaLearningJson(const domain::IdeaLearning& l) {
  boost::json::array cycles;
  for (const domain::IdeaCycle& c : l.cycles) cycles.push_back(IdeaCycleJson(c));
  const domain::DecisionCounts n = domain::CountDecisions(l.cycles);
  boost::json::object out = IdeaJson(l.idea);
  out["decisions"] = boost::json::object{{"adopted", n.adopted},
                                         {"adapted", n.adapted},
                                         {"abandoned", n.abandoned},
                                         {"undecided", n.open}};
  out["cycles"] = std::move(cycles);
  return out;
}

}  // namespace

HandlerResult ApiProgrammeStory(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto story = domain::LoadProgrammeStory(app.store, app.clock, *visitor.principal(), *id);
  if (!story) return core::Fail(story.error());
  const std::string lang = ChooseLanguage(request).lang;
  const domain::Programme& p = story->page.details.programme;
  boost::json::array ideas, goals;
  for (const domain::IdeaLearning& l : story->ideas) ideas.push_back(IdeaLearningJson(l));
  for (const domain::GoalEntry& e : story->page.goals.linked) {
    goals.push_back(boost::json::object{{"id", e.id},
                                        {"reference", domain::GoalReference(e)},
                                        {"title", domain::GoalTitle(e, lang)},
                                        {"retired", e.retired}});
  }
  return JsonValue(boost::json::object{
      {"programme", boost::json::object{{"id", p.id},
                                        {"name", p.name},
                                        {"theme", p.theme},
                                        {"aim", p.aim},
                                        {"starts_on", p.starts_on},
                                        {"ends_on", p.ends_on},
                                        {"host_unit", story->page.details.host_unit_name},
                                        {"closed", p.closed}}},
      {"dashboard", DashboardJson(story->dashboard)},
      {"cycles_shown", story->cycles_shown},
      {"change_package", std::move(ideas)},
      {"goals", std::move(goals)}});
}

}  // namespace stegvis::web
