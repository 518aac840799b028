#pragma once
// Who is asking: the session a request carries (if valid) and the CSRF token its forms must
// send back, or the personal API token it sends (then `session` holds the token's user, with
// an empty session record, and no CSRF token applies). Built once per request by the access
// guard (access_guard.h) before any handler.

#include <optional>
#include <string>

#include "domain/api_token.h"
#include "domain/sessions.h"

namespace stegvis::web {

struct Visitor {
  std::optional<domain::Session> session;  // none for an anonymous visitor
  // The token state-changing requests must carry (`_csrf` field or X-CSRF-Token header):
  // the session's, or for an anonymous visitor the pre-session cookie's.
  std::string csrf_token;
  bool set_csrf_cookie = false;       // csrf_token is new: the guard sets the cookie
  bool clear_session_cookie = false;  // the request carried a dead session cookie
  // The API token the request authenticated with; none for a browser session.
  std::optional<domain::ApiToken> api_token;

  const domain::Principal* principal() const { return session ? &session->principal : nullptr; }
};

}  // namespace stegvis::web
