#include "web/http/access_guard.h"

#include <algorithm>

#include "core/text.h"
#include "domain/api_tokens.h"
#include "domain/resources.h"
#include "domain/tokens.h"
#include "web/http/api_rate_limit.h"
#include "web/http/local_path.h"
#include "web/http/multipart.h"
#include "web/render/error_page.h"
#include "web/render/json_response.h"
#include "web/render/language.h"

namespace stegvis::web {
namespace {

bool IsApi(const Request& request) {
  return request.path.starts_with("/api/");
}

bool IsHex64(const std::string& text) {
  return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

bool OverHttps(const App& app) {
  return app.base_url.starts_with("https://");
}

std::string CookieAttributes(const App& app) {
  std::string attributes = "; Path=/; HttpOnly; SameSite=Lax";
  if (OverHttps(app)) attributes += "; Secure";
  return attributes;
}

// The one route a script logs in through: it has no session, hence no token, yet.
bool IsApiLogin(const Route& route) {
  return route.method == "POST" && route.pattern == "/api/v1/session";
}

Visitor Identify(const App& app, const Request& request) {
  Visitor visitor;
  if (std::optional<std::string> id = request.Cookie(SessionCookieName(app))) {
    core::Result<domain::Session> session = domain::Authenticate(app.store, app.clock, *id);
    if (session) {
      visitor.session = std::move(*session);
      visitor.csrf_token = visitor.session->record.csrf_token;
      return visitor;
    }
    visitor.clear_session_cookie = true;
  }
  std::optional<std::string> pre = request.Cookie(CsrfCookieName(app));
  if (pre && IsHex64(*pre)) {
    visitor.csrf_token = *pre;
  } else {
    visitor.csrf_token = domain::RandomToken();
    visitor.set_csrf_cookie = true;
  }
  return visitor;
}

std::string SentCsrfToken(const Request& request) {
  std::string_view header = request.Header("x-csrf-token");
  if (!header.empty()) return std::string(header);
  for (const auto& [name, value] : request.form) {
    if (name == "_csrf") return value;
  }
  return {};
}

// A form field holding a control character (see core::HasControlCharacter): refused here for
// every route, so no handler has to remember it. JSON texts are checked by JsonFields.
std::optional<core::Error> ControlCharacterInForm(const Request& request) {
  for (const auto& [name, value] : request.form) {
    if (core::HasControlCharacter(value)) {
      return core::Error::Invalid("a control character in " + core::ShortPrefix(name),
                                  core::ShortPrefix(name), "error.control_character");
    }
  }
  return std::nullopt;
}

bool IsFormBody(const Request& request) {
  return request.Header("content-type").starts_with("application/x-www-form-urlencoded");
}

// A form body with more fields than any page sends.
std::optional<core::Error> TooManyFormFields(const Request& request) {
  if (!IsFormBody(request) || CountFormFields(request.body) <= kMaxFormFields) {
    return std::nullopt;
  }
  core::Error e =
      core::Error::Invalid("more form fields than any page sends", "", "error.too_many_fields");
  e.params.push_back(core::ErrorParam::Number("max", static_cast<std::int64_t>(kMaxFormFields)));
  return e;
}

// Parses a form body, once, into request.form (and request.files for multipart/form-data):
// the refusal when it has more fields than any page sends (refused before it is parsed, so no
// handler spends time on it) or is multipart that cannot be read; none for a safe method.
std::optional<core::Error> ReadFormBody(Request& request, bool safe_method) {
  request.form.clear();
  request.files.clear();
  if (safe_method) return std::nullopt;
  if (std::optional<core::Error> too_many = TooManyFormFields(request)) return too_many;
  if (IsFormBody(request)) {
    request.form = ParseForm(request.body);
  } else if (IsMultipartForm(request.Header("content-type"))) {
    std::optional<MultipartForm> parts =
        ParseMultipart(request.Header("content-type"), request.body);
    if (!parts) {
      return core::Error::Invalid("a multipart body that cannot be read", "", "error.multipart");
    }
    request.form = std::move(parts->fields);
    request.files = std::move(parts->files);
  }
  return std::nullopt;
}

Response NotLoggedIn(const App& app, const Request& request) {
  if (IsApi(request)) {
    return JsonError(
        app, request,
        core::Error{core::ErrorCode::kUnauthenticated, "log in first", {}, "login.required"});
  }
  std::string next = request.method == "GET" ? request.target : "/";
  // Only local paths come back from /login; anything else goes home.
  if (!IsLocalPath(next)) next = "/";
  std::string encoded;
  for (unsigned char c : next) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.') {
      encoded += static_cast<char>(c);
    } else {
      static constexpr char kHex[] = "0123456789ABCDEF";
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 15];
    }
  }
  return Response::Redirect(next == "/" ? "/login" : "/login?next=" + encoded);
}

// The routes that manage tokens and sessions: only a browser session may use them, so a
// leaked token cannot make more tokens, outlive its own revocation or pose as a session.
bool IsTokenManagement(const Route& route) {
  return route.pattern == "/api/v1/tokens" || route.pattern.starts_with("/api/v1/tokens/") ||
         route.pattern == "/api/v1/session";
}

// 401 for a token request: the JSON error and the challenge RFC 6750 asks for.
Response BadToken(const App& app, const Request& request, const core::Error& error) {
  Response response = JsonError(app, request, error);
  response.SetHeader("WWW-Authenticate", "Bearer realm=\"stegvis\", error=\"invalid_token\"");
  return response;
}

core::Error TokenRefusal(std::string message, std::string key) {
  return core::Error{core::ErrorCode::kForbidden, std::move(message), {}, std::move(key)};
}

// The credentials of "Authorization: Bearer <credentials>" (the scheme in any case, RFC 7235),
// or "" for any other header.
std::string_view BearerCredentials(std::string_view header) {
  constexpr std::string_view kScheme = "bearer ";
  if (header.size() <= kScheme.size() ||
      core::AsciiLower(header.substr(0, kScheme.size())) != kScheme) {
    return {};
  }
  return core::Trim(header.substr(kScheme.size()));
}

// An /api/ request with an Authorization header: the token alone says who is asking. Cookies
// are not read (a bad token never falls back to the session), CSRF does not apply (a browser
// does not send this header across sites on its own), and a read-only token may only read.
Response GuardTokenRoute(const App& app, Request& request, const Route& route) {
  core::Result<domain::ApiTokenUse> use = domain::AuthenticateApiToken(
      app.store, app.clock, BearerCredentials(request.Header("authorization")));
  if (!use) {
    app.log.Log(core::LogLevel::kWarn, "api_token_refused",
                {{"route", std::string_view(route.pattern)},
                 {"remote", std::string_view(request.remote_address)}});
    return BadToken(app, request, use.error());
  }
  Visitor visitor;
  visitor.session = domain::Session{std::move(use->principal), {}, {}, use->data_version};
  visitor.api_token = std::move(use->token);
  const domain::Principal& principal = *visitor.principal();
  const bool safe_method = request.method == "GET" || request.method == "HEAD";

  Response response;
  std::optional<core::Error> too_many = ReadFormBody(request, safe_method);
  const std::int64_t wait =
      app.api_rate_limiter ? app.api_rate_limiter->Take(visitor.api_token->id, app.clock.Steady())
                           : 0;
  if (wait > 0) {
    core::Error e{core::ErrorCode::kTooManyRequests,
                  "too many requests with this token",
                  {},
                  "error.token.too_fast"};
    e.retry_after_seconds = wait;
    response = JsonError(app, request, e);
  } else if (!domain::May(
                 &principal, route.rule.action,
                 domain::OrganisationResource(route.rule.kind, principal.user.organisation_id))) {
    response = Forbidden(app, request);
  } else if (IsTokenManagement(route)) {
    response = JsonError(
        app, request,
        TokenRefusal("tokens are managed from a signed-in browser", "error.token.session_only"));
  } else if (!safe_method && !visitor.api_token->write) {
    response =
        JsonError(app, request, TokenRefusal("this token may only read", "error.token.read_only"));
  } else if (too_many) {
    response = JsonError(app, request, *too_many);
  } else if (std::optional<core::Error> bad = ControlCharacterInForm(request)) {
    response = JsonError(app, request, *bad);
  } else {
    response = route.handler(request, visitor);
  }
  if (response.status == 403) {
    app.log.Log(core::LogLevel::kWarn, "forbidden",
                {{"method", std::string_view(request.method)},
                 {"route", std::string_view(route.pattern)},
                 {"user_id", std::int64_t{principal.user.id}},
                 {"api_token_id", std::int64_t{visitor.api_token->id}},
                 {"remote", std::string_view(request.remote_address)}});
  }
  response.SetHeader("Cache-Control", "no-store");
  return response;
}

}  // namespace

Response Forbidden(const App& app, const Request& request) {
  if (IsApi(request)) return JsonError(app, request, core::Error::Forbidden("forbidden"));
  return ErrorPage(app, const_cast<Request&>(request), 403);
}

Response GuardRoute(const App& app, Request& request, const Route& route) {
  // A page never takes a token as a login: there the header is ignored like any other.
  if (IsApi(request) && !request.Header("authorization").empty()) {
    return GuardTokenRoute(app, request, route);
  }
  Visitor visitor = Identify(app, request);
  const domain::Principal* principal = visitor.principal();
  const domain::Id org = principal ? principal->user.organisation_id : 0;
  const bool allowed =
      domain::May(principal, route.rule.action, domain::OrganisationResource(route.rule.kind, org));

  Response response;
  const bool safe_method = request.method == "GET" || request.method == "HEAD";
  const bool json_login =
      IsApiLogin(route) && request.Header("content-type").starts_with("application/json");
  // Parsed once, here, for the CSRF and control-character checks and the handler's Form.
  std::optional<core::Error> too_many = ReadFormBody(request, safe_method);
  if (!allowed) {
    response = principal ? Forbidden(app, request) : NotLoggedIn(app, request);
  } else if (too_many) {
    response =
        IsApi(request) ? JsonError(app, request, *too_many) : ErrorPage(app, request, *too_many);
  } else if (!safe_method && !json_login &&
             !domain::TokensEqual(SentCsrfToken(request), visitor.csrf_token)) {
    // The route's pattern, not the path: a path may hold a secret (a reset link's token).
    app.log.Log(
        core::LogLevel::kWarn, "csrf_refused",
        {{"method", std::string_view(request.method)}, {"route", std::string_view(route.pattern)}});
    response = Forbidden(app, request);
  } else if (std::optional<core::Error> bad = ControlCharacterInForm(request)) {
    response = IsApi(request) ? JsonError(app, request, *bad) : ErrorPage(app, request, *bad);
  } else {
    response = route.handler(request, visitor);
  }
  if (response.status == 403) {
    // Refusals by the rule, by the CSRF check and by a handler asking about the object itself:
    // who tried what, so an admin can see someone probing. No path, query or body (secrets).
    app.log.Log(core::LogLevel::kWarn, "forbidden",
                {{"method", std::string_view(request.method)},
                 {"route", std::string_view(route.pattern)},
                 {"user_id", principal ? std::int64_t{principal->user.id} : std::int64_t{0}},
                 {"remote", std::string_view(request.remote_address)}});
  }

  if (route.rule.kind != domain::ResourceKind::kPublic) {
    response.SetHeader("Cache-Control", "no-store");
  }
  // Only pages carry forms; a cookie on a cacheable static file could end up in a shared cache.
  if (visitor.set_csrf_cookie && response.Header("Content-Type").starts_with("text/html")) {
    response.headers.emplace_back(
        "Set-Cookie", CsrfCookieName(app) + "=" + visitor.csrf_token + CookieAttributes(app));
  }
  if (visitor.clear_session_cookie &&
      response.Header("Set-Cookie").find(kSessionCookie) == std::string_view::npos) {
    response.headers.emplace_back("Set-Cookie", ClearSessionCookie(app));
  }
  return response;
}

std::string SessionCookieName(const App& app) {
  return (OverHttps(app) ? "__Host-" : "") + std::string(kSessionCookie);
}

std::string CsrfCookieName(const App& app) {
  return (OverHttps(app) ? "__Host-" : "") + std::string(kCsrfCookie);
}

std::string SessionCookie(const App& app, const std::string& session_id) {
  // No Max-Age: the cookie ends with the browser; the server enforces idle and absolute expiry.
  return SessionCookieName(app) + "=" + session_id + CookieAttributes(app);
}

std::string ClearSessionCookie(const App& app) {
  return SessionCookieName(app) + "=" + CookieAttributes(app) + "; Max-Age=0";
}

domain::Actor ActorOf(const Visitor& visitor, const Request& request) {
  return domain::ActorFor(*visitor.principal(), ClientAddress(request));
}

std::string ClientAddress(const Request& request) {
  const std::string& peer = request.remote_address;
  std::string_view forwarded = request.Header("x-forwarded-for");
  if ((peer == "127.0.0.1" || peer == "::1") && !forwarded.empty()) {
    std::size_t comma = forwarded.rfind(',');
    std::string_view last =
        comma == std::string_view::npos ? forwarded : forwarded.substr(comma + 1);
    while (!last.empty() && last.front() == ' ') last.remove_prefix(1);
    while (!last.empty() && last.back() == ' ') last.remove_suffix(1);
    if (!last.empty() && last.size() <= 45) return std::string(last);
  }
  return peer.empty() ? "-" : peer;
}

}  // namespace stegvis::web
