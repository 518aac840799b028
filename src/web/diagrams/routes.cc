// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/diagrams/handlers.h"
#include "web/route_rules.h"

namespace stegvis::web {

void AddDiagramRoutes(Router& router, const App& app) {
  // The theory of change and the driver diagram: the team's work, like the project.
  router.Add("GET", "/projekt/{id}/forbattringsteori", kViewTeam, Bind(app, TheoryPage));
  router.Add("POST", "/projekt/{id}/forbattringsteori", kChangeTeam, Bind(app, TheorySubmit));
  router.Add("GET", "/projekt/{id}/forbattringsteori/diagram.svg", kViewTeam, Bind(app, TheorySvg));
  router.Add("GET", "/projekt/{id}/drivkraftsdiagram", kViewTeam, Bind(app, DriverPage));
  router.Add("POST", "/projekt/{id}/drivkraftsdiagram", kChangeTeam, Bind(app, DriverSubmit));
  router.Add("GET", "/projekt/{id}/drivkraftsdiagram/diagram.svg", kViewTeam, Bind(app, DriverSvg));
  router.Add("GET", "/api/v1/projects/{id}/theory-of-change", kViewTeam, Bind(app, ApiTheory));
  router.Add("POST", "/api/v1/projects/{id}/theory-of-change", kChangeTeam,
             Bind(app, ApiTheoryEdit));
  router.Add("GET", "/api/v1/projects/{id}/theory-of-change.svg", kViewTeam, Bind(app, TheorySvg));
  router.Add("GET", "/api/v1/projects/{id}/driver-diagram", kViewTeam, Bind(app, ApiDriver));
  router.Add("POST", "/api/v1/projects/{id}/driver-diagram", kChangeTeam, Bind(app, ApiDriverEdit));
  router.Add("GET", "/api/v1/projects/{id}/driver-diagram.svg", kViewTeam, Bind(app, DriverSvg));
}

}  // namespace stegvis::web
