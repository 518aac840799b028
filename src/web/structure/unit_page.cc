// /admin/enheter/{id}: an admin renames a unit, changes its kind or moves it in the tree.

#include "domain/teams.h"
#include "web/http/access_guard.h"
#include "web/render/error_status.h"
#include "web/render/forms.h"
#include "web/render/page.h"
#include "web/structure/admin_views.h"
#include "web/structure/handlers.h"

namespace stegvis::web {
namespace {

HandlerResult RenderUnit(const App& app, Request& request, const Visitor& visitor,
                         const domain::Unit& unit, boost::json::object view, int status) {
  const std::string lang = ChooseLanguage(request).lang;
  auto structure = domain::LoadStructure(app.store, *visitor.principal());
  if (!structure) return core::Fail(structure.error());
  const std::string parent = unit.parent_id ? std::to_string(*unit.parent_id) : "";
  boost::json::array parents{
      boost::json::object{{"value", ""},
                          {"label", app.catalogue.Get(lang, "structure.top_level")},
                          {"selected", parent.empty()}}};
  for (const domain::UnitInTree& u : structure->units) {
    std::string id = std::to_string(u.unit.id);
    parents.push_back(
        boost::json::object{{"value", id}, {"label", IndentedName(u)}, {"selected", id == parent}});
  }
  boost::json::array kinds;
  for (const char* k : {"namnd", "forvaltning", "enhet"}) {
    kinds.push_back(
        boost::json::object{{"value", k},
                            {"label", app.catalogue.Get(lang, std::string("unit.kind.") + k)},
                            {"selected", domain::UnitKindName(unit.kind) == k}});
  }
  view["id"] = unit.id;
  view["name"] = unit.name;
  view["parents"] = std::move(parents);
  view["kinds"] = std::move(kinds);
  return RenderPage(app, request, {"unit", "unit.title", "admin_structure", status},
                    std::move(view), ChooseLanguage(request), visitor);
}

}  // namespace

HandlerResult UnitPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto unit = domain::LoadUnit(app.store, *visitor.principal(), *id);
  if (!unit) return core::Fail(unit.error());
  return RenderUnit(app, request, visitor, *unit, {{"heading", unit->name}}, 200);
}

HandlerResult UnitSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto current = domain::LoadUnit(app.store, principal, *id);
  if (!current) return core::Fail(current.error());
  Form form(request);
  domain::Unit changed = *current;
  changed.name = form.Get("name");
  core::Result<void> done;
  std::optional<domain::UnitKind> kind = domain::ParseUnitKind(form.Get("kind"));
  const std::string parent = form.Get("parent_id");
  changed.parent_id = ParseId(parent);
  if (!kind) {
    done = core::Fail(core::Error::Invalid("choose a kind", "kind", "error.required"));
  } else if (!parent.empty() && !changed.parent_id) {
    done = core::Fail(core::Error::Invalid("no such unit", "parent_id", "error.unknown_parent"));
  } else {
    changed.kind = *kind;
    done = domain::ChangeUnit(app.store, app.clock, principal,
                              domain::ActorFor(principal, ClientAddress(request)), changed);
  }
  if (done) return Response::Redirect("/admin/struktur?sparat=1");
  if (done.error().code != core::ErrorCode::kInvalidInput) {
    return core::Fail(done.error());
  }
  boost::json::object view{{"heading", current->name}};
  AddFormError(view, app, ChooseLanguage(request).lang, done.error());
  return RenderUnit(app, request, visitor, changed, std::move(view), HttpStatus(done.error().code));
}

}  // namespace stegvis::web
