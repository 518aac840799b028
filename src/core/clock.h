#pragma once
// Time comes from a Clock so tests can fix it; nothing else reads the system clock.

#include <chrono>
#include <cstdint>
#include <string>

namespace stegvis::core {

class Clock {
 public:
  virtual ~Clock() = default;
  // Wall-clock time as seconds since the Unix epoch (UTC).
  virtual std::int64_t NowUnixSeconds() const = 0;
  // Monotonic time for measuring durations.
  virtual std::chrono::steady_clock::time_point Steady() const = 0;
};

class SystemClock final : public Clock {
 public:
  std::int64_t NowUnixSeconds() const override;
  std::chrono::steady_clock::time_point Steady() const override;
};

// A clock that stands still until told to move; for tests.
class FixedClock final : public Clock {
 public:
  explicit FixedClock(std::int64_t unix_seconds) : now_(unix_seconds) {}
  std::int64_t NowUnixSeconds() const override { return now_; }
  std::chrono::steady_clock::time_point Steady() const override {
    return std::chrono::steady_clock::time_point(std::chrono::seconds(now_));
  }
  void Advance(std::int64_t seconds) { now_ += seconds; }

 private:
  std::int64_t now_;
};

// Formats unix seconds as an ISO 8601 UTC timestamp, e.g. "2026-11-23T12:00:00Z".
std::string FormatIsoUtc(std::int64_t unix_seconds);

}  // namespace stegvis::core
