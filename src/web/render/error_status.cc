#include "web/render/error_status.h"

namespace stegvis::web {

int HttpStatus(core::ErrorCode code) {
  switch (code) {
    case core::ErrorCode::kInvalidInput: return 422;
    case core::ErrorCode::kNotFound: return 404;
    case core::ErrorCode::kConflict: return 409;
    case core::ErrorCode::kForbidden: return 403;
    case core::ErrorCode::kUnauthenticated: return 401;
    case core::ErrorCode::kTooManyRequests: return 429;
    case core::ErrorCode::kUnavailable: return 503;
    case core::ErrorCode::kInternal: return 500;
  }
  return 500;
}

}  // namespace stegvis::web
