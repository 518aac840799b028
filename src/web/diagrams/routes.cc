// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/diagrams/handlers.h"
#include "web/route_rules.h"

namespace stegvis::web {

void AddDiagramRoutes(Router& router, const App& app) {
  FeatureRoutes routes(router, app);
  // The theory of change and the driver diagram: the team's work, like the project.
  routes.Get("/projekt/{id}/forbattringsteori", kViewTeam, TheoryPage);
  routes.Post("/projekt/{id}/forbattringsteori", kChangeTeam, TheorySubmit);
  routes.Get("/projekt/{id}/forbattringsteori/diagram.svg", kViewTeam, TheorySvg);
  routes.Get("/projekt/{id}/forbattringsteori/diagram.png", kViewTeam, TheoryPng);
  routes.Get("/projekt/{id}/drivkraftsdiagram", kViewTeam, DriverPage);
  routes.Post("/projekt/{id}/drivkraftsdiagram", kChangeTeam, DriverSubmit);
  routes.Get("/projekt/{id}/drivkraftsdiagram/diagram.svg", kViewTeam, DriverSvg);
  routes.Get("/projekt/{id}/drivkraftsdiagram/diagram.png", kViewTeam, DriverPng);
  routes.Get("/api/v1/projects/{id}/theory-of-change", kViewTeam, ApiTheory);
  routes.Post("/api/v1/projects/{id}/theory-of-change", kChangeTeam, ApiTheoryEdit);
  routes.Get("/api/v1/projects/{id}/theory-of-change.svg", kViewTeam, TheorySvg);
  routes.Get("/api/v1/projects/{id}/theory-of-change.png", kViewTeam, TheoryPng);
  routes.Get("/api/v1/projects/{id}/driver-diagram", kViewTeam, ApiDriver);
  routes.Post("/api/v1/projects/{id}/driver-diagram", kChangeTeam, ApiDriverEdit);
  routes.Get("/api/v1/projects/{id}/driver-diagram.svg", kViewTeam, DriverSvg);
  routes.Get("/api/v1/projects/{id}/driver-diagram.png", kViewTeam, DriverPng);
}

}  // namespace stegvis::web
