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
  bool project_error = false;
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
                    core::Field("project_error", &T::project_error),
                    core::Field("has_programmes", &T::has_programmes),
                    core::Field("programmes", &T::programmes),
                    core::Field("has_errors", &T::has_errors),
                    core::Field("errors", &T::errors),
                    core::Field("error_name", &T::error_name),
                    core::Field("error_description", &T::error_description)};
}

// The page of the team in `details`; `view` holds the form's text (set by the caller) and what
// the caller adds (saved, refusals).
Response RenderTeam(const App& app, Request& request, const Visitor& visitor,
                    const domain::TeamDetails& details, TeamView view, int status) {
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
  view.project_error = request.Query("fel").has_value();
  for (const domain::Programme& p : details.programmes) {
    view.programmes.push_back({p.id, p.name, view.programmes.empty()});
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

HandlerResult TeamSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::TeamChanges changes{form.Get("name"), form.Get("description")};
  core::Result<void> done =
      domain::UpdateTeam(app.store, app.clock, principal,
                         domain::ActorFor(principal, ClientAddress(request)), *id, changes);
  if (done) return Response::Redirect("/team/" + std::to_string(*id) + "?sparat=1");
  if (done.error().code != core::ErrorCode::kInvalidInput) {
    return core::Fail(done.error());
  }
  auto details = domain::LoadTeam(app.store, principal, *id);
  if (!details) return core::Fail(details.error());
  TeamView view;
  view.name = changes.name;
  view.description = changes.description;
  SetFormError(view, app, ChooseLanguage(request).lang, done.error());
  return RenderTeam(app, request, visitor, *details, std::move(view),
                    HttpStatus(done.error().code));
}

}  // namespace stegvis::web
