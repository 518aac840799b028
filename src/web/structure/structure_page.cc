// /admin/struktur: the organisation's units (a tree) and teams, with forms to add them.

#include "domain/teams.h"
#include "web/http/access_guard.h"
#include "web/render/error_status.h"
#include "web/render/forms.h"
#include "web/render/page.h"
#include "web/structure/admin_views.h"
#include "web/structure/handlers.h"

namespace stegvis::web {
namespace {

HandlerResult RenderStructure(const App& app, Request& request, const Visitor& visitor,
                              boost::json::object view, int status) {
  const std::string lang = ChooseLanguage(request).lang;
  auto structure = domain::LoadStructure(app.store, *visitor.principal());
  if (!structure) return core::Fail(structure.error());
  std::string unit_parent =
      view.contains("unit_parent") ? std::string(view["unit_parent"].as_string()) : "";
  std::string team_unit =
      view.contains("team_unit") ? std::string(view["team_unit"].as_string()) : "";
  boost::json::array units,
      parents{boost::json::object{{"value", ""},
                                  {"label", app.catalogue.Get(lang, "structure.top_level")},
                                  {"selected", unit_parent.empty()}}};
  boost::json::array team_units;
  for (const domain::UnitInTree& u : structure->units) {
    std::string kind(domain::UnitKindName(u.unit.kind));
    std::string id = std::to_string(u.unit.id);
    units.push_back(
        boost::json::object{{"id", u.unit.id},
                            {"name", u.unit.name},
                            {"depth", u.depth},
                            {"kind", kind},
                            {"kind_label", app.catalogue.Get(lang, "unit.kind." + kind)}});
    std::string label = IndentedName(u);
    parents.push_back(
        boost::json::object{{"value", id}, {"label", label}, {"selected", id == unit_parent}});
    team_units.push_back(
        boost::json::object{{"value", id}, {"label", label}, {"selected", id == team_unit}});
  }
  boost::json::array teams;
  for (const domain::TeamDetails& t : structure->teams) {
    teams.push_back(
        boost::json::object{{"id", t.team.id}, {"name", t.team.name}, {"unit", t.unit_name}});
  }
  std::string kind_selected =
      view.contains("unit_kind") ? std::string(view["unit_kind"].as_string()) : "enhet";
  boost::json::array kinds;
  for (const char* k : {"namnd", "forvaltning", "enhet"}) {
    kinds.push_back(
        boost::json::object{{"value", k},
                            {"label", app.catalogue.Get(lang, std::string("unit.kind.") + k)},
                            {"selected", kind_selected == k}});
  }
  view["units"] = std::move(units);
  view["parents"] = std::move(parents);
  view["team_units"] = std::move(team_units);
  view["teams"] = std::move(teams);
  view["kinds"] = std::move(kinds);
  view["saved"] = request.Query("sparat").has_value();
  view["deleted"] = request.Query("borttagen").has_value();
  return RenderPage(app, request, {"structure", "structure.title", "admin_structure", status},
                    std::move(view), ChooseLanguage(request), visitor);
}

}  // namespace

HandlerResult StructurePage(const App& app, Request& request, const Visitor& visitor) {
  return RenderStructure(app, request, visitor, {}, 200);
}

HandlerResult UnitCreate(const App& app, Request& request, const Visitor& visitor) {
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::NewUnit unit{principal.user.organisation_id, std::nullopt, form.Get("name"),
                       domain::UnitKind::kEnhet};
  core::Result<domain::Id> done =
      core::Fail(core::Error::Invalid("bad unit kind", "kind", "error.required"));
  std::optional<domain::UnitKind> kind = domain::ParseUnitKind(form.Get("kind"));
  std::string parent = form.Get("parent_id");
  std::optional<domain::Id> parent_id = ParseId(parent);
  if (!parent.empty() && !parent_id) {
    done = core::Fail(core::Error::Invalid("no such unit", "parent_id", "error.unknown_parent"));
  } else if (kind) {
    unit.kind = *kind;
    unit.parent_id = parent_id;
    done = domain::AddUnit(app.store, app.clock, &principal,
                           domain::ActorFor(principal, ClientAddress(request)), unit);
  }
  if (done) return Response::Redirect("/admin/struktur?sparat=1");
  boost::json::object view{
      {"unit_name", unit.name}, {"unit_parent", parent}, {"unit_kind", form.Get("kind")}};
  AddFormError(view, app, ChooseLanguage(request).lang,
               core::Error{done.error().code, done.error().message, "unit_" + done.error().field,
                           done.error().key});
  return RenderStructure(app, request, visitor, std::move(view), HttpStatus(done.error().code));
}

HandlerResult TeamCreate(const App& app, Request& request, const Visitor& visitor) {
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  std::optional<domain::Id> unit_id = ParseId(form.Get("unit_id"));
  domain::NewTeam team{principal.user.organisation_id, unit_id.value_or(0), form.Get("name"),
                       form.Get("description")};
  core::Result<domain::Id> done = domain::AddTeam(
      app.store, app.clock, &principal, domain::ActorFor(principal, ClientAddress(request)), team);
  if (done) return Response::Redirect("/admin/struktur?sparat=1");
  boost::json::object view{{"team_name", team.name},
                           {"team_unit", form.Get("unit_id")},
                           {"team_description", team.description}};
  AddFormError(view, app, ChooseLanguage(request).lang,
               core::Error{done.error().code, done.error().message, "team_" + done.error().field,
                           done.error().key});
  return RenderStructure(app, request, visitor, std::move(view), HttpStatus(done.error().code));
}

}  // namespace stegvis::web
