#pragma once
// Reading a JSON API request: the body as an object, and the errors every API answers with
// when a body or an object is missing. Answers are written by json_response.h.

#include <boost/json/object.hpp>

#include "core/error.h"
#include "web/http/http.h"

namespace stegvis::web {

// The body parsed as a JSON object; kInvalidInput on "body" ("error.bad_json") when it is not
// JSON or not an object.
core::Result<boost::json::object> JsonObjectBody(const Request& request);

// The 404 of an id that names nothing the visitor may see ("error.not_found_body").
core::Error NotFoundError();

}  // namespace stegvis::web
