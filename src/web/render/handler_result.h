#pragma once
// What a handler returns, and the one adaptor that turns it into a response. A handler answers
// its page, redirect or JSON as the value; an expected failure it does not show in a form
// (not found, forbidden, a conflict, bad JSON) it returns as the error, and the adaptor bound
// with the route (web/route_rules.h) turns that into the error page or, under /api/, the JSON
// error, with the status HttpStatus (error_status.h) gives its code.

#include <string_view>

#include "core/error.h"
#include "web/app.h"
#include "web/http/http.h"

namespace stegvis::web {

using HandlerResult = core::Result<Response>;

// How a route shows an error: the error page in the visitor's language, or the JSON error.
enum class ErrorForm { kPage, kJson };

// kJson for patterns under /api/, kPage for the rest.
ErrorForm ErrorFormOf(std::string_view pattern);

// The handler's response, or its error as `form` says (ErrorPage or JsonError).
Response Answer(const App& app, Request& request, HandlerResult result, ErrorForm form);

}  // namespace stegvis::web
