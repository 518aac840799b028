// The JSON twin of /login and /logout: POST, GET and DELETE /api/v1/session.

#include <boost/json/array.hpp>

#include "domain/sessions.h"
#include "web/accounts/handlers.h"
#include "web/http/access_guard.h"
#include "web/render/entity_json.h"
#include "web/render/json_body.h"
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

}  // namespace

HandlerResult ApiLogin(const App& app, Request& request, const Visitor&) {
  JsonBody body(request);
  const std::string email = body.Text("email");
  const std::string password = body.Text("password");
  if (!body.ok()) return body.error();
  core::Result<domain::Session> session = domain::Login(app.store, app.clock, email, password,
                                                        ClientAddress(request), app.password_gate);
  if (!session) return core::Fail(session.error());
  Response response = JsonValue(boost::json::object{{"user", UserJson(session->principal)},
                                                    {"csrf_token", session->record.csrf_token}});
  response.headers.emplace_back("Set-Cookie", SessionCookie(app, session->id));
  response.headers.emplace_back("Set-Cookie", LanguageCookie(session->principal.user.language));
  return response;
}

HandlerResult ApiSession(const App&, Request&, const Visitor& visitor) {
  return JsonValue(boost::json::object{{"user", UserJson(visitor.session->principal)},
                                       {"csrf_token", visitor.csrf_token}});
}

HandlerResult ApiLogout(const App& app, Request& request, const Visitor& visitor) {
  domain::Logout(app.store, app.clock, *visitor.session, ClientAddress(request));
  Response response{204, {}, {}};
  response.headers.emplace_back("Set-Cookie", ClearSessionCookie(app));
  return response;
}

}  // namespace stegvis::web
