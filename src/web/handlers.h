#pragma once
// Request handlers: thin functions that parse the request, call one domain function and
// render. Each is registered in the route table (routes.cc).

#include "web/app.h"
#include "web/http.h"

namespace stegvis::web {

// GET /healthz: 200 "ok" while the process runs.
Response Healthz(const App& app, Request& request);
// GET /readyz: 200 when the database answers and is migrated, else 503 with the reason.
Response Readyz(const App& app, Request& request);
// GET /: the start page with the organisation's units.
Response HomePage(const App& app, Request& request);
// GET /tillganglighet: the accessibility statement the DOS law requires.
Response AccessibilityPage(const App& app, Request& request);
// Any unmatched request: a page in the user's language with status 404 or 405.
Response ErrorPage(const App& app, Request& request, int status);

}  // namespace stegvis::web
