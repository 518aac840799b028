#include "web/render/paged_list.h"

#include <algorithm>
#include <limits>
#include <string>

#include "web/render/forms.h"

namespace stegvis::web {
namespace {

std::int64_t IdOf(const boost::json::value& item) {
  const boost::json::value* id = item.is_object() ? item.as_object().if_contains("id") : nullptr;
  return id != nullptr && id->is_int64() ? id->as_int64() : 0;
}

}  // namespace

core::Result<PageRequest> ReadPageRequest(const Request& request) {
  PageRequest page;
  if (std::optional<std::string> limit = request.Query("limit"); limit && !limit->empty()) {
    auto n = ParseWholeNumber(*limit, 1, kMaxPageSize, "limit");
    if (!n) return core::Fail(n.error());
    page.limit = *n;
  }
  if (std::optional<std::string> cursor = request.Query("cursor"); cursor && !cursor->empty()) {
    auto n = ParseWholeNumber(*cursor, 0, std::numeric_limits<std::int64_t>::max(), "cursor");
    if (!n) {
      return core::Fail(
          core::Error::Invalid("not a cursor of this list", "cursor", "error.page.cursor"));
    }
    page.after = *n;
  }
  return page;
}

boost::json::object PagedList(std::string_view key, boost::json::array items,
                              const PageRequest& page, boost::json::object around) {
  std::stable_sort(
      items.begin(), items.end(),
      [](const boost::json::value& a, const boost::json::value& b) { return IdOf(a) < IdOf(b); });
  auto first = items.begin();
  if (page.after) {
    first = std::upper_bound(
        items.begin(), items.end(), *page.after,
        [](std::int64_t after, const boost::json::value& item) { return after < IdOf(item); });
  }
  const auto left = items.end() - first;
  const auto taken = std::min<std::int64_t>(left, page.limit);
  boost::json::array out(first, first + taken);
  boost::json::value next = nullptr;
  if (taken < left) next = std::to_string(IdOf(out.back()));
  around[key] = std::move(out);
  around["next_cursor"] = std::move(next);
  return around;
}

}  // namespace stegvis::web
