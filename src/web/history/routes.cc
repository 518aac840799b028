// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/history/handlers.h"
#include "web/route_rules.h"

namespace stegvis::web {

void AddHistoryRoutes(Router& router, const App& app) {
  router.Add("GET", "/historik/{type}/{id}", kViewHistory, Bind(app, HistoryPage));
  router.Add("GET", "/admin/historik.csv", kAdmin, Bind(app, AuditCsv));
}

}  // namespace stegvis::web
