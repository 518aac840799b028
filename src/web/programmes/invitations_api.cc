// The JSON twins of the invitation pages (invitations_page.cc): the same domain calls and
// refusals. An invitation reads as {"id", "programme_id", "programme", "host", "team_id",
// "team", "organisation", "status", "invited_at", "answered_at", "project_id"}; who invited
// and who answered stay in the audit trail, since each side's addresses are its own.
// Documented in docs/api.md.

#include "core/clock.h"
#include "domain/programme_invitations.h"
#include "web/http/access_guard.h"
#include "web/programmes/handlers.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/render/paged_list.h"

namespace stegvis::web {
namespace {

boost::json::value Nullable(const std::optional<domain::Id>& id) {
  return id ? boost::json::value(*id) : boost::json::value(nullptr);
}

boost::json::object InvitationJson(const domain::InvitationDetails& d) {
  const domain::ProgrammeInvitation& i = d.invitation;
  return {{"id", i.id},
          {"programme_id", i.programme_id},
          {"programme", d.programme_name},
          {"host", d.host_name},
          {"team_id", i.team_id},
          {"team", d.team_name},
          {"organisation", d.organisation_name},
          {"status", domain::InvitationStatusName(i.status)},
          {"invited_at", core::FormatIsoUtc(i.invited_at)},
          {"answered_at", i.answered_at ? boost::json::value(core::FormatIsoUtc(*i.answered_at))
                                        : boost::json::value(nullptr)},
          {"project_id", Nullable(i.project_id)}};
}

HandlerResult Answer(const App& app, Request& request, const Visitor& visitor, bool accept) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto answered = domain::AnswerInvitation(app.store, app.clock, *visitor.principal(),
                                           ActorOf(visitor, request), *id, accept);
  if (!answered) return core::Fail(answered.error());
  return JsonValue(InvitationJson(*answered));
}

}  // namespace

HandlerResult ApiInvitationCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const std::int64_t team_id = body.Int("team_id", kIds, "error.unknown_team");
  if (!body.ok()) return body.error();
  auto invited = domain::InviteTeam(app.store, app.clock, *visitor.principal(),
                                    ActorOf(visitor, request), *id, team_id);
  if (!invited) return core::Fail(invited.error());
  Response r = JsonValue(boost::json::object{{"id", *invited}}, 201);
  r.SetHeader("Location", "/api/v1/invitations/" + std::to_string(*invited));
  return r;
}

HandlerResult ApiInvitations(const App& app, Request& request, const Visitor& visitor) {
  auto page = ReadPageRequest(request);
  if (!page) return core::Fail(page.error());
  auto mine = domain::LoadMyInvitations(app.store, *visitor.principal());
  if (!mine) return core::Fail(mine.error());
  boost::json::array out;
  for (const domain::InvitationDetails& d : mine->invitations) out.push_back(InvitationJson(d));
  return JsonValue(PagedList("invitations", std::move(out), *page));
}

HandlerResult ApiInvitation(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto d = domain::LoadInvitation(app.store, *visitor.principal(), *id);
  if (!d) return core::Fail(d.error());
  return JsonValue(InvitationJson(*d));
}

HandlerResult ApiInvitationAccept(const App& app, Request& request, const Visitor& visitor) {
  return Answer(app, request, visitor, true);
}

HandlerResult ApiInvitationDecline(const App& app, Request& request, const Visitor& visitor) {
  return Answer(app, request, visitor, false);
}

HandlerResult ApiInvitationWithdraw(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto withdrawn = domain::WithdrawInvitation(app.store, app.clock, *visitor.principal(),
                                              ActorOf(visitor, request), *id);
  if (!withdrawn) return core::Fail(withdrawn.error());
  return JsonValue(InvitationJson(*withdrawn));
}

HandlerResult ApiProgrammeLeave(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto team_id = PathId(request, "team_id");
  if (!team_id) return core::Fail(team_id.error());
  auto left = domain::LeaveProgramme(app.store, app.clock, *visitor.principal(),
                                     ActorOf(visitor, request), *id, *team_id);
  if (!left) return core::Fail(left.error());
  return Response{204, {}, {}};
}

}  // namespace stegvis::web
