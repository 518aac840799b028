#pragma once
// Spreading adopted change ideas (domain/spread.h), and their JSON twins (docs/api.md).
// Thin handlers: parse the request, call one domain function, render. Each is registered with
// its access rule in routes.cc beside this file; the access guard has identified the visitor
// and checked the rule and the CSRF token before any of them runs.

#include "web/app.h"
#include "web/http/http.h"
#include "web/http/router.h"
#include "web/http/visitor.h"
#include "web/render/handler_result.h"

namespace stegvis::web {

// Registers the routes of this feature (routes.cc) on `router`, bound to `app`.
void AddSpreadRoutes(Router& router, const App& app);

// The pages (spread_pages.cc):
// GET /forandringsideer/{id}/larande: what every team of the idea's family learned, where it
// has spread (a list and a map of units), and the form to offer it to another team.
HandlerResult IdeaLearningsPage(const App& app, Request& request, const Visitor& visitor);
// POST /forandringsideer/{id}/erbjud: offers the idea to a team (team_id) or to its project's
// programme's change package (programme_id).
HandlerResult IdeaOfferSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /erbjudanden/{id}/starta: takes the offer into the project (project_id) and goes to the
// new cycle.
HandlerResult OfferTakeSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /erbjudanden/{id}/ta-in: accepts an offer into the change package and goes to the new
// package idea.
HandlerResult OfferAcceptSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /erbjudanden/{id}/avboj: declines an offer and goes back to the list it was on (a team's
// offer: the project's cycles the form names in project_id).
HandlerResult OfferDeclineSubmit(const App& app, Request& request, const Visitor& visitor);

// The JSON twins (spread_api.cc):
// GET /api/v1/change-ideas/{id}/learnings, POST /api/v1/change-ideas/{id}/offers ({"team_id"}
// or {"programme_id"}), POST /api/v1/idea-offers/{id}/cycles ({"project_id"}),
// POST /api/v1/idea-offers/{id}/accept and POST /api/v1/idea-offers/{id}/decline.
HandlerResult ApiIdeaLearnings(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiIdeaOfferCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiOfferTake(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiOfferAccept(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiOfferDecline(const App& app, Request& request, const Visitor& visitor);

}  // namespace stegvis::web
