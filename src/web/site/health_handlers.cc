// What the site answers without a page of its own: the health checks and the embedded static
// files.

#include "web/site/handlers.h"

namespace stegvis::web {

HandlerResult Healthz(const App&, Request&, const Visitor&) {
  Response response = Response::Text(200, "ok\n");
  response.SetHeader("Cache-Control", "no-store");
  return response;
}

HandlerResult Readyz(const App& app, Request&, const Visitor&) {
  core::Result<void> ready = app.store.CheckReady();
  Response response = ready ? Response::Text(200, "ready\n")
                            : Response::Text(503, "not ready: " + ready.error().message + "\n");
  response.SetHeader("Cache-Control", "no-store");
  return response;
}

HandlerResult StaticFile(const App& app, Request& request, const Visitor&) {
  return app.static_files.Serve(request);
}

}  // namespace stegvis::web
