#include "web/site/handlers.h"

namespace stegvis::web {

Response Healthz(const App&, Request&, const Visitor&) {
  Response response = Response::Text(200, "ok\n");
  response.SetHeader("Cache-Control", "no-store");
  return response;
}

Response Readyz(const App& app, Request&, const Visitor&) {
  core::Result<void> ready = app.store.CheckReady();
  Response response = ready ? Response::Text(200, "ready\n")
                            : Response::Text(503, "not ready: " + ready.error().message + "\n");
  response.SetHeader("Cache-Control", "no-store");
  return response;
}

}  // namespace stegvis::web
