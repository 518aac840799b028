#pragma once
// The audit trail: the history of one object and the CSV export.
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
void AddHistoryRoutes(Router& router, const App& app);

// GET /historik/{type}/{id}: the audit trail of one unit, team or user.
HandlerResult HistoryPage(const App& app, Request& request, const Visitor& visitor);
// GET /admin/historik.csv: the whole trail as CSV for Swedish Excel (admins).
HandlerResult AuditCsv(const App& app, Request& request, const Visitor& visitor);
// The same trail as an Excel workbook: times as dates (UTC), ids as numbers.
HandlerResult AuditXlsx(const App& app, Request& request, const Visitor& visitor);

}  // namespace stegvis::web
