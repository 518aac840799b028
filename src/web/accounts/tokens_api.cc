// Personal API tokens as JSON: GET and POST /api/v1/tokens, DELETE /api/v1/tokens/{id}. Only a
// signed-in browser session reaches them (the access guard refuses a token request; the
// handlers check again).

#include <boost/json/array.hpp>

#include "domain/api_tokens.h"
#include "web/accounts/handlers.h"
#include "web/http/access_guard.h"
#include "web/render/entity_json.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/render/paged_list.h"

namespace stegvis::web {
namespace {

core::Error SessionOnly() {
  return core::Error{core::ErrorCode::kForbidden,
                     "tokens are managed from a signed-in browser",
                     {},
                     "error.token.session_only"};
}

}  // namespace

HandlerResult ApiTokens(const App& app, Request& request, const Visitor& visitor) {
  if (visitor.api_token) return core::Fail(SessionOnly());
  auto page = ReadPageRequest(request);
  if (!page) return core::Fail(page.error());
  auto tokens = domain::ListApiTokens(app.store, *visitor.principal());
  if (!tokens) return core::Fail(tokens.error());
  boost::json::array out;
  for (const domain::ApiToken& t : *tokens) out.push_back(EntityJson(t));
  return JsonValue(PagedList("tokens", std::move(out), *page));
}

HandlerResult ApiTokenCreate(const App& app, Request& request, const Visitor& visitor) {
  if (visitor.api_token) return core::Fail(SessionOnly());
  JsonBody body(request);
  domain::NewApiToken token;
  token.name = body.Text("name");
  token.write = body.Bool("write");
  token.days = body.OptionalInt("days", {1, domain::kApiTokenMaxDays}, "error.token.days")
                   .value_or(domain::kApiTokenDefaultDays);
  if (!body.ok()) return body.error();
  auto created = domain::CreateApiToken(app.store, app.clock, *visitor.principal(),
                                        ActorOf(visitor, request), token);
  if (!created) return core::Fail(created.error());
  return JsonValue(boost::json::object{{"id", created->id}, {"token", created->token}}, 201);
}

HandlerResult ApiTokenDelete(const App& app, Request& request, const Visitor& visitor) {
  if (visitor.api_token) return core::Fail(SessionOnly());
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto revoked = domain::RevokeApiToken(app.store, app.clock, *visitor.principal(),
                                        ActorOf(visitor, request), *id);
  if (!revoked) return core::Fail(revoked.error());
  return Response{204, {}, {}};
}

}  // namespace stegvis::web
