// /admin/struktur: the organisation's units (a tree) and teams, with forms to add them.

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

struct StructureUnitView {
  domain::Id id = 0;
  std::string name;
  int depth = 0;
  std::string kind;        // namnd, forvaltning, enhet
  std::string kind_label;  // in words
};
constexpr auto Describe(std::type_identity<StructureUnitView>) {
  using U = StructureUnitView;
  return std::tuple{core::Field("id", &U::id), core::Field("name", &U::name),
                    core::Field("depth", &U::depth), core::Field("kind", &U::kind),
                    core::Field("kind_label", &U::kind_label)};
}

struct StructureTeamView {
  domain::Id id = 0;
  std::string name;
  std::string unit;  // the unit's name
};
constexpr auto Describe(std::type_identity<StructureTeamView>) {
  return std::tuple{core::Field("id", &StructureTeamView::id),
                    core::Field("name", &StructureTeamView::name),
                    core::Field("unit", &StructureTeamView::unit)};
}

// structure.mustache: the unit tree and the teams, and the forms for a new unit and a new team
// (a refusal's field is named unit_FIELD or team_FIELD by the form it belongs to).
struct StructureView {
  std::vector<StructureUnitView> units;
  std::vector<OptionView> parents;
  std::vector<OptionView> team_units;
  std::vector<StructureTeamView> teams;
  std::vector<OptionView> kinds;
  bool saved = false;
  bool deleted = false;
  std::string unit_name;  // what was typed in the forms, after a refusal
  std::string team_name;
  std::string team_description;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_unit_name;
  std::optional<std::string> error_unit_kind;
  std::optional<std::string> error_unit_parent_id;
  std::optional<std::string> error_team_name;
  std::optional<std::string> error_team_unit_id;
  std::optional<std::string> error_team_description;
};
constexpr auto Describe(std::type_identity<StructureView>) {
  using S = StructureView;
  return std::tuple{core::Field("units", &S::units),
                    core::Field("parents", &S::parents),
                    core::Field("team_units", &S::team_units),
                    core::Field("teams", &S::teams),
                    core::Field("kinds", &S::kinds),
                    core::Field("saved", &S::saved),
                    core::Field("deleted", &S::deleted),
                    core::Field("unit_name", &S::unit_name),
                    core::Field("team_name", &S::team_name),
                    core::Field("team_description", &S::team_description),
                    core::Field("has_errors", &S::has_errors),
                    core::Field("errors", &S::errors),
                    core::Field("error_unit_name", &S::error_unit_name),
                    core::Field("error_unit_kind", &S::error_unit_kind),
                    core::Field("error_unit_parent_id", &S::error_unit_parent_id),
                    core::Field("error_team_name", &S::error_team_name),
                    core::Field("error_team_unit_id", &S::error_team_unit_id),
                    core::Field("error_team_description", &S::error_team_description)};
}

// The choices of the forms to show again after a refusal.
struct StructureChoices {
  std::string unit_parent;
  std::string unit_kind = "enhet";
  std::string team_unit;
};

HandlerResult RenderStructure(const App& app, Request& request, const Visitor& visitor,
                              StructureView view, const StructureChoices& chosen, int status) {
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  auto structure = domain::LoadStructure(app.store, *visitor.principal());
  if (!structure) return core::Fail(structure.error());
  for (const domain::UnitInTree& u : structure->units) {
    std::string kind(domain::UnitKindName(u.unit.kind));
    std::string kind_label = app.catalogue.Get(lang, "unit.kind." + kind);
    view.units.push_back({u.unit.id, u.unit.name, u.depth, std::move(kind), std::move(kind_label)});
  }
  view.parents.push_back(
      {"", app.catalogue.Get(lang, "structure.top_level"), chosen.unit_parent.empty()});
  for (OptionView& option : UnitTreeOptions(structure->units, chosen.unit_parent)) {
    view.parents.push_back(std::move(option));
  }
  view.team_units = UnitTreeOptions(structure->units, chosen.team_unit);
  for (const domain::TeamDetails& t : structure->teams) {
    view.teams.push_back({t.team.id, t.team.name, t.unit_name});
  }
  view.kinds = UnitKindOptions(app, lang, chosen.unit_kind);
  view.saved = request.Query("sparat").has_value();
  view.deleted = request.Query("borttagen").has_value();
  return RenderPage(app, request, {"structure", "structure.title", "admin_structure", status}, view,
                    language, visitor);
}

}  // namespace

HandlerResult StructurePage(const App& app, Request& request, const Visitor& visitor) {
  return RenderStructure(app, request, visitor, {}, {}, 200);
}

HandlerResult UnitCreate(const App& app, Request& request, const Visitor& visitor) {
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::NewUnit unit{principal.user.organisation_id, std::nullopt, form.Get("name"),
                       domain::UnitKind::kEnhet};
  std::optional<domain::UnitKind> kind = domain::ParseUnitKind(form.Get("kind"));
  std::string parent = form.Get("parent_id");
  unit.parent_id = ParseId(parent);
  unit.kind = kind.value_or(domain::UnitKind::kEnhet);
  // Every wrong field at once, in the order of the form; the save runs only on a sound form.
  auto checked = domain::UnitErrors(
      app.store, principal, {0, unit.organisation_id, unit.parent_id, unit.name, unit.kind});
  if (!checked) return core::Fail(checked.error());
  std::vector<core::Error> errors = std::move(*checked);
  if (!kind) errors.push_back(core::Error::Invalid("bad unit kind", "kind", "error.required"));
  if (!parent.empty() && !unit.parent_id) {
    errors.push_back(core::Error::Invalid("no such unit", "parent_id", "error.unknown_parent"));
  }
  if (errors.empty()) {
    core::Result<domain::Id> done =
        domain::AddUnit(app.store, app.clock, &principal,
                        domain::ActorFor(principal, ClientAddress(request)), unit);
    if (done) return Response::Redirect("/admin/struktur?sparat=1");
    if (done.error().code != core::ErrorCode::kInvalidInput) return core::Fail(done.error());
    errors.push_back(done.error());
  }
  StructureView view;
  view.unit_name = unit.name;
  const std::string lang = ChooseLanguage(request).lang;
  // The new unit's fields are named unit_FIELD on the page.
  for (core::Error e : errors) {
    e.field = "unit_" + e.field;
    SetFormError(view, app, lang, e);
  }
  return RenderStructure(app, request, visitor, std::move(view), {parent, form.Get("kind"), ""},
                         422);
}

HandlerResult TeamCreate(const App& app, Request& request, const Visitor& visitor) {
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  std::optional<domain::Id> unit_id = ParseId(form.Get("unit_id"));
  domain::NewTeam team{principal.user.organisation_id, unit_id.value_or(0), form.Get("name"),
                       form.Get("description")};
  // Every wrong field at once; the save runs only on a sound form.
  std::vector<core::Error> errors = domain::TeamErrors(team.name, team.description);
  if (!unit_id) {
    errors.insert(errors.begin(),
                  core::Error::Invalid("no such unit", "unit_id", "error.unknown_parent"));
  }
  if (errors.empty()) {
    core::Result<domain::Id> done =
        domain::AddTeam(app.store, app.clock, &principal,
                        domain::ActorFor(principal, ClientAddress(request)), team);
    if (done) return Response::Redirect("/admin/struktur?sparat=1");
    if (done.error().code != core::ErrorCode::kInvalidInput) return core::Fail(done.error());
    errors.push_back(done.error());
  }
  StructureView view;
  view.team_name = team.name;
  view.team_description = team.description;
  const std::string lang = ChooseLanguage(request).lang;
  // The new team's fields are named team_FIELD on the page.
  for (core::Error e : errors) {
    e.field = "team_" + e.field;
    SetFormError(view, app, lang, e);
  }
  return RenderStructure(app, request, visitor, std::move(view), {"", "enhet", form.Get("unit_id")},
                         422);
}

}  // namespace stegvis::web
