#pragma once
// Accounts: logging in and out, password resets, the session API and the admin pages for users
// and locked addresses.
// Thin handlers: parse the request, call one domain function, render. Each is registered
// with its access rule in routes.cc beside this file; the access guard has identified the
// visitor and checked the rule and the CSRF token before any of them runs.

#include "web/app.h"
#include "web/http/http.h"
#include "web/http/router.h"
#include "web/http/visitor.h"
#include "web/render/handler_result.h"

namespace stegvis::web {

// Registers the routes of this feature (routes.cc) on `router`, bound to `app`.
void AddAccountRoutes(Router& router, const App& app);

// GET /login: the login form. POST /login: logs in (fields email, password, next) and
// redirects, or shows the form again with the reason (401, 429 with Retry-After).
HandlerResult LoginPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult LoginSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /logout: ends the session server-side and goes to /login.
HandlerResult LogoutSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /api/v1/session {"email","password"}: 200 {user, csrf_token} and the cookie.
HandlerResult ApiLogin(const App& app, Request& request, const Visitor& visitor);
// GET /api/v1/session: the signed-in user and the CSRF token.
HandlerResult ApiSession(const App& app, Request& request, const Visitor& visitor);
// DELETE /api/v1/session: logs out; 204.
HandlerResult ApiLogout(const App& app, Request& request, const Visitor& visitor);

// GET /api/v1/tokens: the visitor's own API tokens (never their secrets). POST /api/v1/tokens
// {"name", "write", "days"?}: 201 {"id", "token"}, the secret shown this once. DELETE
// /api/v1/tokens/{id}: revokes one of the visitor's own tokens; 204, 404 for any other. Only
// from a browser session: 403 error.token.session_only for a token request.
// GET /konto/api-nycklar: the visitor's own API tokens and the form that makes one. POST
// /konto/api-nycklar (fields name, days, write): makes one and shows its secret this once, or
// the form again with every refusal (422). POST /konto/api-nycklar/{id}/aterkalla: revokes one
// of the visitor's own (404 for any other) and goes back to the list.
HandlerResult TokensPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult TokenCreateSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult TokenRevokeSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiTokens(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiTokenCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiTokenDelete(const App& app, Request& request, const Visitor& visitor);

// GET /konto/paminnelser: whether the visitor gets e-mail reminders; POST (field
// email_reminders = 1, or absent for off) saves it and goes back to the page.
// GET /api/v1/reminders and PUT /api/v1/reminders ({"email_reminders": bool}): the same as JSON,
// {"email_reminders": bool, "mail_enabled": bool}.
HandlerResult RemindersPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult RemindersSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiReminders(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiRemindersUpdate(const App& app, Request& request, const Visitor& visitor);

// GET/POST /aterstall/{token}: the one-time password reset link an admin handed over.
HandlerResult ResetPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult ResetSubmit(const App& app, Request& request, const Visitor& visitor);

// DELETE /api/v1/units/{id}, DELETE /api/v1/teams/{id} (204), PUT /api/v1/teams/{id}/unit.
// POST /admin/adresser/las-upp unlocks an address locked after failed logins (the list is on
// /admin/anvandare); GET /api/v1/locked-addresses and POST /api/v1/locked-addresses/unlock.
HandlerResult AddressUnlockSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiLockedAddresses(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiAddressUnlock(const App& app, Request& request, const Visitor& visitor);
// The JSON twins of the users page (accounts_api.cc): GET /api/v1/users (paged) and
// /api/v1/users/{id}; POST /api/v1/users; POST /api/v1/users/{id}/roles and DELETE
// /api/v1/users/{id}/roles/{role_id}; PUT /api/v1/users/{id}/active; POST
// /api/v1/users/{id}/unlock and /api/v1/users/{id}/reset-link.
HandlerResult ApiUsers(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiUser(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiUserCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiUserRoleAdd(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiUserRoleRemove(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiUserActive(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiUserUnlock(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiUserResetLink(const App& app, Request& request, const Visitor& visitor);

// GET /admin/anvandare: users and a form to add one; POST adds it.
HandlerResult UsersPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult UserCreate(const App& app, Request& request, const Visitor& visitor);
// GET /admin/anvandare/{id}: one user's roles and account actions.
HandlerResult UserPage(const App& app, Request& request, const Visitor& visitor);
// The account actions on /admin/anvandare/{id}, one route each, back to the user's page:
// POST .../roller adds a role (role, scope), .../ta-bort-roll removes one (membership_id),
// .../aktiv (de)activates (active=1 or 0), .../las-upp lifts a login lock, and
// .../aterstallning shows a one-time password reset link.
HandlerResult UserRoleAdd(const App& app, Request& request, const Visitor& visitor);
HandlerResult UserRoleRemove(const App& app, Request& request, const Visitor& visitor);
HandlerResult UserActiveSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult UserUnlock(const App& app, Request& request, const Visitor& visitor);
HandlerResult UserResetLink(const App& app, Request& request, const Visitor& visitor);

}  // namespace stegvis::web
