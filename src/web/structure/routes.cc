// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/route_rules.h"
#include "web/structure/handlers.h"

namespace stegvis::web {

void AddStructureRoutes(Router& router, const App& app) {
  router.Add("GET", "/team/{id}", kViewTeam, Bind(app, TeamPage));
  router.Add("POST", "/team/{id}", kChangeTeam, Bind(app, TeamSubmit));
  router.Add("GET", "/admin/struktur", kAdmin, Bind(app, StructurePage));
  router.Add("POST", "/admin/enheter", kAdmin, Bind(app, UnitCreate));
  router.Add("GET", "/admin/enheter/{id}", kAdmin, Bind(app, UnitPage));
  router.Add("POST", "/admin/enheter/{id}", kAdmin, Bind(app, UnitSubmit));
  router.Add("POST", "/admin/team", kAdmin, Bind(app, TeamCreate));
  router.Add("GET", "/admin/enheter/{id}/ta-bort", kAdmin, Bind(app, UnitDeletePage));
  router.Add("POST", "/admin/enheter/{id}/ta-bort", kAdmin, Bind(app, UnitDeletePage));
  router.Add("GET", "/admin/team/{id}", kAdmin, Bind(app, AdminTeamPage));
  router.Add("POST", "/admin/team/{id}/flytta", kAdmin, Bind(app, TeamMoveSubmit));
  router.Add("GET", "/admin/team/{id}/ta-bort", kAdmin, Bind(app, TeamDeletePage));
  router.Add("POST", "/admin/team/{id}/ta-bort", kAdmin, Bind(app, TeamDeletePage));
  router.Add("DELETE", "/api/v1/units/{id}", kAdmin, Bind(app, ApiUnitDelete));
  router.Add("DELETE", "/api/v1/teams/{id}", kAdmin, Bind(app, ApiTeamDelete));
  router.Add("PUT", "/api/v1/teams/{id}/unit", kAdmin, Bind(app, ApiTeamMove));
}

}  // namespace stegvis::web
