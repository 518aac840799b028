// /admin/enheter/{id}: an admin renames a unit, changes its kind or moves it in the tree.

#include "domain/structure_pages.h"
#include "domain/teams.h"
#include "web/http/access_guard.h"
#include "web/render/error_status.h"
#include "web/render/form_view.h"
#include "web/render/forms.h"
#include "web/render/page.h"
#include "web/structure/admin_views.h"
#include "web/structure/handlers.h"

namespace stegvis::web {
namespace {

// unit.mustache: the unit's form, with what was typed and the refusal after a failed save.
struct UnitView {
  std::string heading;  // the unit's name as stored
  domain::Id id = 0;
  std::string name;
  std::vector<OptionView> parents;
  std::vector<OptionView> kinds;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_name;
  std::optional<std::string> error_kind;
  std::optional<std::string> error_parent_id;
};
constexpr auto Describe(std::type_identity<UnitView>) {
  using U = UnitView;
  return std::tuple{core::Field("heading", &U::heading),
                    core::Field("id", &U::id),
                    core::Field("name", &U::name),
                    core::Field("parents", &U::parents),
                    core::Field("kinds", &U::kinds),
                    core::Field("has_errors", &U::has_errors),
                    core::Field("errors", &U::errors),
                    core::Field("error_name", &U::error_name),
                    core::Field("error_kind", &U::error_kind),
                    core::Field("error_parent_id", &U::error_parent_id)};
}

// The page for `page`'s unit with the form showing `shown` (the unit as stored, or as typed).
Response RenderUnit(const App& app, Request& request, const Visitor& visitor,
                    const domain::UnitPage& page, const domain::Unit& shown, UnitView view,
                    int status) {
  const LanguageChoice language = ChooseLanguage(request);
  const std::string parent = shown.parent_id ? std::to_string(*shown.parent_id) : "";
  view.heading = page.unit.name;
  view.id = shown.id;
  view.name = shown.name;
  view.parents.push_back(
      {"", app.catalogue.Get(language.lang, "structure.top_level"), parent.empty()});
  for (OptionView& option : UnitTreeOptions(page.structure.units, parent)) {
    view.parents.push_back(std::move(option));
  }
  view.kinds = UnitKindOptions(app, language.lang, std::string(domain::UnitKindName(shown.kind)));
  return RenderPage(app, request, {"unit", "unit.title", "admin_structure", status}, view, language,
                    visitor);
}

}  // namespace

HandlerResult UnitPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto page = domain::LoadUnitPage(app.store, *visitor.principal(), *id);
  if (!page) return core::Fail(page.error());
  return RenderUnit(app, request, visitor, *page, page->unit, {}, 200);
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
  std::optional<domain::UnitKind> kind = domain::ParseUnitKind(form.Get("kind"));
  const std::string parent = form.Get("parent_id");
  changed.parent_id = ParseId(parent);
  if (kind) changed.kind = *kind;
  // Every wrong field at once, in the order of the form; the save runs only on a sound form.
  auto checked = domain::UnitErrors(app.store, principal, changed);
  if (!checked) return core::Fail(checked.error());
  std::vector<core::Error> errors = std::move(*checked);
  if (!kind) errors.push_back(core::Error::Invalid("choose a kind", "kind", "error.required"));
  if (!parent.empty() && !changed.parent_id) {
    errors.push_back(core::Error::Invalid("no such unit", "parent_id", "error.unknown_parent"));
  }
  if (errors.empty()) {
    core::Result<void> done =
        domain::ChangeUnit(app.store, app.clock, principal,
                           domain::ActorFor(principal, ClientAddress(request)), changed);
    if (done) return Response::Redirect("/admin/struktur?sparat=1");
    if (done.error().code != core::ErrorCode::kInvalidInput) return core::Fail(done.error());
    errors.push_back(done.error());
  }
  auto page = domain::LoadUnitPage(app.store, principal, *id);
  if (!page) return core::Fail(page.error());
  UnitView view;
  const std::string lang = ChooseLanguage(request).lang;
  for (const core::Error& e : errors) SetFormError(view, app, lang, e);
  return RenderUnit(app, request, visitor, *page, changed, std::move(view), 422);
}

}  // namespace stegvis::web
