#pragma once
// The OpenAPI 3.1 description of the integration API (GET /api/v1/openapi.json), generated
// from the route table itself, so it cannot drift from what the server answers: every /api/v1
// route with its method, its path parameters, who may call it (a session cookie or a bearer
// token, and its access rule), what it takes and answers by kind (JSON, an image, a CSV file,
// a Word document), a one-line summary, and for a list its page parameters. The fields of each body
// are described in docs/api.md, which the document links to.

#include <string_view>
#include <vector>

#include <boost/json/object.hpp>

#include "web/http/router.h"

namespace stegvis::web {

// The document for `routes` (those under /api/v1/; others are left out).
boost::json::object OpenApiDocument(const std::vector<Route>& routes);

// The one-line summary of an operation ("GET", "/api/v1/teams"), or empty when it has none.
std::string_view ApiSummary(std::string_view method, std::string_view pattern);

// Whether the operation answers its list a page at a time (render/paged_list.h), and every
// such operation as "GET /api/v1/teams".
bool IsPagedList(std::string_view method, std::string_view pattern);
std::vector<std::string_view> PagedLists();

// Every operation that has a summary, as "GET /api/v1/teams", for the test that each names a
// route.
std::vector<std::string_view> SummarisedOperations();

}  // namespace stegvis::web
