// GET /api/v1/openapi.json: the integration API described from the route table (openapi.h).
// Registered after every other route, so the document holds them all; it is built once, when
// the router is, and answered to anyone (it describes the software, not anyone's data).

#include <boost/json/serialize.hpp>

#include "web/openapi/handlers.h"
#include "web/openapi/openapi.h"
#include "web/route_rules.h"

namespace stegvis::web {

void AddOpenApiRoute(Router& router) {
  constexpr const char* kPath = "/api/v1/openapi.json";
  std::vector<Route> routes = router.routes();
  routes.push_back(Route{"GET", kPath, kPublic, {}});
  std::string document = boost::json::serialize(OpenApiDocument(routes));
  router.Add("GET", kPath, kPublic, [document](Request&, const Visitor&) {
    Response response{200, {}, document};
    response.SetHeader("Content-Type", "application/json; charset=utf-8");
    response.SetHeader("Cache-Control", "public, max-age=3600");
    return response;
  });
}

}  // namespace stegvis::web
