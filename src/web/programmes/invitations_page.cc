// The invitation pages. Those who run a programme invite teams of other organisations and
// withdraw invitations still pending (/program/{id}/inbjudningar); the teams' side (the
// organisation's admin, or a chef over the team) accepts or declines them and takes a team out
// of a programme (/inbjudningar). The domain (domain/programme_invitations.h) decides who sees
// and does what.

#include <string>

#include "domain/programme_invitations.h"
#include "web/http/access_guard.h"
#include "web/programmes/handlers.h"
#include "web/programmes/invitations_view.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

InvitationItemView ItemOf(const App& app, const std::string& lang,
                          const domain::InvitationDetails& d) {
  const domain::ProgrammeInvitation& i = d.invitation;
  return {i.id,
          i.programme_id,
          d.programme_name,
          d.host_name,
          d.team_name,
          d.organisation_name,
          app.catalogue.Get(
              lang, "invitation.status." + std::string(domain::InvitationStatusName(i.status))),
          i.status == domain::InvitationStatus::kPending,
          i.project_id};
}

ProgrammeInvitationsView HostView(const App& app, const std::string& lang, domain::Id id,
                                  const domain::ProgrammeInvitations& loaded) {
  const domain::Programme& programme = loaded.programme;
  ProgrammeInvitationsView v;
  v.id = id;
  v.name = programme.name;
  v.closed = programme.closed;
  for (const domain::InvitableTeam& t : loaded.invitable) {
    if (v.organisations.empty() || v.organisations.back().name != t.organisation_name) {
      v.organisations.push_back({t.organisation_name, {}});
    }
    v.organisations.back().teams.push_back({t.team_id, t.team_name});
  }
  v.has_invitable = !v.organisations.empty() && !programme.closed;
  for (const domain::InvitationDetails& d : loaded.invitations) {
    v.invitations.push_back(ItemOf(app, lang, d));
  }
  v.has_invitations = !v.invitations.empty();
  return v;
}

HandlerResult RenderHost(const App& app, Request& request, const Visitor& visitor, domain::Id id,
                         int status, const std::optional<core::Error>& error) {
  const domain::Principal& principal = *visitor.principal();
  auto loaded = domain::LoadProgrammeInvitations(app.store, principal, id);
  if (!loaded) return core::Fail(loaded.error());
  const std::string lang = ChooseLanguage(request).lang;
  ProgrammeInvitationsView view = HostView(app, lang, id, *loaded);
  view.saved = request.Query("sparat").has_value();
  if (error) SetFormError(view, app, lang, *error);
  return RenderPage(app, request, {"programme_invitations", "invitations.host_title", "", status},
                    view, ChooseLanguage(request), visitor);
}

}  // namespace

HandlerResult ProgrammeInvitationsPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  return RenderHost(app, request, visitor, *id, 200, std::nullopt);
}

HandlerResult ProgrammeInvitationCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  std::optional<domain::Id> team = ParseId(Form(request).Get("team_id"));
  auto invited = domain::InviteTeam(app.store, app.clock, principal, ActorOf(visitor, request), *id,
                                    team.value_or(0));
  if (invited) {
    return Response::Redirect("/program/" + std::to_string(*id) + "/inbjudningar?sparat=1");
  }
  if (invited.error().code != core::ErrorCode::kInvalidInput) return core::Fail(invited.error());
  return RenderHost(app, request, visitor, *id, 422, invited.error());
}

HandlerResult ProgrammeInvitationWithdraw(const App& app, Request& request,
                                          const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto invitation_id = PathId(request, "invitation_id");
  if (!invitation_id) return core::Fail(invitation_id.error());
  // The invitation must be this programme's: an id of another is not found here.
  auto withdrawn = domain::WithdrawInvitation(app.store, app.clock, *visitor.principal(),
                                              ActorOf(visitor, request), *invitation_id, *id);
  if (!withdrawn) return core::Fail(withdrawn.error());
  return Response::Redirect("/program/" + std::to_string(*id) + "/inbjudningar?sparat=1");
}

HandlerResult MyInvitationsPage(const App& app, Request& request, const Visitor& visitor) {
  auto mine = domain::LoadMyInvitations(app.store, *visitor.principal());
  if (!mine) return core::Fail(mine.error());
  const std::string lang = ChooseLanguage(request).lang;
  MyInvitationsView view;
  view.saved = request.Query("sparat").has_value();
  for (const domain::InvitationDetails& d : mine->invitations) {
    view.invitations.push_back(ItemOf(app, lang, d));
  }
  view.has_invitations = !view.invitations.empty();
  for (const domain::TeamInProgramme& t : mine->taking_part) {
    view.taking_part.push_back(
        {t.programme_id, t.programme_name, t.host_name, t.team_id, t.team_name});
  }
  view.has_taking_part = !view.taking_part.empty();
  return RenderPage(app, request, {"invitations", "invitations.title", "", 200}, view,
                    ChooseLanguage(request), visitor);
}

HandlerResult InvitationAnswer(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const std::string answer = Form(request).Get("answer");
  if (answer != "accept" && answer != "decline") {
    return core::Fail(
        core::Error::Invalid("accept or decline", "answer", "error.invitation.answer"));
  }
  auto answered = domain::AnswerInvitation(app.store, app.clock, *visitor.principal(),
                                           ActorOf(visitor, request), *id, answer == "accept");
  if (!answered) return core::Fail(answered.error());
  if (answered->invitation.project_id) {
    return Response::Redirect("/projekt/" + std::to_string(*answered->invitation.project_id) +
                              "?sparat=1");
  }
  return Response::Redirect("/inbjudningar?sparat=1");
}

HandlerResult ProgrammeLeave(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto team_id = PathId(request, "team_id");
  if (!team_id) return core::Fail(team_id.error());
  auto left = domain::LeaveProgramme(app.store, app.clock, *visitor.principal(),
                                     ActorOf(visitor, request), *id, *team_id);
  if (!left) return core::Fail(left.error());
  return Response::Redirect("/inbjudningar?sparat=1");
}

}  // namespace stegvis::web
