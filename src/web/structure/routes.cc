// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/route_rules.h"
#include "web/structure/handlers.h"

namespace stegvis::web {

void AddStructureRoutes(Router& router, const App& app) {
  FeatureRoutes routes(router, app);
  routes.Get("/team/{id}", kViewTeam, TeamPage);
  routes.Post("/team/{id}", kChangeTeam, TeamSubmit);
  routes.Get("/admin/struktur", kAdmin, StructurePage);
  routes.Get("/admin/organisation", kAdmin, OrganisationPage);
  routes.Post("/admin/organisation", kAdmin, OrganisationSubmit);
  routes.Post("/admin/enheter", kAdmin, UnitCreate);
  routes.Get("/admin/enheter/{id}", kAdmin, UnitPage);
  routes.Post("/admin/enheter/{id}", kAdmin, UnitSubmit);
  routes.Post("/admin/team", kAdmin, TeamCreate);
  routes.Get("/admin/enheter/{id}/ta-bort", kAdmin, UnitDeletePage);
  routes.Post("/admin/enheter/{id}/ta-bort", kAdmin, UnitDeleteSubmit);
  routes.Get("/admin/team/{id}", kAdmin, AdminTeamPage);
  routes.Post("/admin/team/{id}/flytta", kAdmin, TeamMoveSubmit);
  routes.Get("/admin/team/{id}/ta-bort", kAdmin, TeamDeletePage);
  routes.Post("/admin/team/{id}/ta-bort", kAdmin, TeamDeleteSubmit);
  routes.Get("/api/v1/organisation", kAdmin, ApiOrganisation, kNotCached);
  routes.Put("/api/v1/organisation", kAdmin, ApiOrganisationUpdate);
  routes.Get("/api/v1/units", kAdmin, ApiUnits);
  routes.Post("/api/v1/units", kAdmin, ApiUnitCreate);
  routes.Put("/api/v1/units/{id}", kAdmin, ApiUnitUpdate);
  routes.Post("/api/v1/teams", kAdmin, ApiTeamCreate);
  routes.Put("/api/v1/teams/{id}", kChangeTeam, ApiTeamUpdate);
  routes.Delete("/api/v1/units/{id}", kAdmin, ApiUnitDelete);
  routes.Delete("/api/v1/teams/{id}", kAdmin, ApiTeamDelete);
  routes.Put("/api/v1/teams/{id}/unit", kAdmin, ApiTeamMove);
}

}  // namespace stegvis::web
