#pragma once
// The theory of change and the driver diagram, and their JSON twins (docs/api.md).
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
void AddDiagramRoutes(Router& router, const App& app);

// The theory of change and the driver diagram (diagram_pages.cc, diagram_api.cc):
// GET /projekt/{id}/forbattringsteori and /projekt/{id}/drivkraftsdiagram: the diagram, its
// list and (for those who may change) the editor; POST applies one edit (field `op`);
// GET .../diagram.svg downloads the SVG and .../diagram.png a PNG image of it (also
// /api/v1/projects/{id}/theory-of-change.svg|.png and /driver-diagram.svg|.png). GET/POST
// /api/v1/projects/{id}/theory-of-change and /driver-diagram are the JSON twins (docs/api.md).
HandlerResult TheoryPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult TheorySubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult TheorySvg(const App& app, Request& request, const Visitor& visitor);
HandlerResult TheoryPng(const App& app, Request& request, const Visitor& visitor);
HandlerResult DriverPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult DriverSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult DriverSvg(const App& app, Request& request, const Visitor& visitor);
HandlerResult DriverPng(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiTheory(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiTheoryEdit(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiDriver(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiDriverEdit(const App& app, Request& request, const Visitor& visitor);

}  // namespace stegvis::web
