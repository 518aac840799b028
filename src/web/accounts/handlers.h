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

namespace stegvis::web {

// Registers the routes of this feature (routes.cc) on `router`, bound to `app`.
void AddAccountRoutes(Router& router, const App& app);

// GET /login: the login form. POST /login: logs in (fields email, password, next) and
// redirects, or shows the form again with the reason (401, 429 with Retry-After).
Response LoginPage(const App& app, Request& request, const Visitor& visitor);
Response LoginSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /logout: ends the session server-side and goes to /login.
Response LogoutSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /api/v1/session {"email","password"}: 200 {user, csrf_token} and the cookie.
Response ApiLogin(const App& app, Request& request, const Visitor& visitor);
// GET /api/v1/session: the signed-in user and the CSRF token.
Response ApiSession(const App& app, Request& request, const Visitor& visitor);
// DELETE /api/v1/session: logs out; 204.
Response ApiLogout(const App& app, Request& request, const Visitor& visitor);

// GET/POST /aterstall/{token}: the one-time password reset link an admin handed over.
Response ResetPage(const App& app, Request& request, const Visitor& visitor);
Response ResetSubmit(const App& app, Request& request, const Visitor& visitor);

// DELETE /api/v1/units/{id}, DELETE /api/v1/teams/{id} (204), PUT /api/v1/teams/{id}/unit.
// POST /admin/adresser/las-upp unlocks an address locked after failed logins (the list is on
// /admin/anvandare); GET /api/v1/locked-addresses and POST /api/v1/locked-addresses/unlock.
Response AddressUnlockSubmit(const App& app, Request& request, const Visitor& visitor);
Response ApiLockedAddresses(const App& app, Request& request, const Visitor& visitor);
Response ApiAddressUnlock(const App& app, Request& request, const Visitor& visitor);

// GET /admin/anvandare: users and a form to add one; POST adds it.
Response UsersPage(const App& app, Request& request, const Visitor& visitor);
Response UserCreate(const App& app, Request& request, const Visitor& visitor);
// GET /admin/anvandare/{id}: one user's roles and account actions.
Response UserPage(const App& app, Request& request, const Visitor& visitor);
// POST /admin/anvandare/{id}/{action}: roller (add a role), ta-bort-roll, aktiv, las-upp,
// aterstallning (shows the one-time link).
Response UserAction(const App& app, Request& request, const Visitor& visitor);

}  // namespace stegvis::web
