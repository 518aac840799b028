#pragma once
// Programmes (Genombrott collaboratives): the list, a programme's page with its calendar and
// teams, and their JSON twins (docs/api.md).
// Thin handlers: parse the request, call one domain function, render. Each is registered
// with its access rule in routes.cc beside this file; the access guard has identified the
// visitor and checked the rule and the CSRF token before any of them runs.

#include "web/app.h"
#include "web/http/http.h"
#include "web/http/router.h"
#include "web/http/visitor.h"
#include "web/render/handler_result.h"

namespace stegvis::web {

// Registers the routes of this feature (routes.cc) on `router`, bound to `app`.
void AddProgrammeRoutes(Router& router, const App& app);

// GET /program: the programmes the user's organisation hosts or takes part in.
HandlerResult ProgrammesPage(const App& app, Request& request, const Visitor& visitor);
// GET /program/{id}: aim, calendar, common measures, teams with small multiples.
HandlerResult ProgrammePage(const App& app, Request& request, const Visitor& visitor);
// POST /program: creates a programme (admins, organisation-wide strategists).
HandlerResult ProgrammeCreate(const App& app, Request& request, const Visitor& visitor);
// POST /program/{id}/team adds a team of the host (team_id); POST /program/{id}/kalender a
// learning session or action period (kind, title, starts_on, ends_on). Back to the page, with
// the form marked when the input was refused. (The change package and the goal links have their
// own routes in pdsa/ and goals/.)
HandlerResult ProgrammeTeamAdd(const App& app, Request& request, const Visitor& visitor);
HandlerResult ProgrammeEventAdd(const App& app, Request& request, const Visitor& visitor);

// GET /api/v1/programmes and /api/v1/programmes/{id}.
HandlerResult ApiProgrammes(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProgramme(const App& app, Request& request, const Visitor& visitor);

}  // namespace stegvis::web
