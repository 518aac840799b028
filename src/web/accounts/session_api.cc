// The JSON twin of /login and /logout: POST, GET and DELETE /api/v1/session.

#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>

#include "domain/sessions.h"
#include "web/accounts/handlers.h"
#include "web/http/access_guard.h"
#include "web/render/entity_json.h"
#include "web/render/json_response.h"
#include "web/render/language.h"

namespace stegvis::web {
namespace {

boost::json::object UserJson(const domain::Principal& p) {
  boost::json::array roles;
  for (const domain::Membership& m : p.memberships) {
    roles.push_back(EntityJson(m, {"id", "user_id"}));
  }
  boost::json::object out = EntityJson(p.user, {"organisation_id", "active"});
  out["roles"] = std::move(roles);
  return out;
}

std::string StringField(const boost::json::value& body, const char* name) {
  if (!body.is_object()) return {};
  const boost::json::value* v = body.as_object().if_contains(name);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

}  // namespace

Response ApiLogin(const App& app, Request& request, const Visitor&) {
  boost::system::error_code ec;
  boost::json::value body = boost::json::parse(request.body, ec);
  if (ec || !body.is_object()) {
    return JsonError(
        app, request,
        core::Error::Invalid("the body must be a JSON object", "body", "error.bad_json"));
  }
  core::Result<domain::Session> session =
      domain::Login(app.store, app.clock, StringField(body, "email"), StringField(body, "password"),
                    ClientAddress(request));
  if (!session) return JsonError(app, request, session.error());
  Response response = JsonValue(boost::json::object{{"user", UserJson(session->principal)},
                                                    {"csrf_token", session->record.csrf_token}});
  response.headers.emplace_back("Set-Cookie", SessionCookie(app, session->id));
  response.headers.emplace_back("Set-Cookie", LanguageCookie(session->principal.user.language));
  return response;
}

Response ApiSession(const App&, Request&, const Visitor& visitor) {
  return JsonValue(boost::json::object{{"user", UserJson(visitor.session->principal)},
                                       {"csrf_token", visitor.csrf_token}});
}

Response ApiLogout(const App& app, Request& request, const Visitor& visitor) {
  domain::Logout(app.store, app.clock, *visitor.session, ClientAddress(request));
  Response response{204, {}, {}};
  response.headers.emplace_back("Set-Cookie", ClearSessionCookie(app));
  return response;
}

}  // namespace stegvis::web
