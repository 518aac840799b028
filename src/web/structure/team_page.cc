// A team's own page: what it is working on, and (for those whose scope reaches it) a form to
// change its name and description.

#include <boost/json/array.hpp>

#include "domain/audit.h"
#include "domain/teams.h"
#include "web/http/access_guard.h"
#include "web/render/error_status.h"
#include "web/render/forms.h"
#include "web/render/page.h"
#include "web/structure/handlers.h"

namespace stegvis::web {
namespace {

Response RenderTeam(const App& app, Request& request, const Visitor& visitor,
                    const domain::TeamDetails& details, boost::json::object view, int status) {
  view["id"] = details.team.id;
  view["heading"] = details.team.name;
  view["unit"] = details.unit_name;
  view["may_change"] = details.may_change;
  boost::json::array members;
  for (const std::string& name : details.members) members.push_back(boost::json::string(name));
  view["has_members"] = !members.empty();
  view["members"] = std::move(members);
  if (!view.contains("name")) view["name"] = details.team.name;
  if (!view.contains("description")) view["description"] = details.team.description;
  view["saved_description"] = details.team.description;
  const std::string lang = ChooseLanguage(request).lang;
  boost::json::array projects;
  for (const domain::Project& p : details.projects) {
    projects.push_back(boost::json::object{
        {"id", p.id},
        {"title", p.title},
        {"status", app.catalogue.Get(lang, "project.status." +
                                               std::string(domain::ProjectStatusName(p.status)))}});
  }
  view["has_projects"] = !projects.empty();
  view["projects"] = std::move(projects);
  view["project_error"] = request.Query("fel").has_value();
  boost::json::array programmes;
  for (const domain::Programme& p : details.programmes) {
    programmes.push_back(
        boost::json::object{{"id", p.id}, {"name", p.name}, {"selected", programmes.empty()}});
  }
  view["has_programmes"] = !programmes.empty();
  view["programmes"] = std::move(programmes);
  return RenderPage(app, request, {"team", "team.title", "", status}, std::move(view),
                    ChooseLanguage(request), visitor);
}

}  // namespace

HandlerResult TeamPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto details = domain::LoadTeam(app.store, *visitor.principal(), *id);
  if (!details) return core::Fail(details.error());
  return RenderTeam(app, request, visitor, *details,
                    {{"saved", request.Query("sparat").has_value()}}, 200);
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
  boost::json::object view{{"name", changes.name}, {"description", changes.description}};
  AddFormError(view, app, ChooseLanguage(request).lang, done.error());
  return RenderTeam(app, request, visitor, *details, std::move(view),
                    HttpStatus(done.error().code));
}

}  // namespace stegvis::web
