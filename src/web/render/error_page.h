#pragma once
// The page every refused or unmatched request gets, in the visitor's language.

#include "web/app.h"
#include "web/http/http.h"

namespace stegvis::web {

// A page with status 403, 404 or 405 (anything else reads as 405's "method not allowed").
Response ErrorPage(const App& app, Request& request, int status);

}  // namespace stegvis::web
