#include "web/routes.h"

#include "domain/store_failure.h"
#include "web/accounts/handlers.h"
#include "web/comments/handlers.h"
#include "web/diagrams/handlers.h"
#include "web/gender/handlers.h"
#include "web/goals/handlers.h"
#include "web/history/handlers.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/openapi/handlers.h"
#include "web/pdsa/handlers.h"
#include "web/programmes/handlers.h"
#include "web/render/error_page.h"
#include "web/render/handler_result.h"
#include "web/search/handlers.h"
#include "web/site/handlers.h"
#include "web/spread/handlers.h"
#include "web/structure/handlers.h"

namespace stegvis::web {
namespace {

// How long a client is asked to wait when the database cannot be reached.
constexpr int kRetryAfterUnavailableSeconds = 5;

Response Unavailable(const App& app, Request& request, const domain::StoreFailure& failure) {
  app.log.Log(core::LogLevel::kWarn, "database_unavailable",
              {{"path", std::string_view(LoggedPath(request.path))},
               {"error", std::string_view(failure.what())}});
  // The visitor reads that it is worth trying again, never the database's own words.
  core::Error error{core::ErrorCode::kUnavailable, "the database cannot be reached now", "",
                    "error.unavailable"};
  Response response = Answer(app, request, core::Fail(error), ErrorFormOf(request.path));
  response.SetHeader("Retry-After", std::to_string(kRetryAfterUnavailableSeconds));
  return response;
}

}  // namespace

Router BuildRouter(const App& app) {
  Router router([&app](Request& r, int status) { return ErrorPage(app, r, status); },
                [&app](Request& r, const Route& route) { return GuardRoute(app, r, route); });
  // Each feature registers its own routes (FEATURE/routes.cc); access_matrix_test walks the
  // whole table for every role.
  AddSiteRoutes(router, app);
  AddAccountRoutes(router, app);
  AddStructureRoutes(router, app);
  AddHistoryRoutes(router, app);
  AddProgrammeRoutes(router, app);
  AddImprovementRoutes(router, app);
  AddPdsaRoutes(router, app);
  AddCommentRoutes(router, app);
  AddSpreadRoutes(router, app);
  AddDiagramRoutes(router, app);
  AddGoalRoutes(router, app);
  AddGenderRoutes(router, app);
  AddSearchRoutes(router, app);
  // Last: the API's description is built from every route above.
  AddOpenApiRoute(router);
  return router;
}

void AddSecurityHeaders(Response& response) {
  response.SetHeader("Content-Security-Policy",
                     "default-src 'self'; script-src 'self'; style-src 'self'; "
                     "img-src 'self' data:; form-action 'self'; base-uri 'self'; "
                     "object-src 'none'; frame-ancestors 'none'");
  response.SetHeader("X-Content-Type-Options", "nosniff");
  response.SetHeader("Referrer-Policy", "same-origin");
  response.SetHeader("X-Frame-Options", "DENY");
  if (response.Header("Cache-Control").empty()) response.SetHeader("Cache-Control", "no-store");
}

RequestHandler MakeRequestHandler(const App& app, const Router& router) {
  return [&app, &router](Request& request) {
    Response response;
    try {
      response = router.Handle(request);
    } catch (const domain::StoreFailure& failure) {
      if (!failure.unavailable()) throw;  // a fault: the transport logs it and answers 500
      response = Unavailable(app, request, failure);
    }
    AddSecurityHeaders(response);
    return response;
  };
}

}  // namespace stegvis::web
