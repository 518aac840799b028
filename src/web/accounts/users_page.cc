// /admin/anvandare: the organisation's users, adding one, and one user's roles and account
// actions (deactivate, unlock, one-time password reset link).

#include "core/clock.h"
#include "domain/account_pages.h"
#include "domain/accounts.h"
#include "web/accounts/handlers.h"
#include "web/http/access_guard.h"
#include "web/render/error_status.h"
#include "web/render/error_text.h"
#include "web/render/form_view.h"
#include "web/render/forms.h"
#include "web/render/page.h"
#include "web/structure/admin_views.h"

namespace stegvis::web {
namespace {

struct UserRowView {
  domain::Id id = 0;
  std::string name;
  std::string email;
  bool active = false;
  bool locked = false;
  std::string roles;  // "Chef – Hemtjänst Norr, ..."
};
constexpr auto Describe(std::type_identity<UserRowView>) {
  using U = UserRowView;
  return std::tuple{core::Field("id", &U::id),         core::Field("name", &U::name),
                    core::Field("email", &U::email),   core::Field("active", &U::active),
                    core::Field("locked", &U::locked), core::Field("roles", &U::roles)};
}

struct LockedAddressView {
  std::string address;
  int failures = 0;
  std::string until;  // "2026-11-23 13:43" (UTC)
};
constexpr auto Describe(std::type_identity<LockedAddressView>) {
  return std::tuple{core::Field("address", &LockedAddressView::address),
                    core::Field("failures", &LockedAddressView::failures),
                    core::Field("until", &LockedAddressView::until)};
}

// users.mustache: the users, the locked addresses and the form for a new user.
struct UsersView {
  std::vector<UserRowView> users;
  bool address_unlocked = false;
  std::optional<std::string> address_error;  // an unlock refused: the address was not locked
  bool has_locked_addresses = false;
  std::vector<LockedAddressView> locked_addresses;
  // The new-user form: what was typed (after a refusal) and the refusal.
  std::string new_email;
  std::string new_name;
  bool lang_en = false;
  std::vector<OptionView> role_options;
  std::vector<OptionView> scope_options;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_email;
  std::optional<std::string> error_display_name;
  std::optional<std::string> error_language;
  std::optional<std::string> error_password;
  std::optional<std::string> error_scope;
};
constexpr auto Describe(std::type_identity<UsersView>) {
  using U = UsersView;
  return std::tuple{core::Field("users", &U::users),
                    core::Field("address_unlocked", &U::address_unlocked),
                    core::Field("address_error", &U::address_error),
                    core::Field("has_locked_addresses", &U::has_locked_addresses),
                    core::Field("locked_addresses", &U::locked_addresses),
                    core::Field("new_email", &U::new_email),
                    core::Field("new_name", &U::new_name),
                    core::Field("lang_en", &U::lang_en),
                    core::Field("role_options", &U::role_options),
                    core::Field("scope_options", &U::scope_options),
                    core::Field("has_errors", &U::has_errors),
                    core::Field("errors", &U::errors),
                    core::Field("error_email", &U::error_email),
                    core::Field("error_display_name", &U::error_display_name),
                    core::Field("error_language", &U::error_language),
                    core::Field("error_password", &U::error_password),
                    core::Field("error_scope", &U::error_scope)};
}

// The new-user form's choices to show again after a refusal.
struct NewUserChoices {
  std::string language;
  std::string role;
  std::string scope;
};

struct RoleView {
  domain::Id membership_id = 0;
  std::string label;
};
constexpr auto Describe(std::type_identity<RoleView>) {
  return std::tuple{core::Field("membership_id", &RoleView::membership_id),
                    core::Field("label", &RoleView::label)};
}

// user.mustache: one user's roles and account actions.
struct UserView {
  domain::Id id = 0;
  std::string name;
  std::string email;
  bool active = false;
  bool locked = false;
  bool is_self = false;  // an admin does not deactivate themself
  bool saved = false;
  std::optional<std::string> reset_link;  // just issued
  std::vector<RoleView> roles;
  std::vector<OptionView> role_options;
  std::vector<OptionView> scope_options;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_role;
  std::optional<std::string> error_scope;
  std::optional<std::string> error_active;
};
constexpr auto Describe(std::type_identity<UserView>) {
  using U = UserView;
  return std::tuple{core::Field("id", &U::id),
                    core::Field("name", &U::name),
                    core::Field("email", &U::email),
                    core::Field("active", &U::active),
                    core::Field("locked", &U::locked),
                    core::Field("is_self", &U::is_self),
                    core::Field("saved", &U::saved),
                    core::Field("reset_link", &U::reset_link),
                    core::Field("roles", &U::roles),
                    core::Field("role_options", &U::role_options),
                    core::Field("scope_options", &U::scope_options),
                    core::Field("has_errors", &U::has_errors),
                    core::Field("errors", &U::errors),
                    core::Field("error_role", &U::error_role),
                    core::Field("error_scope", &U::error_scope),
                    core::Field("error_active", &U::error_active)};
}

// "2026-11-23 13:43" (UTC).
std::string Minutes(std::int64_t unix_seconds) {
  const std::string iso = core::FormatIsoUtc(unix_seconds);
  return iso.substr(0, 10) + " " + iso.substr(11, 5);
}

HandlerResult RenderUsers(const App& app, Request& request, const Visitor& visitor, UsersView view,
                          const NewUserChoices& chosen, int status) {
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  auto page = domain::LoadUsersPage(app.store, app.clock, *visitor.principal());
  if (!page) return core::Fail(page.error());
  for (const domain::AccountDetails& a : page->accounts) {
    std::string roles;
    for (const domain::Membership& m : a.memberships) {
      if (!roles.empty()) roles += ", ";
      roles += DescribeRole(app, lang, page->structure, m);
    }
    view.users.push_back({a.user.id, a.user.display_name, a.user.email, a.user.active,
                          a.locked_seconds > 0, std::move(roles)});
  }
  for (const domain::LockedAddress& a : page->locked_addresses) {
    view.locked_addresses.push_back({a.address, a.failures, Minutes(a.locked_until)});
  }
  view.has_locked_addresses = !view.locked_addresses.empty();
  view.address_unlocked = request.Query("upplast").has_value();
  view.role_options = RoleOptions(app, lang, chosen.role);
  view.scope_options = ScopeOptions(app, lang, page->structure, chosen.scope);
  view.lang_en = chosen.language == "en";
  return RenderPage(app, request, {"users", "users.title", "admin_users", status}, view, language,
                    visitor);
}

HandlerResult RenderUser(const App& app, Request& request, const Visitor& visitor, domain::Id id,
                         UserView view, int status) {
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  const domain::Principal& principal = *visitor.principal();
  auto page = domain::LoadUserPage(app.store, app.clock, principal, id);
  if (!page) return core::Fail(page.error());
  const domain::AccountDetails& account = page->account;
  for (const domain::Membership& m : account.memberships) {
    view.roles.push_back({m.id, DescribeRole(app, lang, page->structure, m)});
  }
  view.id = id;
  view.name = account.user.display_name;
  view.email = account.user.email;
  view.active = account.user.active;
  view.locked = account.locked_seconds > 0;
  view.role_options = RoleOptions(app, lang, "");
  view.scope_options = ScopeOptions(app, lang, page->structure, "");
  view.is_self = account.user.id == principal.user.id;
  view.saved = request.Query("sparat").has_value();
  return RenderPage(app, request, {"user", "users.user_title", "admin_users", status}, view,
                    language, visitor);
}

// Back to the user's page: "saved", or the refusal next to its field; other refusals are the
// error page.
HandlerResult AfterChange(const App& app, Request& request, const Visitor& visitor, domain::Id id,
                          const core::Result<void>& done) {
  if (done) return Response::Redirect("/admin/anvandare/" + std::to_string(id) + "?sparat=1");
  if (done.error().code != core::ErrorCode::kInvalidInput) return core::Fail(done.error());
  UserView view;
  SetFormError(view, app, ChooseLanguage(request).lang, done.error());
  return RenderUser(app, request, visitor, id, std::move(view), HttpStatus(done.error().code));
}

}  // namespace

HandlerResult UsersPage(const App& app, Request& request, const Visitor& visitor) {
  return RenderUsers(app, request, visitor, {}, {}, 200);
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
  UsersView view;
  view.new_email = account.email;
  view.new_name = account.display_name;
  const std::string lang = ChooseLanguage(request).lang;
  SetFormError(view, app, lang, done.error());
  // Every other field that is wrong too, so one submit names them all.
  if (done.error().code == core::ErrorCode::kInvalidInput) {
    for (const core::Error& e : domain::NewAccountErrors(account)) {
      if (e.field != done.error().field) SetFormError(view, app, lang, e);
    }
  }
  return RenderUsers(app, request, visitor, std::move(view),
                     {account.language, form.Get("role"), form.Get("scope")},
                     HttpStatus(done.error().code));
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
  UserView view;
  view.reset_link = base + "aterstall/" + *token;
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
  UsersView view;
  view.address_error = ErrorText(app.catalogue, ChooseLanguage(request).lang, done.error());
  return RenderUsers(app, request, visitor, std::move(view), {}, 404);
}

}  // namespace stegvis::web
