#include "web/http/access_guard.h"

#include <algorithm>

#include "core/text.h"
#include "domain/resources.h"
#include "domain/tokens.h"
#include "web/http/local_path.h"
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

// A form body with more fields than any page sends: refused before it is parsed, so no
// handler spends time on it.
std::optional<core::Error> TooManyFormFields(const Request& request) {
  if (!IsFormBody(request) || CountFormFields(request.body) <= kMaxFormFields) {
    return std::nullopt;
  }
  core::Error e =
      core::Error::Invalid("more form fields than any page sends", "", "error.too_many_fields");
  e.params.push_back(core::ErrorParam::Number("max", static_cast<std::int64_t>(kMaxFormFields)));
  return e;
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

}  // namespace

Response Forbidden(const App& app, const Request& request) {
  if (IsApi(request)) return JsonError(app, request, core::Error::Forbidden("forbidden"));
  return ErrorPage(app, const_cast<Request&>(request), 403);
}

Response GuardRoute(const App& app, Request& request, const Route& route) {
  Visitor visitor = Identify(app, request);
  const domain::Principal* principal = visitor.principal();
  const domain::Id org = principal ? principal->user.organisation_id : 0;
  const bool allowed =
      domain::May(principal, route.rule.action, domain::OrganisationResource(route.rule.kind, org));

  Response response;
  const bool safe_method = request.method == "GET" || request.method == "HEAD";
  const bool json_login =
      IsApiLogin(route) && request.Header("content-type").starts_with("application/json");
  std::optional<core::Error> too_many = safe_method ? std::nullopt : TooManyFormFields(request);
  // Parsed once, here, for the CSRF and control-character checks and the handler's Form.
  request.form.clear();
  if (!safe_method && !too_many && IsFormBody(request)) request.form = ParseForm(request.body);
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
