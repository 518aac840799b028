// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/pdsa/handlers.h"
#include "web/route_rules.h"

namespace stegvis::web {

void AddPdsaRoutes(Router& router, const App& app) {
  FeatureRoutes routes(router, app);
  // PDSA cycles and change ideas: the team's work (the domain checks the project's team).
  routes.Get("/projekt/{id}/pgsa", kViewTeam, ProjectCyclesPage);
  routes.Post("/projekt/{id}/pgsa", kChangeTeam, CycleCreate);
  routes.Post("/projekt/{id}/forandringsideer", kChangeTeam, ChangeIdeaCreate);
  // The programme's change package, on the programme's page: those who run the programme.
  routes.Post("/program/{id}/forandringsideer", kChangeProgramme, ChangePackageIdeaCreate);
  routes.Get("/pgsa/{id}", kViewTeam, CyclePage);
  routes.Post("/pgsa/{id}", kChangeTeam, CycleSubmit);
  routes.Post("/pgsa/{id}/nasta", kChangeTeam, CycleNext);
  routes.Post("/pgsa/{id}/kommentarer", kCommentTeam, CycleCommentSubmit);
  routes.Get("/forandringsideer/{id}", kViewTeam, ChangeIdeaPage);
  // Editing and retiring an idea: the team's own, or the programme's (the domain decides).
  routes.Post("/forandringsideer/{id}", kChangeTeam, ChangeIdeaEditSubmit);
  routes.Post("/forandringsideer/{id}/avveckla", kChangeTeam, ChangeIdeaRetireSubmit);
  routes.Post("/matt/{id}/fas", kChangeTeam, MeasurePhaseSubmit);
  routes.Post("/api/v1/measures/{id}/phases", kChangeTeam, ApiMeasurePhaseCreate);
  routes.Get("/api/v1/projects/{id}/pdsa-cycles", kViewTeam, ApiProjectCycles);
  routes.Post("/api/v1/projects/{id}/pdsa-cycles", kChangeTeam, ApiProjectCycleCreate);
  routes.Get("/api/v1/projects/{id}/change-ideas", kViewTeam, ApiProjectIdeas);
  routes.Post("/api/v1/projects/{id}/change-ideas", kChangeTeam, ApiChangeIdeaCreate);
  routes.Post("/api/v1/programmes/{id}/change-ideas", kChangeProgramme, ApiPackageIdeaCreate);
  routes.Get("/api/v1/pdsa-cycles/{id}", kViewTeam, ApiCycle);
  routes.Put("/api/v1/pdsa-cycles/{id}", kChangeTeam, ApiCycleUpdate);
  routes.Post("/api/v1/pdsa-cycles/{id}/next", kChangeTeam, ApiCycleNext);
  routes.Get("/api/v1/change-ideas/{id}", kViewTeam, ApiChangeIdea);
  routes.Put("/api/v1/change-ideas/{id}", kChangeTeam, ApiChangeIdeaUpdate);
}

}  // namespace stegvis::web
