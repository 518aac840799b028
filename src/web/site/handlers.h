#pragma once
// The site itself: health checks, the start page and the accessibility statement.
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
void AddSiteRoutes(Router& router, const App& app);

// GET /healthz: 200 "ok" while the process runs.
HandlerResult Healthz(const App& app, Request& request, const Visitor& visitor);
// GET /readyz: 200 when the database answers and is migrated, else 503 with the reason.
HandlerResult Readyz(const App& app, Request& request, const Visitor& visitor);
// GET /: the start page with the organisation's units and the user's teams.
HandlerResult HomePage(const App& app, Request& request, const Visitor& visitor);
// GET /enhet/{id}: a unit of the reader's organisation, its teams the reader may see, its
// sub-units and links to its self-assessments, reflections and goals; 404 for another
// organisation's unit.
HandlerResult UnitOverviewPage(const App& app, Request& request, const Visitor& visitor);
// GET /enhet/{id}/rapport?period=2026-T2: the report to the nämnd on a unit and its sub-units
// for a tertial or a year (the last complete tertial without `period`), printable; 404 for
// another organisation's unit, 403 for a reader without it in scope, 422 for a bad period.
HandlerResult UnitReportPage(const App& app, Request& request, const Visitor& visitor);
// GET /api/v1/units/{id}/report?period=2026-T2: the same report as JSON (docs/api.md); a bad
// period is 422 with error.errors.
HandlerResult ApiUnitReport(const App& app, Request& request, const Visitor& visitor);
// GET /api/v1/units/{id}/report.docx?period=2026-T2: the same report as a Word document.
HandlerResult ApiUnitReportDocx(const App& app, Request& request, const Visitor& visitor);
// GET /static/{file}: the embedded stylesheet, script and images (cacheable, with ETag).
HandlerResult StaticFile(const App& app, Request& request, const Visitor& visitor);
// GET /tillganglighet: the accessibility statement the DOS law requires.
HandlerResult AccessibilityPage(const App& app, Request& request, const Visitor& visitor);

}  // namespace stegvis::web
