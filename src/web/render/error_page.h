#pragma once
// The page every refused or unmatched request gets, in the visitor's language.

#include "core/error.h"
#include "web/app.h"
#include "web/http/http.h"

namespace stegvis::web {

// A page with status 403, 404 or 405 (anything else reads as 405's "method not allowed"): what
// the router and the access guard answer before any handler runs.
Response ErrorPage(const App& app, Request& request, int status);

// The page of a handler's error, with the status HttpStatus gives its code: the pages above for
// kNotFound and kForbidden; for the rest "that could not be done" with the error's own words
// (from its catalogue key; a general sentence when it has none, so no English log message and
// nothing internal reaches the page).
Response ErrorPage(const App& app, Request& request, const core::Error& error);

}  // namespace stegvis::web
