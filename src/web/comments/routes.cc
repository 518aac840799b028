// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/comments/handlers.h"
#include "web/route_rules.h"

namespace stegvis::web {

void AddCommentRoutes(Router& router, const App& app) {
  FeatureRoutes routes(router, app);
  // Read with what they are on; written by the team's people and the programme's coaches. The
  // pages' forms are registered with their pages (pdsa/, programmes/).
  routes.Get("/api/v1/pdsa-cycles/{id}/comments", kViewTeam, ApiCycleComments);
  routes.Post("/api/v1/pdsa-cycles/{id}/comments", kCommentTeam, ApiCycleCommentCreate);
  routes.Get("/api/v1/projects/{id}/monthly-reports/{month}/comments", kViewTeam,
             ApiReportComments);
  routes.Post("/api/v1/projects/{id}/monthly-reports/{month}/comments", kCommentTeam,
              ApiReportCommentCreate);
}

}  // namespace stegvis::web
