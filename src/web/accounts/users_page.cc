// /admin/anvandare: the organisation's users, adding one, and one user's roles and account
// actions (deactivate, unlock, one-time password reset link).

#include <boost/json/parse.hpp>

#include "core/clock.h"
#include "domain/accounts.h"
#include "domain/address_locks.h"
#include "domain/teams.h"
#include "web/accounts/handlers.h"
#include "web/http/access_guard.h"
#include "web/render/error_page.h"
#include "web/render/error_status.h"
#include "web/render/error_text.h"
#include "web/render/forms.h"
#include "web/render/json_response.h"
#include "web/render/page.h"
#include "web/structure/admin_views.h"

namespace stegvis::web {
namespace {

Response RenderUsers(const App& app, Request& request, const Visitor& visitor,
                     boost::json::object view, int status) {
  const std::string lang = ChooseLanguage(request).lang;
  const domain::Principal& principal = *visitor.principal();
  auto accounts =
      domain::ListAccounts(app.store, app.clock, &principal, principal.user.organisation_id);
  if (!accounts) return ErrorPage(app, request, HttpStatus(accounts.error().code));
  auto structure = domain::LoadStructure(app.store, principal);
  if (!structure) return ErrorPage(app, request, HttpStatus(structure.error().code));
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
  if (!addresses) return ErrorPage(app, request, HttpStatus(addresses.error().code));
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

Response RenderUser(const App& app, Request& request, const Visitor& visitor, domain::Id id,
                    boost::json::object view, int status) {
  const std::string lang = ChooseLanguage(request).lang;
  const domain::Principal& principal = *visitor.principal();
  auto account = domain::LoadAccount(app.store, app.clock, &principal, id);
  if (!account) return ErrorPage(app, request, HttpStatus(account.error().code));
  auto structure = domain::LoadStructure(app.store, principal);
  if (!structure) return ErrorPage(app, request, HttpStatus(structure.error().code));
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

}  // namespace

Response UsersPage(const App& app, Request& request, const Visitor& visitor) {
  return RenderUsers(app, request, visitor, {}, 200);
}

Response UserCreate(const App& app, Request& request, const Visitor& visitor) {
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

Response UserPage(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return ErrorPage(app, request, 404);
  return RenderUser(app, request, visitor, *id, {}, 200);
}

Response UserAction(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return ErrorPage(app, request, 404);
  const domain::Principal& principal = *visitor.principal();
  const domain::Actor actor = domain::ActorFor(principal, ClientAddress(request));
  const std::string action = request.path_params["action"];
  Form form(request);
  core::Result<void> done;
  boost::json::object view;
  if (action == "roller") {
    std::optional<domain::ScopeRef> scope;
    std::optional<domain::Role> role = domain::ParseRole(form.Get("role"));
    if (!role) {
      done = core::Fail(core::Error::Invalid("choose a role", "role", "error.required"));
    } else if (!ParseScopeOption(form.Get("scope"), scope)) {
      done = core::Fail(core::Error::Invalid("bad scope", "scope", "error.bad_scope"));
    } else {
      done = domain::AddRole(app.store, app.clock, &principal, actor, *id, *role, scope);
    }
  } else if (action == "ta-bort-roll") {
    std::optional<domain::Id> membership = ParseId(form.Get("membership_id"));
    done = membership
               ? domain::RemoveRole(app.store, app.clock, &principal, actor, *id, *membership)
               : core::Result<void>(core::Fail(core::Error::NotFound("no such role")));
  } else if (action == "aktiv") {
    done = domain::SetAccountActive(app.store, app.clock, &principal, actor, *id,
                                    form.Get("active") == "1");
  } else if (action == "las-upp") {
    done = domain::UnlockAccount(app.store, app.clock, &principal, actor, *id);
  } else if (action == "aterstallning") {
    auto token = domain::IssuePasswordReset(app.store, app.clock, &principal, actor, *id);
    if (!token) return ErrorPage(app, request, HttpStatus(token.error().code));
    std::string base = app.base_url;
    if (!base.ends_with('/')) base += '/';
    view["reset_link"] = base + "aterstall/" + *token;
    return RenderUser(app, request, visitor, *id, std::move(view), 200);
  } else {
    return ErrorPage(app, request, 404);
  }
  if (done) return Response::Redirect("/admin/anvandare/" + std::to_string(*id) + "?sparat=1");
  if (done.error().code != core::ErrorCode::kInvalidInput) {
    return ErrorPage(app, request, HttpStatus(done.error().code));
  }
  AddFormError(view, app, ChooseLanguage(request).lang, done.error());
  return RenderUser(app, request, visitor, *id, std::move(view), HttpStatus(done.error().code));
}

Response AddressUnlockSubmit(const App& app, Request& request, const Visitor& visitor) {
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  auto done = domain::UnlockAddress(app.store, app.clock, principal,
                                    domain::ActorFor(principal, ClientAddress(request)),
                                    form.Get("address"));
  if (done) return Response::Redirect("/admin/anvandare?upplast=1#adresser");
  if (done.error().code != core::ErrorCode::kNotFound) {
    return ErrorPage(app, request, HttpStatus(done.error().code));
  }
  // Unlocked meanwhile, or never locked: say so beside the list as it is now.
  boost::json::object view{
      {"address_error", ErrorText(app.catalogue, ChooseLanguage(request).lang, done.error())}};
  return RenderUsers(app, request, visitor, std::move(view), 404);
}

Response ApiLockedAddresses(const App& app, Request& request, const Visitor& visitor) {
  auto addresses = domain::ListLockedAddresses(app.store, app.clock, *visitor.principal());
  if (!addresses) return JsonError(app, request, addresses.error());
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
Response ApiAddressUnlock(const App& app, Request& request, const Visitor& visitor) {
  boost::system::error_code ec;
  boost::json::value body = boost::json::parse(request.body, ec);
  const boost::json::value* address =
      ec || !body.is_object() ? nullptr : body.as_object().if_contains("address");
  if (!address || !address->is_string()) {
    return JsonError(app, request,
                     core::Error::Invalid("address must be a string", "address", "error.bad_json"));
  }
  const domain::Principal& principal = *visitor.principal();
  auto done = domain::UnlockAddress(app.store, app.clock, principal,
                                    domain::ActorFor(principal, ClientAddress(request)),
                                    std::string(address->as_string()));
  if (!done) return JsonError(app, request, done.error());
  return Response{204, {}, {}};
}

}  // namespace stegvis::web
