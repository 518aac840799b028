// The routes of this feature, each with its access rule (see web/route_rules.h). Every user
// may search; what they find is limited to what they may see (domain/search.h).

#include "web/route_rules.h"
#include "web/search/handlers.h"

namespace stegvis::web {

void AddSearchRoutes(Router& router, const App& app) {
  FeatureRoutes routes(router, app);
  routes.Get("/sok", kSignedIn, SearchPage);
  routes.Get("/api/v1/search", kSignedIn, ApiSearch);
}

}  // namespace stegvis::web
