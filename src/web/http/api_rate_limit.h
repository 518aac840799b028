#pragma once
// The rate limit of requests made with personal API tokens (domain/api_tokens.h): a token
// bucket per token, in memory, so each server of several on one database counts its own.
// A token may send kApiBurst requests at once and kApiRequestsPerMinute a minute after that;
// more is answered 429 with Retry-After. Browser sessions are not limited here.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <unordered_map>

#include "domain/access.h"

namespace stegvis::web {

inline constexpr double kApiBurst = 120;
inline constexpr double kApiRequestsPerMinute = 120;

class ApiRateLimiter {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;

  // The most tokens remembered at once; beyond it, buckets that have filled up again (so
  // forgetting them changes nothing) are dropped, and if none has, the oldest-touched.
  static constexpr std::size_t kMaxBuckets = 10000;

  // Takes one request of token `token_id` at `now`: 0 when it may go on, otherwise the whole
  // seconds until it may (at least 1).
  std::int64_t Take(domain::Id token_id, TimePoint now);

 private:
  struct Bucket {
    double tokens = kApiBurst;
    TimePoint at;
  };
  void MakeRoom(TimePoint now);

  std::mutex mutex_;
  std::unordered_map<domain::Id, Bucket> buckets_;
};

}  // namespace stegvis::web
