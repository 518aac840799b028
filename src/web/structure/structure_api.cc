// The JSON twins of the structure pages (docs/api.md, "Units and teams"): the organisation's
// units, creating and changing a unit (admins), creating a team (admins) and changing a team's
// name and description (who may change the team) — the use cases of domain/teams.h, with the
// same checks as the forms; every wrong field at once.

#include <boost/json/array.hpp>

#include "domain/teams.h"
#include "web/http/access_guard.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/render/paged_list.h"
#include "web/structure/handlers.h"

namespace stegvis::web {
namespace {

boost::json::object UnitJson(const domain::Unit& u) {
  return boost::json::object{
      {"id", u.id},
      {"name", u.name},
      {"kind", domain::UnitKindName(u.kind)},
      {"parent_id", u.parent_id ? boost::json::value(*u.parent_id) : boost::json::value(nullptr)}};
}

// The unit's kind from the body's "kind", or none when absent; an unknown kind is an error of
// its own.
std::optional<domain::UnitKind> KindOf(JsonBody& body, std::vector<core::Error>& errors) {
  const std::optional<std::string> text = body.OptionalText("kind", 32);
  if (!text) return std::nullopt;
  if (auto kind = domain::ParseUnitKind(*text)) return *kind;
  errors.push_back(core::Error::Invalid("namnd, forvaltning or enhet", "kind", "error.unit_kind"));
  return std::nullopt;
}

// The unit's checks (UnitErrors) and `errors` together; the answer when there is any.
std::optional<HandlerResult> Refused(const App& app, const Request& request,
                                     const domain::Principal& principal, const domain::Unit& unit,
                                     std::vector<core::Error> errors) {
  auto checked = domain::UnitErrors(app.store, principal, unit);
  if (!checked) return HandlerResult(core::Fail(checked.error()));
  errors.insert(errors.begin(), checked->begin(), checked->end());
  if (errors.empty()) return std::nullopt;
  return HandlerResult(JsonErrors(app, request, errors));
}

boost::json::object TeamJson(const domain::TeamDetails& t) {
  return boost::json::object{{"id", t.team.id},
                             {"name", t.team.name},
                             {"unit_id", t.team.unit_id},
                             {"unit", t.unit_name},
                             {"description", t.team.description},
                             {"may_change", t.may_change}};
}

}  // namespace

HandlerResult ApiUnits(const App& app, Request& request, const Visitor& visitor) {
  auto page = ReadPageRequest(request);
  if (!page) return core::Fail(page.error());
  auto structure = domain::LoadStructure(app.store, *visitor.principal());
  if (!structure) return core::Fail(structure.error());
  boost::json::array units;
  for (const domain::UnitInTree& u : structure->units) units.push_back(UnitJson(u.unit));
  return JsonValue(PagedList("units", std::move(units), *page));
}

HandlerResult ApiUnitCreate(const App& app, Request& request, const Visitor& visitor) {
  const domain::Principal& principal = *visitor.principal();
  JsonBody body(request);
  std::vector<core::Error> errors;
  domain::NewUnit unit{principal.user.organisation_id, body.OptionalInt("parent_id", kIds),
                       body.Text("name"), domain::UnitKind::kEnhet};
  unit.kind = KindOf(body, errors).value_or(domain::UnitKind::kEnhet);
  if (!body.ok()) return body.error();
  if (auto refused = Refused(app, request, principal,
                             {0, unit.organisation_id, unit.parent_id, unit.name, unit.kind},
                             std::move(errors))) {
    return std::move(*refused);
  }
  auto created = domain::AddUnit(app.store, app.clock, &principal, ActorOf(visitor, request), unit);
  if (!created) return core::Fail(created.error());
  Response r = JsonValue(boost::json::object{{"id", *created}}, 201);
  r.SetHeader("Location", "/api/v1/units/" + std::to_string(*created));
  return r;
}

HandlerResult ApiUnitUpdate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto current = domain::LoadUnit(app.store, principal, *id);
  if (!current) return core::Fail(current.error());
  JsonBody body(request);
  std::vector<core::Error> errors;
  domain::UnitEdit edit;
  edit.name = body.OptionalText("name");
  edit.kind = KindOf(body, errors);
  // Absent: the same parent; null: a top-level unit.
  if (body.IsNull("parent_id")) {
    edit.parent_id.emplace(std::nullopt);
  } else if (body.Has("parent_id")) {
    edit.parent_id.emplace(body.OptionalInt("parent_id", kIds));
  }
  if (!body.ok()) return body.error();
  // Every wrong member at once, against the unit as read; the write checks again against the
  // unit as it is then, and changes only the members sent.
  if (auto refused =
          Refused(app, request, principal, edit.AppliedTo(*current), std::move(errors))) {
    return std::move(*refused);
  }
  auto done =
      domain::ChangeUnit(app.store, app.clock, principal, ActorOf(visitor, request), *id, edit);
  if (!done) return core::Fail(done.error());
  auto saved = domain::LoadUnit(app.store, principal, *id);
  if (!saved) return core::Fail(saved.error());
  return JsonValue(UnitJson(*saved));
}

HandlerResult ApiTeamCreate(const App& app, Request& request, const Visitor& visitor) {
  const domain::Principal& principal = *visitor.principal();
  JsonBody body(request);
  domain::NewTeam team{principal.user.organisation_id, body.Int("unit_id", kIds), body.Text("name"),
                       body.Text("description")};
  if (!body.ok()) return body.error();
  std::vector<core::Error> errors = domain::TeamErrors(team.name, team.description);
  if (!errors.empty()) return JsonErrors(app, request, errors);
  auto created = domain::AddTeam(app.store, app.clock, &principal, ActorOf(visitor, request), team);
  if (!created) return core::Fail(created.error());
  Response r = JsonValue(boost::json::object{{"id", *created}}, 201);
  r.SetHeader("Location", "/api/v1/teams/" + std::to_string(*created));
  return r;
}

HandlerResult ApiTeamUpdate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto current = domain::LoadTeam(app.store, principal, *id);
  if (!current) return core::Fail(current.error());
  JsonBody body(request);
  // Absent members stay as stored when the change is written, not as read here.
  const domain::TeamChanges changes{body.OptionalText("name"), body.OptionalText("description")};
  if (!body.ok()) return body.error();
  std::vector<core::Error> errors =
      domain::TeamErrors(changes.name.value_or(current->team.name),
                         changes.description.value_or(current->team.description));
  if (!errors.empty()) return JsonErrors(app, request, errors);
  auto done =
      domain::UpdateTeam(app.store, app.clock, principal, ActorOf(visitor, request), *id, changes);
  if (!done) return core::Fail(done.error());
  auto team = domain::LoadTeam(app.store, principal, *id);
  if (!team) return core::Fail(team.error());
  return JsonValue(TeamJson(*team));
}

}  // namespace stegvis::web
