#pragma once
// Search across what everyone learned (domain/search.h): the page /sok and its JSON twin.
// Thin handlers: parse the request, call one domain function, render. Each is registered with
// its access rule in routes.cc beside this file.

#include "web/app.h"
#include "web/http/http.h"
#include "web/http/router.h"
#include "web/http/visitor.h"
#include "web/render/handler_result.h"

namespace stegvis::web {

// Registers the routes of this feature (routes.cc) on `router`, bound to `app`.
void AddSearchRoutes(Router& router, const App& app);

// GET /sok: the form; with ?q= the results (filters: typ, beslut, program, enhet, mal, fran,
// till; start for the next page). A refused query is shown in the form (422).
HandlerResult SearchPage(const App& app, Request& request, const Visitor& visitor);
// GET /api/v1/search?q= (docs/api.md): {"results": [...], "next": offset or null}.
HandlerResult ApiSearch(const App& app, Request& request, const Visitor& visitor);

}  // namespace stegvis::web
