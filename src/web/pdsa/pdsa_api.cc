// The JSON twins of the PDSA pages: /api/v1/projects/{id}/pdsa-cycles (GET, POST),
// /api/v1/projects/{id}/change-ideas (GET, POST), /api/v1/programmes/{id}/change-ideas (POST),
// /api/v1/pdsa-cycles/{id} (GET, PUT),
// /api/v1/pdsa-cycles/{id}/next (POST), /api/v1/change-ideas/{id} (GET, PUT) and
// /api/v1/measures/{id}/phases (POST). They call the same domain functions as the pages.
// docs/api.md describes them.

#include <cstdint>
#include <set>

#include "domain/audit.h"
#include "domain/change_idea_edits.h"
#include "domain/measure_phases.h"
#include "domain/pdsa_cycles.h"
#include "web/http/access_guard.h"
#include "web/pdsa/handlers.h"
#include "web/pdsa/pdsa_views.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/render/language.h"
#include "web/render/paged_list.h"

namespace stegvis::web {

namespace {

// The page a list of a project's asks for, and the project's cycles and ideas.
struct ProjectPage {
  PageRequest page;
  domain::ProjectCycles data;
};

core::Result<ProjectPage> ReadProjectPage(const App& app, Request& request,
                                          const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto page = ReadPageRequest(request);
  if (!page) return core::Fail(page.error());
  auto data = domain::LoadProjectCycles(app.store, *visitor.principal(), *id);
  if (!data) return core::Fail(data.error());
  return ProjectPage{*page, std::move(*data)};
}

}  // namespace

HandlerResult ApiProjectCycles(const App& app, Request& request, const Visitor& visitor) {
  auto read = ReadProjectPage(app, request, visitor);
  if (!read) return core::Fail(read.error());
  boost::json::array cycles;
  for (const domain::PdsaCycle& c : read->data.cycles) cycles.push_back(CycleJson(c));
  boost::json::object out = PagedList("pdsa_cycles", std::move(cycles), read->page,
                                      boost::json::object{{"project_id", read->data.project.id}});
  // Beside the page, the ideas its cycles test (at most one per cycle): the whole list of
  // ideas the project may test is GET /api/v1/projects/{id}/change-ideas.
  std::set<std::int64_t> tested;
  for (const auto& c : out.at("pdsa_cycles").as_array()) {
    tested.insert(c.at("change_idea_id").to_number<std::int64_t>());
  }
  boost::json::array ideas;
  for (const domain::ChangeIdea& i : read->data.ideas) {
    if (tested.count(i.id)) ideas.push_back(IdeaJson(i));
  }
  out["change_ideas"] = std::move(ideas);
  return JsonValue(out);
}

HandlerResult ApiProjectIdeas(const App& app, Request& request, const Visitor& visitor) {
  auto read = ReadProjectPage(app, request, visitor);
  if (!read) return core::Fail(read.error());
  boost::json::array ideas;
  for (const domain::ChangeIdea& i : read->data.ideas) ideas.push_back(IdeaJson(i));
  return JsonValue(PagedList("change_ideas", std::move(ideas), read->page,
                             boost::json::object{{"project_id", read->data.project.id}}));
}

HandlerResult ApiProjectCycleCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const domain::Id idea = body.Int("change_idea_id", kIds, "error.pdsa.unknown_idea");
  const domain::PdsaContent content = ContentFromJson(body);
  if (!body.ok()) return body.error();
  auto created = domain::AddPdsaCycle(app.store, app.clock, *visitor.principal(),
                                      ActorOf(visitor, request), *id, idea, content);
  if (!created) return core::Fail(created.error());
  auto details = domain::LoadPdsaCycle(app.store, *visitor.principal(), *created);
  if (!details) return core::Fail(details.error());
  Response r = JsonValue(CycleJson(details->cycle), 201);
  r.SetHeader("Location", "/api/v1/pdsa-cycles/" + std::to_string(*created));
  return r;
}

namespace {

// 201 with the new idea as GET answers it (without its cycles) and its Location.
HandlerResult CreatedIdea(const App& app, const Visitor& visitor, domain::Id id) {
  auto idea = domain::LoadChangeIdea(app.store, *visitor.principal(), id);
  if (!idea) return core::Fail(idea.error());
  Response r = JsonValue(IdeaJson(idea->idea), 201);
  r.SetHeader("Location", "/api/v1/change-ideas/" + std::to_string(id));
  return r;
}

}  // namespace

HandlerResult ApiChangeIdeaCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const std::string title = body.Text("title");
  const std::string description = body.Text("description");
  if (!body.ok()) return body.error();
  auto created = domain::AddChangeIdea(app.store, app.clock, *visitor.principal(),
                                       ActorOf(visitor, request), *id, title, description);
  if (!created) return core::Fail(created.error());
  return CreatedIdea(app, visitor, *created);
}

HandlerResult ApiPackageIdeaCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const std::string title = body.Text("title");
  const std::string description = body.Text("description");
  if (!body.ok()) return body.error();
  auto created = domain::AddPackageChangeIdea(app.store, app.clock, *visitor.principal(),
                                              ActorOf(visitor, request), *id, title, description);
  if (!created) return core::Fail(created.error());
  return CreatedIdea(app, visitor, *created);
}

HandlerResult ApiCycle(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto details = domain::LoadPdsaCycle(app.store, *visitor.principal(), *id);
  if (!details) return core::Fail(details.error());
  boost::json::object out = CycleJson(details->cycle);
  out["next_id"] = details->next_id ? boost::json::value(*details->next_id) : nullptr;
  return JsonValue(out);
}

// PUT: the whole content plus "version" (the one read) and optionally "advance": true.
HandlerResult ApiCycleUpdate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const std::int64_t version = body.Int("version", kIds, "error.pdsa.bad_version");
  const domain::PdsaContent content = ContentFromJson(body);
  const bool advance = body.Bool("advance");
  if (!body.ok()) return body.error();
  auto saved = domain::SavePdsaCycle(app.store, app.clock, *visitor.principal(),
                                     ActorOf(visitor, request), *id, version, content, advance);
  if (saved) return JsonValue(CycleJson(*saved));
  if (saved.error().code != core::ErrorCode::kInvalidInput) return core::Fail(saved.error());
  // Every wrong field at once, the first (what the save refused with) also as the error.
  auto details = domain::LoadPdsaCycle(app.store, *visitor.principal(), *id);
  if (!details) return core::Fail(details.error());
  return JsonErrors(app, request,
                    AllCycleErrors(saved.error(), content, details->cycle.phase, advance));
}

HandlerResult ApiCycleNext(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto next = domain::StartNextPdsaCycle(app.store, app.clock, *visitor.principal(),
                                         ActorOf(visitor, request), *id);
  if (!next) return core::Fail(next.error());
  auto details = domain::LoadPdsaCycle(app.store, *visitor.principal(), *next);
  if (!details) return core::Fail(details.error());
  Response r = JsonValue(CycleJson(details->cycle), 201);
  r.SetHeader("Location", "/api/v1/pdsa-cycles/" + std::to_string(*next));
  return r;
}

HandlerResult ApiChangeIdea(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto d = domain::LoadChangeIdea(app.store, *visitor.principal(), *id);
  if (!d) return core::Fail(d.error());
  boost::json::array cycles;
  for (const domain::IdeaCycle& row : d->cycles) cycles.push_back(IdeaCycleJson(row));
  boost::json::object out = IdeaJson(d->idea);
  out["pdsa_cycles"] = std::move(cycles);
  return JsonValue(out);
}

HandlerResult ApiChangeIdeaUpdate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  domain::ChangeIdeaEdit edit;
  edit.version = body.Int("version", kVersions);
  edit.title = body.OptionalText("title");
  edit.description = body.OptionalText("description");
  edit.retired = body.OptionalBool("retired");
  if (!body.ok()) return body.error();
  auto saved = domain::EditChangeIdea(app.store, app.clock, *visitor.principal(),
                                      ActorOf(visitor, request), *id, edit);
  if (!saved) return core::Fail(saved.error());
  return JsonValue(IdeaJson(*saved));
}

HandlerResult ApiMeasurePhaseCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const domain::Id cycle = body.Int("cycle_id", kIds);
  const std::string period = body.Text("period", 16);
  if (!body.ok()) return body.error();
  auto started = domain::StartProposedPhase(app.store, app.clock, *visitor.principal(),
                                            ActorOf(visitor, request), *id, cycle, period);
  if (!started) return core::Fail(started.error());
  Response r = JsonValue(
      boost::json::object{
          {"id", *started}, {"measure_id", *id}, {"starts_period", period}, {"cycle_id", cycle}},
      201);
  r.SetHeader("Location", "/api/v1/measures/" + std::to_string(*id) + "/analysis");
  return r;
}

}  // namespace stegvis::web
