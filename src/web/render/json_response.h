#pragma once
// JSON answers of the API: values and errors, serialised by Boost.JSON (never by hand).

#include <vector>

#include <boost/json/value.hpp>

#include "core/error.h"
#include "web/app.h"
#include "web/http/http.h"

namespace stegvis::web {

// 200 (or `status`) with `value` serialised.
Response JsonValue(const boost::json::value& value, int status = 200);

// {"error": {"code": "invalid_input", "field": "...", "message": "<catalogue text>", ...}} with
// the status HttpStatus gives the code, and Retry-After for kTooManyRequests. The message is
// in the request's language with the error's parameters filled in, and the parameters follow
// as members of their own (a stale save: "who", "when", "version"; see AddErrorParams).
Response JsonError(const App& app, const Request& request, const core::Error& error);

// The same for several errors of one request (`errors` not empty): the first as JsonError
// gives it, and all of them, the first included, in "errors": [{"field", "message", ...}],
// each with its parameters. The status is the first's.
Response JsonErrors(const App& app, const Request& request, const std::vector<core::Error>& errors);

}  // namespace stegvis::web
