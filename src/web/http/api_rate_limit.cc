#include "web/http/api_rate_limit.h"

#include <algorithm>
#include <cmath>

namespace stegvis::web {
namespace {

constexpr double kPerSecond = kApiRequestsPerMinute / 60.0;

double Refilled(double tokens, ApiRateLimiter::TimePoint from, ApiRateLimiter::TimePoint to) {
  const double seconds = std::chrono::duration<double>(to - from).count();
  return std::min(kApiBurst, tokens + std::max(0.0, seconds) * kPerSecond);
}

}  // namespace

std::int64_t ApiRateLimiter::Take(domain::Id token_id, TimePoint now) {
  std::lock_guard lock(mutex_);
  auto it = buckets_.find(token_id);
  if (it == buckets_.end()) {
    if (buckets_.size() >= kMaxBuckets) MakeRoom(now);
    it = buckets_.emplace(token_id, Bucket{kApiBurst, now}).first;
  }
  Bucket& b = it->second;
  b.tokens = Refilled(b.tokens, b.at, now);
  b.at = std::max(b.at, now);
  if (b.tokens >= 1.0) {
    b.tokens -= 1.0;
    return 0;
  }
  return std::max<std::int64_t>(
      1, static_cast<std::int64_t>(std::ceil((1.0 - b.tokens) / kPerSecond)));
}

void ApiRateLimiter::MakeRoom(TimePoint now) {
  std::erase_if(buckets_, [&](const auto& entry) {
    return Refilled(entry.second.tokens, entry.second.at, now) >= kApiBurst;
  });
  if (buckets_.size() < kMaxBuckets) return;
  auto oldest =
      std::min_element(buckets_.begin(), buckets_.end(),
                       [](const auto& a, const auto& b) { return a.second.at < b.second.at; });
  buckets_.erase(oldest);
}

}  // namespace stegvis::web
