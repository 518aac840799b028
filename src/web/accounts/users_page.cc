// /admin/anvandare: the organisation's users, adding one, and one user's roles and account
// actions (deactivate, unlock, one-time password reset link).

#include "core/clock.h"
#include "domain/accounts.h"
#include "domain/address_locks.h"
#include "domain/teams.h"
#include "web/accounts/handlers.h"
#include "web/http/access_guard.h"
#include "web/render/error_status.h"
#include "web/render/error_text.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/render/page.h"
#include "web/structure/admin_views.h"

namespace stegvis::web {
namespace {

HandlerResult RenderUsers(const App& app, Request& request, const Visitor& visitor,
                          boost::json::object view, int status) {
  const std::string lang = ChooseLanguage(request).lang;
  const domain::Principal& principal = *visitor.principal();
  auto accounts =
      domain::ListAccounts(app.store, app.clock, &principal, principal.user.organisation_id);
  if (!accounts) return core::Fail(accounts.error());
  auto structure = domain::LoadStructure(app.store, principal);
  if (!structure) return core::Fail(structure.error());
  boost::json::array users;
  for (const domain::AccountDetails& a : *accounts) {
    std::string roles;
    for (const domain::Membership& m : a.memberships) {
      if (!roles.empty()) roles += ", ";
      roles += DescribeRole(app, lang, *structure, m);
    }
    users.push_back(boost::json::object{{"id", a.user.id},
                                        {"name", a.user.display_name},
                                        {"email", a.user.email},
                                        {"active", a.user.active},
                                        {"locked", a.locked_seconds > 0},
                                        {"roles", roles}});
  }
  auto text = [&](const char* key) {
    return view.contains(key) ? std::string(view[key].as_string()) : std::string();
  };
  view["users"] = std::move(users);
  auto addresses = domain::ListLockedAddresses(app.store, app.clock, principal);
  if (!addresses) return core::Fail(addresses.error());
  boost::json::array locked;
  for (const domain::LockedAddress& a : *addresses) {
    const std::string until = core::FormatIsoUtc(a.locked_until);
    locked.push_back(
        boost::json::object{{"address", a.address},
                            {"failures", a.failures},
                            {"until", until.substr(0, 10) + " " + until.substr(11, 5)}});
  }
  view["has_locked_addresses"] = !locked.empty();
  view["locked_addresses"] = std::move(locked);
  view["address_unlocked"] = request.Query("upplast").has_value();
  view["role_options"] = RoleOptions(app, lang, text("role"));
  view["scope_options"] = ScopeOptions(app, lang, *structure, text("scope"));
  view["lang_en"] = text("language") == "en";
  view["saved"] = request.Query("sparat").has_value();
  return RenderPage(app, request, {"users", "users.title", "admin_users", status}, std::move(view),
                    ChooseLanguage(request), visitor);
}

HandlerResult RenderUser(const App& app, Request& request, const Visitor& visitor, domain::Id id,
                         boost::json::object view, int status) {
  const std::string lang = ChooseLanguage(request).lang;
  const domain::Principal& principal = *visitor.principal();
  auto account = domain::LoadAccount(app.store, app.clock, &principal, id);
  if (!account) return core::Fail(account.error());
  auto structure = domain::LoadStructure(app.store, principal);
  if (!structure) return core::Fail(structure.error());
  boost::json::array roles;
  for (const domain::Membership& m : account->memberships) {
    roles.push_back(boost::json::object{{"membership_id", m.id},
                                        {"label", DescribeRole(app, lang, *structure, m)}});
  }
  view["id"] = id;
  view["name"] = account->user.display_name;
  view["email"] = account->user.email;
  view["active"] = account->user.active;
  view["locked"] = account->locked_seconds > 0;
  view["roles"] = std::move(roles);
  view["role_options"] = RoleOptions(app, lang, "");
  view["scope_options"] = ScopeOptions(app, lang, *structure, "");
  view["is_self"] = account->user.id == principal.user.id;
  if (request.Query("sparat")) view["saved"] = true;
  return RenderPage(app, request, {"user", "users.user_title", "admin_users", status},
                    std::move(view), ChooseLanguage(request), visitor);
}

// Back to the user's page: "saved", or the refusal next to its field; other refusals are the
// error page.
HandlerResult AfterChange(const App& app, Request& request, const Visitor& visitor, domain::Id id,
                          const core::Result<void>& done) {
  if (done) return Response::Redirect("/admin/anvandare/" + std::to_string(id) + "?sparat=1");
  if (done.error().code != core::ErrorCode::kInvalidInput) return core::Fail(done.error());
  boost::json::object view;
  AddFormError(view, app, ChooseLanguage(request).lang, done.error());
  return RenderUser(app, request, visitor, id, std::move(view), HttpStatus(done.error().code));
}

}  // namespace

HandlerResult UsersPage(const App& app, Request& request, const Visitor& visitor) {
  return RenderUsers(app, request, visitor, {}, 200);
}

HandlerResult UserCreate(const App& app, Request& request, const Visitor& visitor) {
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::NewAccount account{principal.user.organisation_id,
                             form.Get("email"),
                             form.Get("display_name"),
                             form.Get("language"),
                             form.Get("password"),
                             domain::ParseRole(form.Get("role")),
                             {}};
  core::Result<domain::Id> done =
      ParseScopeOption(form.Get("scope"), account.scope)
          ? domain::CreateAccount(app.store, app.clock, &principal,
                                  domain::ActorFor(principal, ClientAddress(request)), account)
          : core::Result<domain::Id>(
                core::Fail(core::Error::Invalid("bad scope", "scope", "error.bad_scope")));
  if (done) return Response::Redirect("/admin/anvandare/" + std::to_string(*done) + "?sparat=1");
  boost::json::object view{{"new_email", account.email},
                           {"new_name", account.display_name},
                           {"language", account.language},
                           {"role", form.Get("role")},
                           {"scope", form.Get("scope")}};
  AddFormError(view, app, ChooseLanguage(request).lang, done.error());
  return RenderUsers(app, request, visitor, std::move(view), HttpStatus(done.error().code));
}

HandlerResult UserPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  return RenderUser(app, request, visitor, *id, {}, 200);
}

HandlerResult UserRoleAdd(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  std::optional<domain::ScopeRef> scope;
  std::optional<domain::Role> role = domain::ParseRole(form.Get("role"));
  core::Result<void> done;
  if (!role) {
    done = core::Fail(core::Error::Invalid("choose a role", "role", "error.required"));
  } else if (!ParseScopeOption(form.Get("scope"), scope)) {
    done = core::Fail(core::Error::Invalid("bad scope", "scope", "error.bad_scope"));
  } else {
    done = domain::AddRole(app.store, app.clock, &principal,
                           domain::ActorFor(principal, ClientAddress(request)), *id, *role, scope);
  }
  return AfterChange(app, request, visitor, *id, done);
}

HandlerResult UserRoleRemove(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  std::optional<domain::Id> membership = ParseId(Form(request).Get("membership_id"));
  if (!membership) return core::Fail(core::Error::NotFound("no such role"));
  auto done =
      domain::RemoveRole(app.store, app.clock, &principal,
                         domain::ActorFor(principal, ClientAddress(request)), *id, *membership);
  return AfterChange(app, request, visitor, *id, done);
}

HandlerResult UserActiveSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto done = domain::SetAccountActive(app.store, app.clock, &principal,
                                       domain::ActorFor(principal, ClientAddress(request)), *id,
                                       Form(request).Get("active") == "1");
  return AfterChange(app, request, visitor, *id, done);
}

HandlerResult UserUnlock(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto done = domain::UnlockAccount(app.store, app.clock, &principal,
                                    domain::ActorFor(principal, ClientAddress(request)), *id);
  return AfterChange(app, request, visitor, *id, done);
}

HandlerResult UserResetLink(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto token = domain::IssuePasswordReset(app.store, app.clock, &principal,
                                          domain::ActorFor(principal, ClientAddress(request)), *id);
  if (!token) return core::Fail(token.error());
  std::string base = app.base_url;
  if (!base.ends_with('/')) base += '/';
  boost::json::object view{{"reset_link", base + "aterstall/" + *token}};
  return RenderUser(app, request, visitor, *id, std::move(view), 200);
}

HandlerResult AddressUnlockSubmit(const App& app, Request& request, const Visitor& visitor) {
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  auto done = domain::UnlockAddress(app.store, app.clock, principal,
                                    domain::ActorFor(principal, ClientAddress(request)),
                                    form.Get("address"));
  if (done) return Response::Redirect("/admin/anvandare?upplast=1#adresser");
  if (done.error().code != core::ErrorCode::kNotFound) {
    return core::Fail(done.error());
  }
  // Unlocked meanwhile, or never locked: say so beside the list as it is now.
  boost::json::object view{
      {"address_error", ErrorText(app.catalogue, ChooseLanguage(request).lang, done.error())}};
  return RenderUsers(app, request, visitor, std::move(view), 404);
}

HandlerResult ApiLockedAddresses(const App& app, Request&, const Visitor& visitor) {
  auto addresses = domain::ListLockedAddresses(app.store, app.clock, *visitor.principal());
  if (!addresses) return core::Fail(addresses.error());
  boost::json::array out;
  for (const domain::LockedAddress& a : *addresses) {
    out.push_back(boost::json::object{{"address", a.address},
                                      {"failures", a.failures},
                                      {"last_failure_at", core::FormatIsoUtc(a.last_failure_at)},
                                      {"locked_until", core::FormatIsoUtc(a.locked_until)}});
  }
  return JsonValue(boost::json::object{{"addresses", std::move(out)}});
}

// POST {"address": "..."}: 204, or 404 when the address is not locked.
HandlerResult ApiAddressUnlock(const App& app, Request& request, const Visitor& visitor) {
  JsonBody body(request);
  if (!body.Has("address")) {
    body.Refuse(core::Error::Invalid("address is missing", "address", "error.json.required"));
  }
  const std::string address = body.Text("address");
  if (!body.ok()) return body.error();
  const domain::Principal& principal = *visitor.principal();
  auto done = domain::UnlockAddress(app.store, app.clock, principal,
                                    domain::ActorFor(principal, ClientAddress(request)), address);
  if (!done) return core::Fail(done.error());
  return Response{204, {}, {}};
}

}  // namespace stegvis::web
