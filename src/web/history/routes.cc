// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/history/handlers.h"
#include "web/route_rules.h"

namespace stegvis::web {

void AddHistoryRoutes(Router& router, const App& app) {
  FeatureRoutes routes(router, app);
  routes.Get("/historik/{type}/{id}", kViewHistory, HistoryPage);
  routes.Get("/admin/historik.csv", kAdmin, AuditCsv);
  routes.Get("/admin/historik.xlsx", kAdmin, AuditXlsx);
}

}  // namespace stegvis::web
