// An admin deletes an empty unit, deletes a team without projects or moves a team to another
// unit: /admin/enheter/{id}/ta-bort, /admin/team/{id} (move), /admin/team/{id}/ta-bort, each
// deletion behind a confirmation page, and their JSON twins under /api/v1.

#include <boost/json/parse.hpp>

#include "domain/structure_changes.h"
#include "domain/teams.h"
#include "web/http/access_guard.h"
#include "web/render/error_page.h"
#include "web/render/error_status.h"
#include "web/render/error_text.h"
#include "web/render/forms.h"
#include "web/render/json_response.h"
#include "web/render/page.h"
#include "web/structure/admin_views.h"
#include "web/structure/handlers.h"

namespace stegvis::web {
namespace {

// The team and the organisation's units, for the admin's team page (kAdminister).
struct AdminTeam {
  domain::TeamDetails team;
  std::vector<domain::UnitInTree> units;
};

core::Result<AdminTeam> LoadAdminTeam(const App& app, const Visitor& visitor, domain::Id id) {
  auto structure = domain::LoadStructure(app.store, *visitor.principal());
  if (!structure) return core::Fail(structure.error());
  for (domain::TeamDetails& t : structure->teams) {
    if (t.team.id == id) return AdminTeam{std::move(t), std::move(structure->units)};
  }
  return core::Fail(core::Error::NotFoundObject("no such team"));
}

// "Ta bort X?" with one button that deletes and a way back; `refusal` when it was refused.
Response RenderConfirm(const App& app, Request& request, const Visitor& visitor,
                       std::string_view title_key, boost::json::object view, int status) {
  return RenderPage(app, request, {"confirm_delete", title_key, "admin_structure", status},
                    std::move(view), ChooseLanguage(request), visitor);
}

Response RenderAdminTeam(const App& app, Request& request, const Visitor& visitor,
                         const AdminTeam& a, boost::json::object view, int status) {
  const std::string lang = ChooseLanguage(request).lang;
  const std::string current = std::to_string(a.team.team.unit_id);
  boost::json::array units;
  for (const domain::UnitInTree& u : a.units) {
    std::string id = std::to_string(u.unit.id);
    units.push_back(boost::json::object{
        {"value", id}, {"label", IndentedName(u)}, {"selected", id == current}});
  }
  view["id"] = a.team.team.id;
  view["name"] = a.team.team.name;
  view["heading"] = app.catalogue.Format(lang, "admin2.team_heading", {{"team", a.team.team.name}});
  view["in_unit"] = app.catalogue.Format(lang, "admin2.team_in_unit", {{"unit", a.team.unit_name}});
  view["units"] = std::move(units);
  view["moved"] = request.Query("flyttat").has_value();
  return RenderPage(app, request, {"admin_team", "admin2.team_title", "admin_structure", status},
                    std::move(view), ChooseLanguage(request), visitor);
}

}  // namespace

Response UnitDeletePage(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return ErrorPage(app, request, 404);
  auto unit = domain::LoadUnit(app.store, *visitor.principal(), *id);
  if (!unit) return ErrorPage(app, request, HttpStatus(unit.error().code));
  const std::string lang = ChooseLanguage(request).lang;
  const std::string path = "/admin/enheter/" + std::to_string(*id);
  boost::json::object view{
      {"name", unit->name},
      {"back", path},
      {"back_label", unit->name},
      {"heading", app.catalogue.Format(lang, "admin2.delete_unit_heading", {{"name", unit->name}})},
      {"question", app.catalogue.Get(lang, "admin2.delete_unit_question")},
      {"action", path + "/ta-bort"},
      {"button", app.catalogue.Get(lang, "admin2.delete_unit_button")}};
  if (request.method == "POST") {
    auto done = domain::DeleteUnit(app.store, app.clock, *visitor.principal(),
                                   ActorOf(visitor, request), *id);
    if (done) return Response::Redirect("/admin/struktur?borttagen=1");
    if (done.error().code != core::ErrorCode::kConflict) {
      return ErrorPage(app, request, HttpStatus(done.error().code));
    }
    view["refusal"] = ErrorText(app.catalogue, lang, done.error());
    return RenderConfirm(app, request, visitor, "admin2.delete_unit_title", std::move(view), 409);
  }
  return RenderConfirm(app, request, visitor, "admin2.delete_unit_title", std::move(view), 200);
}

Response AdminTeamPage(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return ErrorPage(app, request, 404);
  auto team = LoadAdminTeam(app, visitor, *id);
  if (!team) return ErrorPage(app, request, HttpStatus(team.error().code));
  return RenderAdminTeam(app, request, visitor, *team, {}, 200);
}

Response TeamMoveSubmit(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return ErrorPage(app, request, 404);
  Form form(request);
  std::optional<domain::Id> unit_id = ParseId(form.Get("unit_id"));
  auto done = domain::MoveTeam(app.store, app.clock, *visitor.principal(),
                               ActorOf(visitor, request), *id, unit_id.value_or(0));
  const std::string path = "/admin/team/" + std::to_string(*id);
  if (done) return Response::Redirect(path + "?flyttat=1");
  if (done.error().code != core::ErrorCode::kInvalidInput) {
    return ErrorPage(app, request, HttpStatus(done.error().code));
  }
  auto team = LoadAdminTeam(app, visitor, *id);
  if (!team) return ErrorPage(app, request, HttpStatus(team.error().code));
  boost::json::object view;
  AddFormError(view, app, ChooseLanguage(request).lang, done.error());
  return RenderAdminTeam(app, request, visitor, *team, std::move(view), 422);
}

Response TeamDeletePage(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return ErrorPage(app, request, 404);
  auto team = LoadAdminTeam(app, visitor, *id);
  if (!team) return ErrorPage(app, request, HttpStatus(team.error().code));
  const std::string lang = ChooseLanguage(request).lang;
  const std::string path = "/admin/team/" + std::to_string(*id);
  const std::string& name = team->team.team.name;
  boost::json::object view{
      {"name", name},
      {"back", path},
      {"back_label", name},
      {"heading", app.catalogue.Format(lang, "admin2.delete_team_heading", {{"name", name}})},
      {"question", app.catalogue.Get(lang, "admin2.delete_team_question")},
      {"action", path + "/ta-bort"},
      {"button", app.catalogue.Get(lang, "admin2.delete_team_button")}};
  if (request.method == "POST") {
    auto done = domain::DeleteTeam(app.store, app.clock, *visitor.principal(),
                                   ActorOf(visitor, request), *id);
    if (done) return Response::Redirect("/admin/struktur?borttagen=1");
    if (done.error().code != core::ErrorCode::kConflict) {
      return ErrorPage(app, request, HttpStatus(done.error().code));
    }
    view["refusal"] = ErrorText(app.catalogue, lang, done.error());
    return RenderConfirm(app, request, visitor, "admin2.delete_team_title", std::move(view), 409);
  }
  return RenderConfirm(app, request, visitor, "admin2.delete_team_title", std::move(view), 200);
}

Response ApiUnitDelete(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, core::Error::NotFound("no such unit"));
  auto done = domain::DeleteUnit(app.store, app.clock, *visitor.principal(),
                                 ActorOf(visitor, request), *id);
  if (!done) return JsonError(app, request, done.error());
  return Response{204, {}, {}};
}

Response ApiTeamDelete(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, core::Error::NotFound("no such team"));
  auto done = domain::DeleteTeam(app.store, app.clock, *visitor.principal(),
                                 ActorOf(visitor, request), *id);
  if (!done) return JsonError(app, request, done.error());
  return Response{204, {}, {}};
}

// PUT {"unit_id": N}: 200 with the team as GET /api/v1/teams lists it.
Response ApiTeamMove(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, core::Error::NotFound("no such team"));
  boost::system::error_code ec;
  boost::json::value body = boost::json::parse(request.body, ec);
  const boost::json::value* unit =
      ec || !body.is_object() ? nullptr : body.as_object().if_contains("unit_id");
  if (!unit || !unit->is_int64()) {
    return JsonError(
        app, request,
        core::Error::Invalid("unit_id must be a whole number", "unit_id", "error.bad_json"));
  }
  auto done = domain::MoveTeam(app.store, app.clock, *visitor.principal(),
                               ActorOf(visitor, request), *id, unit->as_int64());
  if (!done) return JsonError(app, request, done.error());
  auto team = LoadAdminTeam(app, visitor, *id);
  if (!team) return JsonError(app, request, team.error());
  return JsonValue(boost::json::object{{"id", team->team.team.id},
                                       {"name", team->team.team.name},
                                       {"unit_id", team->team.team.unit_id},
                                       {"unit", team->team.unit_name},
                                       {"description", team->team.team.description}});
}

}  // namespace stegvis::web
