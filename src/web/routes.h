#pragma once
// Builds the one route table and the request handler the server runs.

#include "web/app.h"
#include "web/http/router.h"
#include "web/http/server.h"

namespace stegvis::web {

// Every route of the application, bound to `app` (which must outlive the router).
Router BuildRouter(const App& app);

// The server's handler: routes the request and adds the security headers every response
// carries. A database that cannot be reached now (domain::StoreFailure::unavailable) is
// answered 503 with Retry-After, as the error page or under /api/ the JSON error, and logged;
// other infrastructure exceptions propagate to the server, which answers 500.
RequestHandler MakeRequestHandler(const App& app, const Router& router);

// Adds the headers every response carries (CSP without inline script, nosniff, referrer
// policy, frame-ancestors) and no-store on anything not explicitly cacheable.
void AddSecurityHeaders(Response& response);

}  // namespace stegvis::web
