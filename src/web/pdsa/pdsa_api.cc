// The JSON twins of the PDSA pages: /api/v1/projects/{id}/pdsa-cycles (GET, POST),
// /api/v1/projects/{id}/change-ideas (POST), /api/v1/pdsa-cycles/{id} (GET, PUT),
// /api/v1/pdsa-cycles/{id}/next (POST) and /api/v1/change-ideas/{id} (GET). They call the
// same domain functions as the pages. docs/api.md describes them.

#include "domain/audit.h"
#include "domain/pdsa_cycles.h"
#include "web/http/access_guard.h"
#include "web/pdsa/handlers.h"
#include "web/pdsa/pdsa_views.h"
#include "web/render/error_status.h"
#include "web/render/json_request.h"
#include "web/render/json_response.h"
#include "web/render/language.h"

namespace stegvis::web {
namespace {

// The id member of the body, or kInvalidInput on `field`.
core::Result<domain::Id> IdMember(const boost::json::object& body, const char* field,
                                  const char* key) {
  const boost::json::value* v = body.if_contains(field);
  if (!v || !v->is_int64() || v->as_int64() <= 0) {
    return core::Fail(core::Error::Invalid("an id is needed", field, key));
  }
  return v->as_int64();
}

}  // namespace

Response ApiProjectCycles(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  auto data = domain::LoadProjectCycles(app.store, *visitor.principal(), *id);
  if (!data) return JsonError(app, request, data.error());
  boost::json::array cycles, ideas;
  for (const domain::PdsaCycle& c : data->cycles) cycles.push_back(CycleJson(c));
  for (const domain::ChangeIdea& i : data->ideas) ideas.push_back(IdeaJson(i));
  return JsonValue(boost::json::object{{"project_id", data->project.id},
                                       {"pdsa_cycles", std::move(cycles)},
                                       {"change_ideas", std::move(ideas)}});
}

Response ApiProjectCycleCreate(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  auto body = JsonObjectBody(request);
  if (!body) return JsonError(app, request, body.error());
  auto idea = IdMember(*body, "change_idea_id", "error.pdsa.unknown_idea");
  if (!idea) return JsonError(app, request, idea.error());
  auto content = ContentFromJson(*body);
  if (!content) return JsonError(app, request, content.error());
  auto created = domain::AddPdsaCycle(app.store, app.clock, *visitor.principal(),
                                      ActorOf(visitor, request), *id, *idea, *content);
  if (!created) return JsonError(app, request, created.error());
  auto details = domain::LoadPdsaCycle(app.store, *visitor.principal(), *created);
  if (!details) return JsonError(app, request, details.error());
  Response r = JsonValue(CycleJson(details->cycle), 201);
  r.SetHeader("Location", "/api/v1/pdsa-cycles/" + std::to_string(*created));
  return r;
}

Response ApiChangeIdeaCreate(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  auto body = JsonObjectBody(request);
  if (!body) return JsonError(app, request, body.error());
  auto text = [&](const char* name) {
    const boost::json::value* v = body->if_contains(name);
    return v && v->is_string() ? std::string(v->as_string()) : std::string();
  };
  auto created =
      domain::AddChangeIdea(app.store, app.clock, *visitor.principal(), ActorOf(visitor, request),
                            *id, text("title"), text("description"));
  if (!created) return JsonError(app, request, created.error());
  auto idea = domain::LoadChangeIdea(app.store, *visitor.principal(), *created);
  if (!idea) return JsonError(app, request, idea.error());
  Response r = JsonValue(IdeaJson(idea->idea), 201);
  r.SetHeader("Location", "/api/v1/change-ideas/" + std::to_string(*created));
  return r;
}

Response ApiCycle(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  auto details = domain::LoadPdsaCycle(app.store, *visitor.principal(), *id);
  if (!details) return JsonError(app, request, details.error());
  boost::json::object out = CycleJson(details->cycle);
  out["next_id"] = details->next_id ? boost::json::value(*details->next_id) : nullptr;
  return JsonValue(out);
}

// PUT: the whole content plus "version" (the one read) and optionally "advance": true.
Response ApiCycleUpdate(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  auto body = JsonObjectBody(request);
  if (!body) return JsonError(app, request, body.error());
  auto version = IdMember(*body, "version", "error.pdsa.bad_version");
  if (!version) return JsonError(app, request, version.error());
  auto content = ContentFromJson(*body);
  if (!content) return JsonError(app, request, content.error());
  const boost::json::value* advance = body->if_contains("advance");
  if (advance && !advance->is_bool() && !advance->is_null()) {
    return JsonError(app, request,
                     core::Error::Invalid("must be true or false", "advance", "error.bad_json"));
  }
  auto saved = domain::SavePdsaCycle(app.store, app.clock, *visitor.principal(),
                                     ActorOf(visitor, request), *id, *version, *content,
                                     advance && advance->is_bool() && advance->as_bool());
  if (saved) return JsonValue(CycleJson(*saved));
  return JsonError(app, request, saved.error());
}

Response ApiCycleNext(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  auto next = domain::StartNextPdsaCycle(app.store, app.clock, *visitor.principal(),
                                         ActorOf(visitor, request), *id);
  if (!next) return JsonError(app, request, next.error());
  auto details = domain::LoadPdsaCycle(app.store, *visitor.principal(), *next);
  if (!details) return JsonError(app, request, details.error());
  Response r = JsonValue(CycleJson(details->cycle), 201);
  r.SetHeader("Location", "/api/v1/pdsa-cycles/" + std::to_string(*next));
  return r;
}

Response ApiChangeIdea(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  auto d = domain::LoadChangeIdea(app.store, *visitor.principal(), *id);
  if (!d) return JsonError(app, request, d.error());
  boost::json::array cycles;
  for (const domain::IdeaCycle& row : d->cycles) {
    // What the page shows of other teams' cycles: what they predicted, learned and decided.
    const domain::PdsaCycle& c = row.cycle;
    cycles.push_back(boost::json::object{{"id", c.id},
                                         {"number", c.number},
                                         {"team_id", row.team_id},
                                         {"team", row.team_name},
                                         {"organisation", row.organisation_name},
                                         {"project_title", row.project_title},
                                         {"title", c.content.title},
                                         {"phase", domain::PdsaPhaseName(c.phase)},
                                         {"prediction", c.content.prediction},
                                         {"learning", c.content.learning},
                                         {"decision", domain::PdsaDecisionName(c.content.decision)},
                                         {"next_step", c.content.next_step}});
  }
  boost::json::object out = IdeaJson(d->idea);
  out["pdsa_cycles"] = std::move(cycles);
  return JsonValue(out);
}

}  // namespace stegvis::web
