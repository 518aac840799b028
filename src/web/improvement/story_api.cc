// GET /api/v1/projects/{id}/story: the improvement story as data, from the same domain call
// as its page (docs/api.md): the project, the team's summary and choices, the theory of
// change, the included measures with their verdicts in words, the included cycles, the
// progress scores and the goals.

#include <algorithm>

#include <boost/json/array.hpp>

#include "domain/goals.h"
#include "domain/project_story.h"
#include "web/diagrams/diagram_views.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/improvement/measure_view.h"
#include "web/improvement/point_notes_view.h"
#include "web/pdsa/pdsa_views.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/render/language.h"

namespace stegvis::web {
namespace {

boost::json::array IdsJson(const std::vector<domain::Id>& ids) {
  boost::json::array out;
  for (domain::Id id : ids) out.push_back(id);
  return out;
}

core::Result<boost::json::object> MeasureStoryJson(const App& app, const std::string& lang,
                                                   const domain::MeasureDetails& d) {
  auto charts = BuildMeasureCharts(app, lang, d);
  if (!charts) return core::Fail(charts.error());
  const std::string base = "/api/v1/measures/" + std::to_string(d.measure.id);
  boost::json::array verdicts;
  for (const std::string& v : charts->verdicts) verdicts.push_back(boost::json::string(v));
  return boost::json::object{{"measure", MeasureJson(d.measure)},
                             {"verdicts", std::move(verdicts)},
                             {"exclusions", PointNotesJson(d, domain::PointNoteKind::kExclusion)},
                             {"annotations", PointNotesJson(d, domain::PointNoteKind::kAnnotation)},
                             {"chart_svg", base + "/chart.svg"},
                             {"analysis", base + "/analysis"}};
}

boost::json::array GoalsJson(const std::string& lang, const domain::ProjectStory& story) {
  boost::json::array out;
  for (const domain::GoalLinkSet* set : {&story.goals, &story.aim_goals}) {
    for (const domain::GoalEntry& e : set->linked) {
      out.push_back(boost::json::object{{"id", e.id},
                                        {"linked_from", domain::GoalObjectName(set->object)},
                                        {"reference", domain::GoalReference(e)},
                                        {"title", domain::GoalTitle(e, lang)},
                                        {"retired", e.retired}});
    }
  }
  return out;
}

}  // namespace

HandlerResult ApiStory(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto story = domain::LoadProjectStory(app.store, *visitor.principal(), *id);
  if (!story) return core::Fail(story.error());
  const std::string lang = ChooseLanguage(request).lang;
  boost::json::array measures;
  for (const domain::MeasureDetails& m : story->measures) {
    auto json = MeasureStoryJson(app, lang, m);
    if (!json) return core::Fail(json.error());
    measures.push_back(std::move(*json));
  }
  boost::json::array cycles;
  for (const domain::PdsaCycle& c : story->cycles) {
    boost::json::object cycle = CycleJson(c);
    for (const domain::ChangeIdea& idea : story->pdsa.ideas) {
      if (idea.id == c.change_idea_id) cycle["change_idea_title"] = idea.title;
    }
    cycles.push_back(std::move(cycle));
  }
  const domain::StoryChoices& c = story->choices;
  return JsonValue(boost::json::object{
      {"project", ProjectJson(story->details)},
      {"language", lang},
      {"summary", c.summary},
      {"left_out", boost::json::object{{"measures", IdsJson(c.left_out_measures)},
                                       {"cycles", IdsJson(c.left_out_cycles)}}},
      {"version", c.version},
      {"theory_of_change", DiagramJson(story->theory)},
      {"measures", std::move(measures)},
      {"cycles", std::move(cycles)},
      {"goals", GoalsJson(lang, *story)}});
}

HandlerResult ApiStoryPut(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  domain::StoryChoices choices = domain::NoStoryChoices(*id);
  choices.version = body.Int("version", {0});
  choices.summary = body.Text("summary");
  if (std::optional<JsonFields> left_out = body.OptionalObject("left_out")) {
    for (auto [name, out] : {std::pair{"measures", &choices.left_out_measures},
                             {"cycles", &choices.left_out_cycles}}) {
      std::vector<std::int64_t> ids = left_out->Ids(name);
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      out->assign(ids.begin(), ids.end());
    }
  }
  if (!body.ok()) return body.error();
  const domain::Principal& principal = *visitor.principal();
  auto saved =
      domain::SaveStoryChoices(app.store, app.clock, principal, ActorOf(visitor, request), choices);
  if (!saved) return core::Fail(saved.error());
  return JsonValue(boost::json::object{
      {"project_id", saved->project_id},
      {"summary", saved->summary},
      {"left_out", boost::json::object{{"measures", IdsJson(saved->left_out_measures)},
                                       {"cycles", IdsJson(saved->left_out_cycles)}}},
      {"version", saved->version}});
}

}  // namespace stegvis::web
