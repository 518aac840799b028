// The JSON twins of the goals pages under /api/v1/: the catalogue (list, get, create,
// update), each object's goal links (get, put), and the overview. Same domain calls and
// permission policy as the pages; documented in docs/api.md.

#include <boost/json/array.hpp>

#include "domain/goal_links.h"
#include "domain/goal_overview.h"
#include "domain/goals.h"
#include "web/goals/goal_views.h"
#include "web/goals/handlers.h"
#include "web/http/access_guard.h"
#include "web/improvement/measure_view.h"
#include "web/render/entity_json.h"
#include "web/render/forms.h"
#include "web/render/json_request.h"
#include "web/render/json_response.h"
#include "web/render/language.h"

namespace stegvis::web {
namespace {

core::Error BadJson(const char* field) {
  return core::Error::Invalid(std::string("bad or missing ") + field, field, "error.bad_json");
}

boost::json::object EntryJson(const domain::GoalEntry& e) {
  return EntityJson(e, {"organisation_id"});
}

// Reads the members of `body` present into `e`: strings, sort_order (integer), flags (bool).
core::Result<domain::GoalEntry> EntryFromJson(const boost::json::object& body,
                                              domain::GoalEntry e) {
  for (auto [name, out] : {std::pair<const char*, std::string*>{"group", &e.group},
                           {"code", &e.code},
                           {"title_sv", &e.title_sv},
                           {"title_en", &e.title_en},
                           {"description_sv", &e.description_sv},
                           {"description_en", &e.description_en}}) {
    if (const boost::json::value* v = body.if_contains(name)) {
      if (!v->is_string()) return core::Fail(BadJson(name));
      *out = std::string(v->as_string());
    }
  }
  if (const boost::json::value* v = body.if_contains("family")) {
    auto family = v->is_string() ? domain::ParseGoalFamily(v->as_string()) : std::nullopt;
    if (!family) return core::Fail(BadJson("family"));
    e.family = *family;
  }
  if (const boost::json::value* v = body.if_contains("sort_order")) {
    if (!v->is_int64()) return core::Fail(BadJson("sort_order"));
    e.sort_order = static_cast<int>(std::clamp<std::int64_t>(v->as_int64(), -1, 10000));
  }
  for (auto [name, out] : {std::pair<const char*, bool*>{"highlighted", &e.highlighted},
                           {"unconfirmed", &e.unconfirmed},
                           {"retired", &e.retired}}) {
    if (const boost::json::value* v = body.if_contains(name)) {
      if (!v->is_bool()) return core::Fail(BadJson(name));
      *out = v->as_bool();
    }
  }
  if (const boost::json::value* v = body.if_contains("version")) {
    if (!v->is_int64()) return core::Fail(BadJson("version"));
    e.version = v->as_int64();
  }
  return e;
}

Response LinksJson(const App& app, const Request& request, const Visitor& visitor,
                   domain::GoalObject object, domain::Id id) {
  auto set = domain::LoadGoalLinks(app.store, *visitor.principal(), object, id);
  if (!set) return JsonError(app, request, set.error());
  boost::json::array goals;
  for (const domain::GoalEntry& e : set->linked) goals.push_back(EntryJson(e));
  return JsonValue(boost::json::object{{"object", domain::GoalObjectName(object)},
                                       {"object_id", id},
                                       {"goals", std::move(goals)},
                                       {"may_change", set->may_change}});
}

Response GetLinks(const App& app, Request& request, const Visitor& visitor,
                  domain::GoalObject object) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  return LinksJson(app, request, visitor, object, *id);
}

Response PutLinks(const App& app, Request& request, const Visitor& visitor,
                  domain::GoalObject object) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  auto body = JsonObjectBody(request);
  if (!body) return JsonError(app, request, body.error());
  const boost::json::value* list = body->if_contains("goal_ids");
  if (!list || !list->is_array()) return JsonError(app, request, BadJson("goal_ids"));
  std::vector<domain::Id> ids;
  for (const boost::json::value& v : list->as_array()) {
    if (!v.is_int64()) return JsonError(app, request, BadJson("goal_ids"));
    ids.push_back(v.as_int64());
  }
  // "base_goal_ids" (optional): the links the caller read; changed since, 409.
  std::optional<std::vector<domain::Id>> base;
  if (const boost::json::value* b = body->if_contains("base_goal_ids")) {
    if (!b->is_array()) return JsonError(app, request, BadJson("base_goal_ids"));
    base.emplace();
    for (const boost::json::value& v : b->as_array()) {
      if (!v.is_int64()) return JsonError(app, request, BadJson("base_goal_ids"));
      base->push_back(v.as_int64());
    }
  }
  auto done = domain::SetGoalLinks(app.store, app.clock, *visitor.principal(),
                                   ActorOf(visitor, request), object, *id, ids, base);
  if (!done) return JsonError(app, request, done.error());
  return LinksJson(app, request, visitor, object, *id);
}

}  // namespace

Response ApiGoals(const App& app, Request& request, const Visitor& visitor) {
  auto catalogue = domain::ListGoalCatalogue(app.store, *visitor.principal());
  if (!catalogue) return JsonError(app, request, catalogue.error());
  boost::json::array goals;
  for (const domain::GoalEntry& e : *catalogue) goals.push_back(EntryJson(e));
  return JsonValue(boost::json::object{{"goals", std::move(goals)}});
}

Response ApiGoal(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  auto entry = domain::LoadGoalEntry(app.store, *visitor.principal(), *id);
  if (!entry) return JsonError(app, request, entry.error());
  return JsonValue(EntryJson(*entry));
}

Response ApiGoalCreate(const App& app, Request& request, const Visitor& visitor) {
  auto body = JsonObjectBody(request);
  if (!body) return JsonError(app, request, body.error());
  auto entry = EntryFromJson(*body, {});
  if (!entry) return JsonError(app, request, entry.error());
  auto created = domain::AddGoalEntry(app.store, app.clock, *visitor.principal(),
                                      ActorOf(visitor, request), *entry);
  if (!created) return JsonError(app, request, created.error());
  auto stored = domain::LoadGoalEntry(app.store, *visitor.principal(), *created);
  if (!stored) return JsonError(app, request, stored.error());
  Response r = JsonValue(EntryJson(*stored), 201);
  r.SetHeader("Location", "/api/v1/goals/" + std::to_string(*created));
  return r;
}

Response ApiGoalUpdate(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  auto body = JsonObjectBody(request);
  if (!body) return JsonError(app, request, body.error());
  if (!body->contains("version")) return JsonError(app, request, BadJson("version"));
  auto before = domain::LoadGoalEntry(app.store, *visitor.principal(), *id);
  if (!before) return JsonError(app, request, before.error());
  auto changed = EntryFromJson(*body, *before);
  if (!changed) return JsonError(app, request, changed.error());
  changed->family = before->family;  // the framework stays
  auto done = domain::ChangeGoalEntry(app.store, app.clock, *visitor.principal(),
                                      ActorOf(visitor, request), *changed);
  if (!done) return JsonError(app, request, done.error());
  auto stored = domain::LoadGoalEntry(app.store, *visitor.principal(), *id);
  if (!stored) return JsonError(app, request, stored.error());
  return JsonValue(EntryJson(*stored));
}

Response ApiGoalOverview(const App& app, Request& request, const Visitor& visitor) {
  auto overview =
      domain::LoadGoalOverview(app.store, *visitor.principal(), UnitFilter(request, "unit"));
  if (!overview) return JsonError(app, request, overview.error());
  boost::json::array goals;
  for (const domain::GoalCoverage& g : overview->goals) {
    goals.push_back(boost::json::object{{"goal", EntryJson(g.entry)},
                                        {"addressed", g.Addressed()},
                                        {"programmes", g.programmes},
                                        {"projects", g.projects},
                                        {"pdsa_cycles", g.cycles},
                                        {"measures", g.measures}});
  }
  return JsonValue(boost::json::object{
      {"unit_id", overview->unit ? boost::json::value(overview->unit->id) : nullptr},
      {"programmes", overview->programmes},
      {"projects", overview->projects},
      {"goals", std::move(goals)}});
}

Response ApiProgrammeGoals(const App& app, Request& r, const Visitor& v) {
  return GetLinks(app, r, v, domain::GoalObject::kProgramme);
}
Response ApiProgrammeGoalsPut(const App& app, Request& r, const Visitor& v) {
  return PutLinks(app, r, v, domain::GoalObject::kProgramme);
}
Response ApiProjectGoals(const App& app, Request& r, const Visitor& v) {
  return GetLinks(app, r, v, domain::GoalObject::kProject);
}
Response ApiProjectGoalsPut(const App& app, Request& r, const Visitor& v) {
  return PutLinks(app, r, v, domain::GoalObject::kProject);
}
Response ApiAimGoals(const App& app, Request& r, const Visitor& v) {
  return GetLinks(app, r, v, domain::GoalObject::kAim);
}
Response ApiAimGoalsPut(const App& app, Request& r, const Visitor& v) {
  return PutLinks(app, r, v, domain::GoalObject::kAim);
}
Response ApiMeasureGoals(const App& app, Request& r, const Visitor& v) {
  return GetLinks(app, r, v, domain::GoalObject::kMeasure);
}
Response ApiMeasureGoalsPut(const App& app, Request& r, const Visitor& v) {
  return PutLinks(app, r, v, domain::GoalObject::kMeasure);
}

}  // namespace stegvis::web
