// A team's own page: what it is working on, and (for those whose scope reaches it) a form to
// change its name and description.

#include "domain/audit.h"
#include "domain/teams.h"
#include "web/http/access_guard.h"
#include "web/render/error_status.h"
#include "web/render/form_view.h"
#include "web/render/forms.h"
#include "web/render/page.h"
#include "web/structure/handlers.h"

namespace stegvis::web {
namespace {

struct TeamProjectView {
  domain::Id id = 0;
  std::string title;
  std::string status;  // in words
};
constexpr auto Describe(std::type_identity<TeamProjectView>) {
  return std::tuple{core::Field("id", &TeamProjectView::id),
                    core::Field("title", &TeamProjectView::title),
                    core::Field("status", &TeamProjectView::status)};
}

struct TeamProgrammeView {
  domain::Id id = 0;
  std::string name;
  bool selected = false;  // the first
};
constexpr auto Describe(std::type_identity<TeamProgrammeView>) {
  return std::tuple{core::Field("id", &TeamProgrammeView::id),
                    core::Field("name", &TeamProgrammeView::name),
                    core::Field("selected", &TeamProgrammeView::selected)};
}

// team.mustache: the team, its projects, the form for a new project and, for those who may
// change the team, the form for its name and description.
struct TeamView {
  domain::Id id = 0;
  std::string heading;
  std::string unit;
  bool may_change = false;
  bool saved = false;
  bool has_members = false;
  std::vector<std::string> members;
  std::string name;         // in the form: as stored, or as typed
  std::string description;  // the same
  std::string saved_description;
  bool has_projects = false;
  std::vector<TeamProjectView> projects;
  // The new project's form: as typed when refused, its own summary and the words per field.
  std::string project_title;
  std::string project_problem;
  bool project_no_programme = false;  // "none" chosen in the programme select
  bool project_has_errors = false;
  std::vector<FormErrorView> project_errors;
  std::optional<std::string> error_project_title;
  std::optional<std::string> error_project_problem;
  std::optional<std::string> error_project_programme;
  bool has_programmes = false;
  std::vector<TeamProgrammeView> programmes;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_name;
  std::optional<std::string> error_description;
};
constexpr auto Describe(std::type_identity<TeamView>) {
  using T = TeamView;
  return std::tuple{core::Field("id", &T::id),
                    core::Field("heading", &T::heading),
                    core::Field("unit", &T::unit),
                    core::Field("may_change", &T::may_change),
                    core::Field("saved", &T::saved),
                    core::Field("has_members", &T::has_members),
                    core::Field("members", &T::members),
                    core::Field("name", &T::name),
                    core::Field("description", &T::description),
                    core::Field("saved_description", &T::saved_description),
                    core::Field("has_projects", &T::has_projects),
                    core::Field("projects", &T::projects),
                    core::Field("project_title", &T::project_title),
                    core::Field("project_problem", &T::project_problem),
                    core::Field("project_no_programme", &T::project_no_programme),
                    core::Field("project_has_errors", &T::project_has_errors),
                    core::Field("project_errors", &T::project_errors),
                    core::Field("error_project_title", &T::error_project_title),
                    core::Field("error_project_problem", &T::error_project_problem),
                    core::Field("error_project_programme", &T::error_project_programme),
                    core::Field("has_programmes", &T::has_programmes),
                    core::Field("programmes", &T::programmes),
                    core::Field("has_errors", &T::has_errors),
                    core::Field("errors", &T::errors),
                    core::Field("error_name", &T::error_name),
                    core::Field("error_description", &T::error_description)};
}

// The page of the team in `details`; `view` holds the form's text (set by the caller) and what
// the caller adds (saved, refusals); `programme` is the new project's programme as chosen
// (none: the first is offered).
Response RenderTeam(const App& app, Request& request, const Visitor& visitor,
                    const domain::TeamDetails& details, TeamView view, int status,
                    std::optional<domain::Id> programme = std::nullopt) {
  const LanguageChoice language = ChooseLanguage(request);
  view.id = details.team.id;
  view.heading = details.team.name;
  view.unit = details.unit_name;
  view.may_change = details.may_change;
  view.members = details.members;
  view.has_members = !view.members.empty();
  view.saved_description = details.team.description;
  for (const domain::Project& p : details.projects) {
    view.projects.push_back(
        {p.id, p.title,
         app.catalogue.Get(language.lang,
                           "project.status." + std::string(domain::ProjectStatusName(p.status)))});
  }
  view.has_projects = !view.projects.empty();
  for (const domain::Programme& p : details.programmes) {
    view.programmes.push_back(
        {p.id, p.name, programme ? p.id == *programme : view.programmes.empty()});
  }
  view.has_programmes = !view.programmes.empty();
  return RenderPage(app, request, {"team", "team.title", "", status}, view, language, visitor);
}

}  // namespace

HandlerResult TeamPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto details = domain::LoadTeam(app.store, *visitor.principal(), *id);
  if (!details) return core::Fail(details.error());
  TeamView view;
  view.saved = request.Query("sparat").has_value();
  view.name = details->team.name;
  view.description = details->team.description;
  return RenderTeam(app, request, visitor, *details, std::move(view), 200);
}

HandlerResult TeamWithProjectErrors(const App& app, Request& request, const Visitor& visitor,
                                    const domain::Project& typed,
                                    const std::vector<core::Error>& errors) {
  auto details = domain::LoadTeam(app.store, *visitor.principal(), typed.team_id);
  if (!details) return core::Fail(details.error());
  TeamView view;
  view.name = details->team.name;
  view.description = details->team.description;
  view.project_title = typed.title;
  view.project_problem = typed.problem;
  view.project_no_programme = !typed.programme_id;
  const std::string lang = ChooseLanguage(request).lang;
  // The new project's fields are named project-FIELD on the page.
  for (const core::Error& e : errors) {
    FormErrorView item = FormErrorOf(app, lang, e);
    if (e.field == "title") view.error_project_title = item.text;
    if (e.field == "problem") view.error_project_problem = item.text;
    if (e.field == "programme_id") view.error_project_programme = item.text;
    item.field = e.field == "programme_id" ? "project-programme" : "project-" + e.field;
    view.project_errors.push_back(std::move(item));
  }
  view.project_has_errors = !view.project_errors.empty();
  return RenderTeam(app, request, visitor, *details, std::move(view), 422,
                    typed.programme_id.value_or(0));
}

HandlerResult TeamSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  const domain::TeamChanges changes{form.Get("name"), form.Get("description")};
  // Every wrong field at once; the save runs only on a sound form.
  std::vector<core::Error> errors = domain::TeamErrors(*changes.name, *changes.description);
  if (errors.empty()) {
    core::Result<void> done =
        domain::UpdateTeam(app.store, app.clock, principal,
                           domain::ActorFor(principal, ClientAddress(request)), *id, changes);
    if (done) return Response::Redirect("/team/" + std::to_string(*id) + "?sparat=1");
    if (done.error().code != core::ErrorCode::kInvalidInput) return core::Fail(done.error());
    errors.push_back(done.error());
  }
  auto details = domain::LoadTeam(app.store, principal, *id);
  if (!details) return core::Fail(details.error());
  TeamView view;
  view.name = *changes.name;
  view.description = *changes.description;
  const std::string lang = ChooseLanguage(request).lang;
  for (const core::Error& e : errors) SetFormError(view, app, lang, e);
  return RenderTeam(app, request, visitor, *details, std::move(view), 422);
}

}  // namespace stegvis::web
