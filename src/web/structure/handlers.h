#pragma once
// The organisation's structure: units and teams (admin pages and their JSON twins) and a team's
// own page.
// Thin handlers: parse the request, call one domain function, render. Each is registered
// with its access rule in routes.cc beside this file; the access guard has identified the
// visitor and checked the rule and the CSRF token before any of them runs.

#include <vector>

#include "core/error.h"
#include "domain/project.h"
#include "web/app.h"
#include "web/http/http.h"
#include "web/http/router.h"
#include "web/http/visitor.h"
#include "web/render/handler_result.h"

namespace stegvis::web {

// Registers the routes of this feature (routes.cc) on `router`, bound to `app`.
void AddStructureRoutes(Router& router, const App& app);

// GET /team/{id}: a team's page; POST /team/{id}: change its name and description.
HandlerResult TeamPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult TeamSubmit(const App& app, Request& request, const Visitor& visitor);

// The team's page (team `typed.team_id`) with its new-project form refused: each of `errors`
// beside its field ("title", "problem", "programme_id") and in the form's own summary, what
// was typed kept; status 422. kNotFound / kForbidden as the team's page.
HandlerResult TeamWithProjectErrors(const App& app, Request& request, const Visitor& visitor,
                                    const domain::Project& typed,
                                    const std::vector<core::Error>& errors);

// GET /admin/struktur: units and teams with forms to add them; POST /admin/enheter and
// POST /admin/team add one.
HandlerResult StructurePage(const App& app, Request& request, const Visitor& visitor);
// GET /admin/organisation: the organisation's settings (the small-number threshold of its public
// pages); POST saves the threshold (3–100), audited, and redirects back (?sparat=1).
HandlerResult OrganisationPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult OrganisationSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult UnitCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult TeamCreate(const App& app, Request& request, const Visitor& visitor);

// GET /admin/enheter/{id}: a unit's form; POST saves its name, kind and parent.
HandlerResult UnitPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult UnitSubmit(const App& app, Request& request, const Visitor& visitor);

// GET /admin/enheter/{id}/ta-bort asks whether to delete the unit; POST deletes it, or shows
// what is left in it (409). GET /admin/team/{id}: the admin's team page (move to another unit;
// POST /admin/team/{id}/flytta); GET and POST /admin/team/{id}/ta-bort as for units.
HandlerResult UnitDeletePage(const App& app, Request& request, const Visitor& visitor);
HandlerResult UnitDeleteSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult AdminTeamPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult TeamMoveSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult TeamDeletePage(const App& app, Request& request, const Visitor& visitor);
HandlerResult TeamDeleteSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiUnitDelete(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiTeamDelete(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiTeamMove(const App& app, Request& request, const Visitor& visitor);
// The JSON twins of the structure forms (web/structure/structure_api.cc): GET /api/v1/units
// (paged), POST /api/v1/units, PUT /api/v1/units/{id}, POST /api/v1/teams (admins) and PUT
// /api/v1/teams/{id} (who may change the team).
HandlerResult ApiUnits(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiOrganisation(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiOrganisationUpdate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiUnitCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiUnitUpdate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiTeamCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiTeamUpdate(const App& app, Request& request, const Visitor& visitor);

}  // namespace stegvis::web
