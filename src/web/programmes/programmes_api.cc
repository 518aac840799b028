// The JSON twins of the programme pages under /api/v1/programmes: the same domain calls,
// validation and permission policy as the pages. Documented in docs/api.md.

#include <boost/json/array.hpp>

#include "domain/programme_setup.h"
#include "domain/programmes.h"
#include "web/http/access_guard.h"
#include "web/improvement/measure_view.h"
#include "web/programmes/handlers.h"
#include "web/render/entity_json.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/render/paged_list.h"

namespace stegvis::web {
namespace {

boost::json::object ProgrammeJson(const domain::Programme& p) {
  return EntityJson(p, {"updated_at", "updated_by"});
}

// The programme's fields from the body on top of `p`: a member that is absent is left as it is
// (so a PUT may send only what changes); "host_unit_id": null means the whole organisation.
domain::Programme ProgrammeFromJson(JsonBody& body, domain::Programme p) {
  for (auto [name, out] : {std::pair<const char*, std::string*>{"name", &p.name},
                           {"theme", &p.theme},
                           {"aim", &p.aim},
                           {"starts_on", &p.starts_on},
                           {"ends_on", &p.ends_on}}) {
    if (auto text = body.OptionalText(name)) *out = std::move(*text);
  }
  if (body.Has("host_unit_id")) p.host_unit_id = body.OptionalInt("host_unit_id", kIds);
  return p;
}

// A calendar entry from the body on top of `e` (absent members left as they are).
domain::ProgrammeEvent EventFromJson(JsonBody& body, domain::ProgrammeEvent e) {
  if (auto kind = body.OptionalText("kind")) {
    auto parsed = domain::ParseProgrammeEventKind(*kind);
    if (!parsed) body.RefuseChoice("kind", "learning_session, action_period");
    e.kind = parsed.value_or(e.kind);
  }
  for (auto [name, out] : {std::pair<const char*, std::string*>{"title", &e.title},
                           {"starts_on", &e.starts_on},
                           {"ends_on", &e.ends_on}}) {
    if (auto text = body.OptionalText(name)) *out = std::move(*text);
  }
  return e;
}

Response Created(const std::string& location, domain::Id id) {
  Response r = JsonValue(boost::json::object{{"id", id}}, 201);
  r.SetHeader("Location", location);
  return r;
}

}  // namespace

HandlerResult ApiProgrammes(const App& app, Request& request, const Visitor& visitor) {
  auto page = ReadPageRequest(request);
  if (!page) return core::Fail(page.error());
  auto list = domain::ListProgrammes(app.store, *visitor.principal());
  if (!list) return core::Fail(list.error());
  boost::json::array out;
  for (const domain::Programme& p : *list) out.push_back(ProgrammeJson(p));
  return JsonValue(PagedList("programmes", std::move(out), *page));
}

HandlerResult ApiProgramme(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto d = domain::LoadProgramme(app.store, *visitor.principal(), *id);
  if (!d) return core::Fail(d.error());
  boost::json::object out = ProgrammeJson(d->programme);
  boost::json::array events, common, teams;
  for (const domain::ProgrammeEvent& e : d->events) {
    events.push_back(EntityJson(e, {"programme_id"}));
  }
  for (const domain::Measure& m : d->common_measures) common.push_back(MeasureJson(m));
  for (const domain::ProgrammeTeam& t : d->teams) {
    boost::json::array projects, measures;
    for (const domain::Project& p : t.projects) projects.push_back(boost::json::value(p.id));
    for (const domain::Measure& m : t.measures) measures.push_back(boost::json::value(m.id));
    teams.push_back(boost::json::object{{"id", t.team.id},
                                        {"name", t.team.name},
                                        {"unit", t.unit_name},
                                        {"programme_work_only", t.programme_work_only},
                                        {"project_ids", std::move(projects)},
                                        {"measure_ids", std::move(measures)}});
  }
  out["calendar"] = std::move(events);
  out["common_measures"] = std::move(common);
  out["teams"] = std::move(teams);
  out["teams_outside_your_scope"] = d->hidden_teams;
  return JsonValue(out);
}

HandlerResult ApiProgrammeCreate(const App& app, Request& request, const Visitor& visitor) {
  JsonBody body(request);
  domain::Programme p = ProgrammeFromJson(body, {});
  if (!body.ok()) return body.error();
  auto created = domain::AddProgramme(app.store, app.clock, *visitor.principal(),
                                      ActorOf(visitor, request), p, {});
  if (!created) return core::Fail(created.error());
  return Created("/api/v1/programmes/" + std::to_string(*created), *created);
}

HandlerResult ApiProgrammeUpdate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const std::int64_t version = body.Int("version", kVersions);
  const std::optional<bool> closed = body.OptionalBool("closed");
  if (!body.ok()) return body.error();
  const domain::Principal& principal = *visitor.principal();
  auto before = domain::LoadProgramme(app.store, principal, *id);
  if (!before) return core::Fail(before.error());
  domain::Programme changed = ProgrammeFromJson(body, before->programme);
  if (!body.ok()) return body.error();
  changed.version = version;
  auto saved = domain::ChangeProgramme(app.store, app.clock, principal, ActorOf(visitor, request),
                                       changed, closed);
  if (!saved) return core::Fail(saved.error());
  return JsonValue(ProgrammeJson(*saved));
}

HandlerResult ApiProgrammeTeamAdd(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const domain::Id team = body.Int("team_id", kIds);
  if (!body.ok()) return body.error();
  auto added = domain::AddTeamToProgramme(app.store, app.clock, *visitor.principal(),
                                          ActorOf(visitor, request), *id, team);
  if (!added) return core::Fail(added.error());
  return Response{204, {}, {}};
}

HandlerResult ApiProgrammeEventCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  domain::ProgrammeEvent e = EventFromJson(body, {});
  if (!body.ok()) return body.error();
  auto added = domain::AddProgrammeEventTo(app.store, app.clock, *visitor.principal(),
                                           ActorOf(visitor, request), *id, e);
  if (!added) return core::Fail(added.error());
  return Created("/api/v1/programmes/" + std::to_string(*id), *added);
}

HandlerResult ApiProgrammeEventUpdate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto event_id = PathId(request, "event_id");
  if (!event_id) return core::Fail(event_id.error());
  JsonBody body(request);
  domain::ProgrammeEventEdit edit;
  if (auto kind = body.OptionalText("kind")) {
    edit.kind = domain::ParseProgrammeEventKind(*kind);
    if (!edit.kind) body.RefuseChoice("kind", "learning_session, action_period");
  }
  edit.title = body.OptionalText("title");
  edit.starts_on = body.OptionalText("starts_on");
  edit.ends_on = body.OptionalText("ends_on");
  if (!body.ok()) return body.error();
  // Absent members stay as stored when the change is written.
  auto moved = domain::MoveProgrammeEvent(app.store, app.clock, *visitor.principal(),
                                          ActorOf(visitor, request), *id, *event_id, edit);
  if (!moved) return core::Fail(moved.error());
  return JsonValue(EntityJson(*moved, {"programme_id"}));
}

HandlerResult ApiProgrammeEventDelete(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto event_id = PathId(request, "event_id");
  if (!event_id) return core::Fail(event_id.error());
  auto done = domain::RemoveProgrammeEvent(app.store, app.clock, *visitor.principal(),
                                           ActorOf(visitor, request), *id, *event_id);
  if (!done) return core::Fail(done.error());
  return Response{204, {}, {}};
}

}  // namespace stegvis::web
