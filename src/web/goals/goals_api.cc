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
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/render/language.h"
#include "web/render/paged_list.h"

namespace stegvis::web {
namespace {

boost::json::object EntryJson(const domain::GoalEntry& e) {
  return EntityJson(e, {"organisation_id"});
}

// Reads the members of `body` present into `e`: texts, family, sort_order, the flags and
// version. Problems are left in `body`.
domain::GoalEntry EntryFromJson(JsonBody& body, domain::GoalEntry e) {
  for (auto [name, out] : {std::pair<const char*, std::string*>{"group", &e.group},
                           {"code", &e.code},
                           {"title_sv", &e.title_sv},
                           {"title_en", &e.title_en},
                           {"description_sv", &e.description_sv},
                           {"description_en", &e.description_en}}) {
    if (auto text = body.OptionalText(name)) *out = std::move(*text);
  }
  if (auto name = body.OptionalText("family")) {
    auto family = domain::ParseGoalFamily(*name);
    if (!family) body.RefuseChoice("family", "policy, cemr, sdg, skr");
    e.family = family.value_or(e.family);
  }
  // The domain's range, and its words for it.
  if (auto order = body.OptionalInt("sort_order", {0, 9999}, "goals.error.sort_order")) {
    e.sort_order = static_cast<int>(*order);
  }
  for (auto [name, out] : {std::pair<const char*, bool*>{"highlighted", &e.highlighted},
                           {"unconfirmed", &e.unconfirmed},
                           {"retired", &e.retired}}) {
    if (auto flag = body.OptionalBool(name)) *out = *flag;
  }
  if (auto version = body.OptionalInt("version", kVersions)) e.version = *version;
  return e;
}

// The object's linked entries, a page at a time (docs/api.md, "Lists and pages").
HandlerResult LinksJson(const App& app, const Visitor& visitor, domain::GoalObject object,
                        domain::Id id, const PageRequest& page) {
  auto set = domain::LoadGoalLinks(app.store, *visitor.principal(), object, id);
  if (!set) return core::Fail(set.error());
  boost::json::array goals;
  for (const domain::GoalEntry& e : set->linked) goals.push_back(EntryJson(e));
  return JsonValue(PagedList("goals", std::move(goals), page,
                             boost::json::object{{"object", domain::GoalObjectName(object)},
                                                 {"object_id", id},
                                                 {"may_change", set->may_change}}));
}

HandlerResult GetLinks(const App& app, Request& request, const Visitor& visitor,
                       domain::GoalObject object) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto page = ReadPageRequest(request);
  if (!page) return core::Fail(page.error());
  return LinksJson(app, visitor, object, *id, *page);
}

HandlerResult PutLinks(const App& app, Request& request, const Visitor& visitor,
                       domain::GoalObject object) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  if (!body.Has("goal_ids")) {
    body.Refuse(core::Error::Invalid("goal_ids is missing", "goal_ids", "error.json.required"));
  }
  std::vector<domain::Id> ids = body.Ids("goal_ids");
  // "base_goal_ids" (optional): the links the caller read; changed since, 409.
  std::optional<std::vector<domain::Id>> base = body.OptionalIds("base_goal_ids");
  if (!body.ok()) return body.error();
  auto done = domain::SetGoalLinks(app.store, app.clock, *visitor.principal(),
                                   ActorOf(visitor, request), object, *id, ids, base);
  if (!done) return core::Fail(done.error());
  return LinksJson(app, visitor, object, *id, PageRequest{});  // the first page, as a GET
}

}  // namespace

HandlerResult ApiGoals(const App& app, Request& request, const Visitor& visitor) {
  auto page = ReadPageRequest(request);
  if (!page) return core::Fail(page.error());
  auto catalogue = domain::ListGoalCatalogue(app.store, *visitor.principal());
  if (!catalogue) return core::Fail(catalogue.error());
  boost::json::array goals;
  for (const domain::GoalEntry& e : *catalogue) goals.push_back(EntryJson(e));
  return JsonValue(PagedList("goals", std::move(goals), *page));
}

HandlerResult ApiGoal(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto entry = domain::LoadGoalEntry(app.store, *visitor.principal(), *id);
  if (!entry) return core::Fail(entry.error());
  return JsonValue(EntryJson(*entry));
}

HandlerResult ApiGoalCreate(const App& app, Request& request, const Visitor& visitor) {
  JsonBody body(request);
  domain::GoalEntry entry = EntryFromJson(body, {});
  if (!body.ok()) return body.error();
  auto created = domain::AddGoalEntry(app.store, app.clock, *visitor.principal(),
                                      ActorOf(visitor, request), entry);
  if (!created) return core::Fail(created.error());
  auto stored = domain::LoadGoalEntry(app.store, *visitor.principal(), *created);
  if (!stored) return core::Fail(stored.error());
  Response r = JsonValue(EntryJson(*stored), 201);
  r.SetHeader("Location", "/api/v1/goals/" + std::to_string(*created));
  return r;
}

HandlerResult ApiGoalUpdate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  body.Int("version", kVersions);  // required here; EntryFromJson reads it
  if (!body.ok()) return body.error();
  auto before = domain::LoadGoalEntry(app.store, *visitor.principal(), *id);
  if (!before) return core::Fail(before.error());
  domain::GoalEntry changed = EntryFromJson(body, *before);
  if (!body.ok()) return body.error();
  changed.family = before->family;  // the framework stays
  auto done = domain::ChangeGoalEntry(app.store, app.clock, *visitor.principal(),
                                      ActorOf(visitor, request), changed);
  if (!done) return core::Fail(done.error());
  auto stored = domain::LoadGoalEntry(app.store, *visitor.principal(), *id);
  if (!stored) return core::Fail(stored.error());
  return JsonValue(EntryJson(*stored));
}

HandlerResult ApiGoalOverview(const App& app, Request& request, const Visitor& visitor) {
  auto overview =
      domain::LoadGoalOverview(app.store, *visitor.principal(), UnitFilter(request, "unit"));
  if (!overview) return core::Fail(overview.error());
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

HandlerResult ApiProgrammeGoals(const App& app, Request& r, const Visitor& v) {
  return GetLinks(app, r, v, domain::GoalObject::kProgramme);
}
HandlerResult ApiProgrammeGoalsPut(const App& app, Request& r, const Visitor& v) {
  return PutLinks(app, r, v, domain::GoalObject::kProgramme);
}
HandlerResult ApiProjectGoals(const App& app, Request& r, const Visitor& v) {
  return GetLinks(app, r, v, domain::GoalObject::kProject);
}
HandlerResult ApiProjectGoalsPut(const App& app, Request& r, const Visitor& v) {
  return PutLinks(app, r, v, domain::GoalObject::kProject);
}
HandlerResult ApiAimGoals(const App& app, Request& r, const Visitor& v) {
  return GetLinks(app, r, v, domain::GoalObject::kAim);
}
HandlerResult ApiAimGoalsPut(const App& app, Request& r, const Visitor& v) {
  return PutLinks(app, r, v, domain::GoalObject::kAim);
}
HandlerResult ApiMeasureGoals(const App& app, Request& r, const Visitor& v) {
  return GetLinks(app, r, v, domain::GoalObject::kMeasure);
}
HandlerResult ApiMeasureGoalsPut(const App& app, Request& r, const Visitor& v) {
  return PutLinks(app, r, v, domain::GoalObject::kMeasure);
}

}  // namespace stegvis::web
