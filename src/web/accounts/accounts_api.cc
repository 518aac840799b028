// The JSON twins of the account actions on /admin/anvandare (docs/api.md, "Users and roles"):
// the organisation's users, adding one, a user's roles, deactivating and activating,
// unlocking, and a one-time password reset link — the use cases of domain/accounts.h, as the
// pages use them, for the organisation's admins.

#include <boost/json/array.hpp>

#include "core/clock.h"
#include "domain/accounts.h"
#include "web/accounts/handlers.h"
#include "web/http/access_guard.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/render/paged_list.h"
#include "web/structure/admin_views.h"

namespace stegvis::web {
namespace {

boost::json::object AccountJson(const domain::AccountDetails& a) {
  boost::json::array roles;
  for (const domain::Membership& m : a.memberships) {
    boost::json::value scope = nullptr;
    if (m.scope_kind != domain::ScopeKind::kOrganisation) {
      scope = boost::json::object{{"kind", std::string(domain::ScopeKindName(m.scope_kind))},
                                  {"id", m.scope_id}};
    }
    roles.push_back(boost::json::object{
        {"id", m.id}, {"role", std::string(domain::RoleName(m.role))}, {"scope", scope}});
  }
  return boost::json::object{{"id", a.user.id},
                             {"email", a.user.email},
                             {"display_name", a.user.display_name},
                             {"language", a.user.language},
                             {"active", a.user.active},
                             {"locked_seconds", a.locked_seconds},
                             {"roles", std::move(roles)}};
}

// The role and scope of a body: "role" (RoleName) and "scope" ("unit:ID", "team:ID", or absent
// or null for the organisation), as the page's form sends them. nullopt role: none named.
constexpr std::string_view kRoleChoices = "admin, strateg, chef, teammedlem or politiker";
struct RoleChoice {
  std::optional<domain::Role> role;
  std::optional<domain::ScopeRef> scope;
};
core::Result<RoleChoice> ReadRole(JsonBody& body, bool required) {
  RoleChoice out;
  const std::optional<std::string> role = body.OptionalText("role", 40);
  const std::optional<std::string> scope = body.OptionalText("scope", 40);
  if (role) {
    out.role = domain::ParseRole(*role);
    if (!out.role) body.RefuseChoice("role", kRoleChoices);
  } else if (required) {
    body.Refuse(core::Error::Invalid("role is missing", "role", "error.json.required"));
  }
  if (!body.ok()) return body.error();
  if (!ParseScopeOption(scope.value_or(""), out.scope)) {
    return core::Fail(core::Error::Invalid("bad scope", "scope", "error.bad_scope"));
  }
  return out;
}

}  // namespace

HandlerResult ApiUsers(const App& app, Request& request, const Visitor& visitor) {
  auto page = ReadPageRequest(request);
  if (!page) return core::Fail(page.error());
  const domain::Principal& principal = *visitor.principal();
  auto accounts =
      domain::ListAccounts(app.store, app.clock, &principal, principal.user.organisation_id);
  if (!accounts) return core::Fail(accounts.error());
  boost::json::array users;
  for (const domain::AccountDetails& a : *accounts) users.push_back(AccountJson(a));
  return JsonValue(PagedList("users", std::move(users), *page));
}

HandlerResult ApiUser(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto account = domain::LoadAccount(app.store, app.clock, visitor.principal(), *id);
  if (!account) return core::Fail(account.error());
  return JsonValue(AccountJson(*account));
}

HandlerResult ApiUserCreate(const App& app, Request& request, const Visitor& visitor) {
  const domain::Principal& principal = *visitor.principal();
  JsonBody body(request);
  domain::NewAccount account{principal.user.organisation_id, body.Text("email", 254),
                             body.Text("display_name", 200), "", body.Text("password", 1024)};
  account.language = body.OptionalText("language", 2).value_or("sv");
  auto choice = ReadRole(body, false);
  if (!choice) return core::Fail(choice.error());
  account.role = choice->role;
  account.scope = choice->scope;
  auto created =
      domain::CreateAccount(app.store, app.clock, &principal, ActorOf(visitor, request), account);
  if (!created) return core::Fail(created.error());
  Response r = JsonValue(boost::json::object{{"id", *created}}, 201);
  r.SetHeader("Location", "/api/v1/users/" + std::to_string(*created));
  return r;
}

HandlerResult ApiUserRoleAdd(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  auto choice = ReadRole(body, true);
  if (!choice) return core::Fail(choice.error());
  auto done = domain::AddRole(app.store, app.clock, visitor.principal(), ActorOf(visitor, request),
                              *id, *choice->role, choice->scope);
  if (!done) return core::Fail(done.error());
  return Response{204, {}, {}};
}

HandlerResult ApiUserRoleRemove(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto membership = PathId(request, "role_id");
  if (!membership) return core::Fail(membership.error());
  auto done = domain::RemoveRole(app.store, app.clock, visitor.principal(),
                                 ActorOf(visitor, request), *id, *membership);
  if (!done) return core::Fail(done.error());
  return Response{204, {}, {}};
}

HandlerResult ApiUserActive(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const bool active = body.Bool("active");
  if (!body.ok()) return body.error();
  auto done = domain::SetAccountActive(app.store, app.clock, visitor.principal(),
                                       ActorOf(visitor, request), *id, active);
  if (!done) return core::Fail(done.error());
  return Response{204, {}, {}};
}

HandlerResult ApiUserUnlock(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto done = domain::UnlockAccount(app.store, app.clock, visitor.principal(),
                                    ActorOf(visitor, request), *id);
  if (!done) return core::Fail(done.error());
  return Response{204, {}, {}};
}

HandlerResult ApiUserResetLink(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto token = domain::IssuePasswordReset(app.store, app.clock, visitor.principal(),
                                          ActorOf(visitor, request), *id);
  if (!token) return core::Fail(token.error());
  std::string base = app.base_url;
  if (!base.ends_with('/')) base += '/';
  return JsonValue(boost::json::object{{"link", base + "aterstall/" + *token}}, 201);
}

}  // namespace stegvis::web
