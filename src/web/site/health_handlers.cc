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
  // Anyone may ask: the database's own words (host names, users, paths) go to the log only.
  if (!ready) {
    app.log.Log(core::LogLevel::kError, "not_ready",
                {{"error", std::string_view(ready.error().message)}});
  }
  Response response = ready ? Response::Text(200, "ready\n") : Response::Text(503, "not ready\n");
  response.SetHeader("Cache-Control", "no-store");
  return response;
}

HandlerResult StaticFile(const App& app, Request& request, const Visitor&) {
  return app.static_files.Serve(request);
}

}  // namespace stegvis::web
