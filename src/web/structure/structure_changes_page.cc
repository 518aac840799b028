// An admin deletes an empty unit, deletes a team without projects or moves a team to another
// unit: /admin/enheter/{id}/ta-bort, /admin/team/{id} (move), /admin/team/{id}/ta-bort, each
// deletion behind a confirmation page, and their JSON twins under /api/v1.

#include "domain/structure_changes.h"
#include "domain/teams.h"
#include "web/http/access_guard.h"
#include "web/render/error_text.h"
#include "web/render/form_view.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
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

// confirm_delete.mustache: "Ta bort X?" with one button that deletes and a way back.
struct ConfirmView {
  std::string back;  // the page of what would be deleted
  std::string back_label;
  std::string heading;
  std::string question;
  std::string action;
  std::string button;
  std::optional<std::string> refusal;  // why the deletion was refused (after trying)
};
constexpr auto Describe(std::type_identity<ConfirmView>) {
  using C = ConfirmView;
  return std::tuple{core::Field("back", &C::back),       core::Field("back_label", &C::back_label),
                    core::Field("heading", &C::heading), core::Field("question", &C::question),
                    core::Field("action", &C::action),   core::Field("button", &C::button),
                    core::Field("refusal", &C::refusal)};
}

// admin_team.mustache: the team and the form that moves it to another unit.
struct AdminTeamView {
  domain::Id id = 0;
  std::string name;
  std::string heading;
  std::string in_unit;
  std::vector<OptionView> units;
  bool moved = false;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_unit_id;
};
constexpr auto Describe(std::type_identity<AdminTeamView>) {
  using A = AdminTeamView;
  return std::tuple{core::Field("id", &A::id),
                    core::Field("name", &A::name),
                    core::Field("heading", &A::heading),
                    core::Field("in_unit", &A::in_unit),
                    core::Field("units", &A::units),
                    core::Field("moved", &A::moved),
                    core::Field("has_errors", &A::has_errors),
                    core::Field("errors", &A::errors),
                    core::Field("error_unit_id", &A::error_unit_id)};
}

Response RenderConfirm(const App& app, Request& request, const Visitor& visitor,
                       std::string_view title_key, const ConfirmView& view, int status) {
  return RenderPage(app, request, {"confirm_delete", title_key, "admin_structure", status}, view,
                    ChooseLanguage(request), visitor);
}

Response RenderAdminTeam(const App& app, Request& request, const Visitor& visitor,
                         const AdminTeam& a, AdminTeamView view, int status) {
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  view.id = a.team.team.id;
  view.name = a.team.team.name;
  view.heading = app.catalogue.Format(lang, "admin2.team_heading", {{"team", a.team.team.name}});
  view.in_unit = app.catalogue.Format(lang, "admin2.team_in_unit", {{"unit", a.team.unit_name}});
  view.units = UnitTreeOptions(a.units, std::to_string(a.team.team.unit_id));
  view.moved = request.Query("flyttat").has_value();
  return RenderPage(app, request, {"admin_team", "admin2.team_title", "admin_structure", status},
                    view, language, visitor);
}

// The confirmation page's words for deleting unit `id` ("Ta bort X?", one button).
core::Result<ConfirmView> UnitConfirmView(const App& app, const Request& request,
                                          const Visitor& visitor, domain::Id id) {
  auto unit = domain::LoadUnit(app.store, *visitor.principal(), id);
  if (!unit) return core::Fail(unit.error());
  const std::string lang = ChooseLanguage(request).lang;
  const std::string path = "/admin/enheter/" + std::to_string(id);
  return ConfirmView{
      path,
      unit->name,
      app.catalogue.Format(lang, "admin2.delete_unit_heading", {{"name", unit->name}}),
      app.catalogue.Get(lang, "admin2.delete_unit_question"),
      path + "/ta-bort",
      app.catalogue.Get(lang, "admin2.delete_unit_button"),
      std::nullopt};
}

// The same for deleting team `id`.
core::Result<ConfirmView> TeamConfirmView(const App& app, const Request& request,
                                          const Visitor& visitor, domain::Id id) {
  auto team = LoadAdminTeam(app, visitor, id);
  if (!team) return core::Fail(team.error());
  const std::string lang = ChooseLanguage(request).lang;
  const std::string path = "/admin/team/" + std::to_string(id);
  const std::string& name = team->team.team.name;
  return ConfirmView{path,
                     name,
                     app.catalogue.Format(lang, "admin2.delete_team_heading", {{"name", name}}),
                     app.catalogue.Get(lang, "admin2.delete_team_question"),
                     path + "/ta-bort",
                     app.catalogue.Get(lang, "admin2.delete_team_button"),
                     std::nullopt};
}

}  // namespace

HandlerResult UnitDeletePage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto view = UnitConfirmView(app, request, visitor, *id);
  if (!view) return core::Fail(view.error());
  return RenderConfirm(app, request, visitor, "admin2.delete_unit_title", *view, 200);
}

HandlerResult UnitDeleteSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto done = domain::DeleteUnit(app.store, app.clock, *visitor.principal(),
                                 ActorOf(visitor, request), *id);
  if (done) return Response::Redirect("/admin/struktur?borttagen=1");
  if (done.error().code != core::ErrorCode::kConflict) return core::Fail(done.error());
  auto view = UnitConfirmView(app, request, visitor, *id);
  if (!view) return core::Fail(view.error());
  view->refusal = ErrorText(app.catalogue, ChooseLanguage(request).lang, done.error());
  return RenderConfirm(app, request, visitor, "admin2.delete_unit_title", *view, 409);
}

HandlerResult AdminTeamPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto team = LoadAdminTeam(app, visitor, *id);
  if (!team) return core::Fail(team.error());
  return RenderAdminTeam(app, request, visitor, *team, {}, 200);
}

HandlerResult TeamMoveSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  Form form(request);
  std::optional<domain::Id> unit_id = ParseId(form.Get("unit_id"));
  auto done = domain::MoveTeam(app.store, app.clock, *visitor.principal(),
                               ActorOf(visitor, request), *id, unit_id.value_or(0));
  const std::string path = "/admin/team/" + std::to_string(*id);
  if (done) return Response::Redirect(path + "?flyttat=1");
  if (done.error().code != core::ErrorCode::kInvalidInput) {
    return core::Fail(done.error());
  }
  auto team = LoadAdminTeam(app, visitor, *id);
  if (!team) return core::Fail(team.error());
  AdminTeamView view;
  SetFormError(view, app, ChooseLanguage(request).lang, done.error());
  return RenderAdminTeam(app, request, visitor, *team, std::move(view), 422);
}

HandlerResult TeamDeletePage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto view = TeamConfirmView(app, request, visitor, *id);
  if (!view) return core::Fail(view.error());
  return RenderConfirm(app, request, visitor, "admin2.delete_team_title", *view, 200);
}

HandlerResult TeamDeleteSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto done = domain::DeleteTeam(app.store, app.clock, *visitor.principal(),
                                 ActorOf(visitor, request), *id);
  if (done) return Response::Redirect("/admin/struktur?borttagen=1");
  if (done.error().code != core::ErrorCode::kConflict) return core::Fail(done.error());
  auto view = TeamConfirmView(app, request, visitor, *id);
  if (!view) return core::Fail(view.error());
  view->refusal = ErrorText(app.catalogue, ChooseLanguage(request).lang, done.error());
  return RenderConfirm(app, request, visitor, "admin2.delete_team_title", *view, 409);
}

HandlerResult ApiUnitDelete(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto done = domain::DeleteUnit(app.store, app.clock, *visitor.principal(),
                                 ActorOf(visitor, request), *id);
  if (!done) return core::Fail(done.error());
  return Response{204, {}, {}};
}

HandlerResult ApiTeamDelete(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto done = domain::DeleteTeam(app.store, app.clock, *visitor.principal(),
                                 ActorOf(visitor, request), *id);
  if (!done) return core::Fail(done.error());
  return Response{204, {}, {}};
}

// PUT {"unit_id": N}: 200 with the team as GET /api/v1/teams lists it.
HandlerResult ApiTeamMove(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const domain::Id unit_id = body.Int("unit_id", kIds);
  if (!body.ok()) return body.error();
  auto done = domain::MoveTeam(app.store, app.clock, *visitor.principal(),
                               ActorOf(visitor, request), *id, unit_id);
  if (!done) return core::Fail(done.error());
  auto team = LoadAdminTeam(app, visitor, *id);
  if (!team) return core::Fail(team.error());
  return JsonValue(boost::json::object{{"id", team->team.team.id},
                                       {"name", team->team.team.name},
                                       {"unit_id", team->team.team.unit_id},
                                       {"unit", team->team.unit_name},
                                       {"description", team->team.team.description}});
}

}  // namespace stegvis::web
