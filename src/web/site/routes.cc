// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/route_rules.h"
#include "web/site/handlers.h"

namespace stegvis::web {

void AddSiteRoutes(Router& router, const App& app) {
  router.Add("GET", "/healthz", kPublic, Bind(app, Healthz));
  router.Add("GET", "/readyz", kPublic, Bind(app, Readyz));
  router.Add("GET", "/static/{file}", kPublic,
             [&app](Request& r, const Visitor&) { return app.static_files.Serve(r); });
  router.Add("GET", "/tillganglighet", kPublic, Bind(app, AccessibilityPage));
  router.Add("GET", "/", kSignedIn, Bind(app, HomePage));
}

}  // namespace stegvis::web
