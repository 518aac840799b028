#pragma once
// One page of an API list (docs/api.md, "Lists and pages"). Every list answer is an object
// whose array is in ascending order of the items' "id" and holds at most `limit` items; when
// more follow, "next_cursor" says where the next page starts, and null otherwise. A page
// starts after the id its cursor names, so a client that walks the pages sees every item
// that existed throughout the walk exactly once, whatever was added or removed meanwhile
// (keyset pagination). The policy has filtered the items before they are paged.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "core/error.h"
#include "web/http/http.h"

namespace stegvis::web {

inline constexpr std::int64_t kDefaultPageSize = 100;
inline constexpr std::int64_t kMaxPageSize = 500;

struct PageRequest {
  std::int64_t limit = kDefaultPageSize;
  std::optional<std::int64_t> after;  // the last id of the page before
};

// `?limit=` (1 to kMaxPageSize; kDefaultPageSize when absent or empty) and `?cursor=` (the
// "next_cursor" of an earlier page). kInvalidInput naming the parameter otherwise
// ("error.whole_number" for the limit, "error.page.cursor" for a cursor that is no cursor).
core::Result<PageRequest> ReadPageRequest(const Request& request);

// {key: the page, "next_cursor": "…" | null}: `items` (objects with an integer "id") sorted by
// id, those after the cursor, at most the limit. The two members are added to `around`, the
// rest of the answer (a unit's id beside its list of notes); empty for a plain list.
boost::json::object PagedList(std::string_view key, boost::json::array items,
                              const PageRequest& page, boost::json::object around = {});

}  // namespace stegvis::web
