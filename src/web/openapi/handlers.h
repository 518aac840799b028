#pragma once
// The OpenAPI document's route (routes.cc).

#include "web/http/router.h"

namespace stegvis::web {

// Adds GET /api/v1/openapi.json describing every route `router` has so far: call it last.
void AddOpenApiRoute(Router& router);

}  // namespace stegvis::web
