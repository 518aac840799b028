#pragma once
// Authentication, authorization and CSRF for every route, in one place, before any handler:
//   1. the session cookie is looked up in the database (domain::Authenticate);
//   2. the route's rule is put to the policy (domain::May); an anonymous visitor is sent to
//      /login (pages) or gets 401 (/api/), a logged-in one gets 403;
//   3. every request that is not GET/HEAD must carry the CSRF token (`_csrf` form field or
//      X-CSRF-Token header), else 403 and the handler never runs. The one exception is a
//      JSON body to the API login (POST /api/v1/session), which has no session and hence no
//      token yet: browsers cannot send application/json across sites without a CORS
//      preflight, which Stegvis never grants;
//   4. a form field holding a control character (core::HasControlCharacter) is refused with
//      422 before the handler runs (JSON texts: JsonFields refuses them);
//   5. responses of non-public routes are marked no-store.
// An /api/ request with an Authorization header is a token request instead
// (domain/api_tokens.h): the Bearer token alone says who is asking (cookies are not read, and
// a bad token is 401 with WWW-Authenticate: Bearer, never the cookie's user); it is rate
// limited per token (api_rate_limit.h); the same rule is put to the policy; CSRF does not
// apply; a read-only token is refused every method but GET and HEAD, and every token the
// routes that manage tokens and sessions (403). On a page the header is ignored.

#include <string>

#include "domain/audit.h"
#include "web/app.h"
#include "web/http/router.h"
#include "web/http/visitor.h"

namespace stegvis::web {

inline constexpr const char* kSessionCookie = "stegvis_session";
inline constexpr const char* kCsrfCookie = "stegvis_csrf";

// Runs `route` for `request` as described above.
Response GuardRoute(const App& app, Request& request, const Route& route);

// The names of the session and pre-session CSRF cookies: kSessionCookie and kCsrfCookie,
// with the prefix "__Host-" when the base URL is https. Browsers then take the cookie only
// from a secure page, for Path=/ and without Domain, so neither a plain-http page nor a
// sibling subdomain can plant or overwrite it. Plain http (localhost) keeps the bare names:
// browsers refuse a __Host- cookie that is not Secure.
std::string SessionCookieName(const App& app);
std::string CsrfCookieName(const App& app);

// Set-Cookie values: the session cookie (HttpOnly, SameSite=Lax, Path=/, Secure when the
// base URL is https), and one that deletes it.
std::string SessionCookie(const App& app, const std::string& session_id);
std::string ClearSessionCookie(const App& app);

// The client's address: the peer, or for a request from a proxy on this machine the last
// address of X-Forwarded-For (what nginx appends).
std::string ClientAddress(const Request& request);

// Who the audit trail records for a signed-in visitor's request: the user and the address.
domain::Actor ActorOf(const Visitor& visitor, const Request& request);

// A 403 page (or JSON for /api/) in the visitor's language.
Response Forbidden(const App& app, const Request& request);

}  // namespace stegvis::web
