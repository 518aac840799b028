#pragma once
// Reading a search request's query parameters into a domain::SearchQuery: the page and the
// API name them differently (Swedish on the page, English in the API) but read them alike.

#include <string>
#include <string_view>

#include "core/error.h"
#include "domain/search.h"
#include "web/http/http.h"

namespace stegvis::web {

// The names of the query parameters.
struct SearchParamNames {
  std::string_view kind, decision, programme, unit, goal, from, to, offset;
};
inline constexpr SearchParamNames kPageParams{"typ", "beslut", "program", "enhet",
                                              "mal", "fran",   "till",    "start"};
inline constexpr SearchParamNames kApiParams{"kind", "decision", "programme", "unit",
                                             "goal", "from",     "to",        "next"};

// The query. kInvalidInput naming the parameter for an id, kind or offset that is not one
// (the domain checks the rest: domain::Search).
core::Result<domain::SearchQuery> ReadSearchQuery(const Request& request,
                                                  const SearchParamNames& names);

// The URL of a result's own page.
std::string SearchResultUrl(const domain::SearchResult& result);

}  // namespace stegvis::web
