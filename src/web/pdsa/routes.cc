// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/pdsa/handlers.h"
#include "web/route_rules.h"

namespace stegvis::web {

void AddPdsaRoutes(Router& router, const App& app) {
  // PDSA cycles and change ideas: the team's work (the domain checks the project's team).
  router.Add("GET", "/projekt/{id}/pgsa", kViewTeam, Bind(app, ProjectCyclesPage));
  router.Add("POST", "/projekt/{id}/pgsa", kChangeTeam, Bind(app, CycleCreate));
  router.Add("POST", "/projekt/{id}/forandringsideer", kChangeTeam, Bind(app, ChangeIdeaCreate));
  router.Add("GET", "/pgsa/{id}", kViewTeam, Bind(app, CyclePage));
  router.Add("POST", "/pgsa/{id}", kChangeTeam, Bind(app, CycleSubmit));
  router.Add("POST", "/pgsa/{id}/nasta", kChangeTeam, Bind(app, CycleNext));
  router.Add("GET", "/forandringsideer/{id}", kViewTeam, Bind(app, ChangeIdeaPage));
  router.Add("POST", "/matt/{id}/fas", kChangeTeam, Bind(app, MeasurePhaseSubmit));
  router.Add("GET", "/api/v1/projects/{id}/pdsa-cycles", kViewTeam, Bind(app, ApiProjectCycles));
  router.Add("POST", "/api/v1/projects/{id}/pdsa-cycles", kChangeTeam,
             Bind(app, ApiProjectCycleCreate));
  router.Add("POST", "/api/v1/projects/{id}/change-ideas", kChangeTeam,
             Bind(app, ApiChangeIdeaCreate));
  router.Add("GET", "/api/v1/pdsa-cycles/{id}", kViewTeam, Bind(app, ApiCycle));
  router.Add("PUT", "/api/v1/pdsa-cycles/{id}", kChangeTeam, Bind(app, ApiCycleUpdate));
  router.Add("POST", "/api/v1/pdsa-cycles/{id}/next", kChangeTeam, Bind(app, ApiCycleNext));
  router.Add("GET", "/api/v1/change-ideas/{id}", kViewTeam, Bind(app, ApiChangeIdea));
}

}  // namespace stegvis::web
