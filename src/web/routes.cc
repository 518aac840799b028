#include "web/routes.h"

#include "web/handlers.h"

namespace stegvis::web {

Router BuildRouter(const App& app) {
  Router router([&app](Request& r, int status) { return ErrorPage(app, r, status); });
  auto bind = [&app](Response (*handler)(const App&, Request&)) {
    return [&app, handler](Request& r) { return handler(app, r); };
  };
  router.Add("GET", "/healthz", bind(Healthz));
  router.Add("GET", "/readyz", bind(Readyz));
  router.Add("GET", "/", bind(HomePage));
  router.Add("GET", "/tillganglighet", bind(AccessibilityPage));
  router.Add("GET", "/static/{file}", [&app](Request& r) { return app.static_files.Serve(r); });
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

RequestHandler MakeRequestHandler(const Router& router) {
  return [&router](Request& request) {
    Response response = router.Handle(request);
    AddSecurityHeaders(response);
    return response;
  };
}

}  // namespace stegvis::web
