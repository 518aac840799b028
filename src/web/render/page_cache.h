#pragma once
// Responses kept between views, so what does not change between two views of a page is
// rendered once per data version (see cached_page.h for what a key holds and which routes use
// it). A least-recently-used store with a byte budget, thread-safe, in one process. Every kept
// page is of one data version (domain::Session::data_version, read from the database in the
// request's session lookup), and the first request that brings another version drops them all,
// so a page is never served from before a write that the request's own session lookup could
// see, on one server or on many sharing one database.

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "web/http/http.h"

namespace stegvis::web {

struct PageCacheOptions {
  // Bytes of responses (bodies, headers and keys) kept at most; 0 keeps nothing. A response
  // larger than an eighth of the budget is not kept.
  std::size_t byte_budget = std::size_t{32} << 20;
  // An entry is dropped this many seconds after it was stored, used or not; entries unused
  // for as long are dropped when the cache is next used. Pages hold personal data (names,
  // notes): they stay in memory no longer than this.
  std::int64_t max_age_seconds = 300;
};

// What a response is kept under: the data version it was read at and everything else it
// depends on, as text (built in one place, cached_page.cc).
struct PageKey {
  std::int64_t data_version = 0;
  std::string text;
};

class PageCache {
 public:
  explicit PageCache(PageCacheOptions options = {});
  PageCache(const PageCache&) = delete;
  PageCache& operator=(const PageCache&) = delete;

  // The response kept under `key`, stored at the same data version no more than
  // max_age_seconds before `now` (unix seconds); nullptr otherwise. A key of another data
  // version than the kept pages' drops every entry.
  std::shared_ptr<const Response> Find(const PageKey& key, std::int64_t now);

  // Keeps `response` under `key` (replacing an entry of the same key), then drops the least
  // recently used entries beyond the byte budget. A key of a newer data version than the kept
  // pages' drops them first. Keeps nothing when the kept pages are of a newer version than the
  // key (a write overtook the request), or the response alone exceeds an eighth of the budget.
  void Insert(const PageKey& key, Response response, std::int64_t now);

  // A response with `kept`'s status and headers whose body shares `kept`'s bytes (see
  // Response::shared_body), so serving a kept page copies no body.
  static Response Share(std::shared_ptr<const Response> kept);

  struct Stats {
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
    std::size_t entries = 0;
    std::size_t bytes = 0;
  };
  Stats stats() const;

 private:
  struct Entry {
    std::string key;
    std::int64_t data_version = 0;
    std::int64_t stored_at = 0;
    std::int64_t used_at = 0;
    std::size_t bytes = 0;
    std::shared_ptr<const Response> response;
  };
  using Lru = std::list<Entry>;  // most recently used first

  // Drops every entry; the pages kept from now on are of `data_version`.
  void Clear(std::int64_t data_version);
  // Drops entries from the least recently used end while they exceed the budget or have gone
  // unused for max_age_seconds.
  void Trim(std::int64_t now);
  void Erase(Lru::iterator entry);

  const PageCacheOptions options_;
  mutable std::mutex mutex_;
  Lru lru_;
  std::unordered_map<std::string_view, Lru::iterator> index_;  // keys point into lru_
  std::int64_t version_ = 0;                                   // of every kept page
  std::size_t bytes_ = 0;
  std::uint64_t hits_ = 0;
  std::uint64_t misses_ = 0;
};

}  // namespace stegvis::web
