#pragma once
// The one place a domain ErrorCode becomes an HTTP status.

#include "core/error.h"

namespace stegvis::web {

// kInvalidInput 422, kNotFound 404, kConflict 409, kForbidden 403, kUnauthenticated 401,
// kTooManyRequests 429, kUnavailable 503, kInternal 500.
int HttpStatus(core::ErrorCode code);

}  // namespace stegvis::web
