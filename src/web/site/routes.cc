// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/route_rules.h"
#include "web/site/handlers.h"

namespace stegvis::web {

void AddSiteRoutes(Router& router, const App& app) {
  FeatureRoutes routes(router, app);
  routes.Get("/healthz", kPublic, Healthz);
  routes.Get("/readyz", kPublic, Readyz);
  routes.Get("/static/{file}", kPublic, StaticFile);
  routes.Get("/tillganglighet", kPublic, AccessibilityPage);
  routes.Get("/", kSignedIn, HomePage);
  routes.Get("/enhet/{id}", kSignedIn, UnitOverviewPage);
  routes.Get("/enhet/{id}/rapport", kViewUnit, UnitReportPage);
  routes.Get("/api/v1/units/{id}/report", kViewUnit, ApiUnitReport);
  routes.Get("/api/v1/units/{id}/report.docx", kViewUnit, ApiUnitReportDocx);
}

}  // namespace stegvis::web
