#pragma once
// Brute-force protection: failed logins per account and per address are counted in the
// database (shared by every server instance). Past `slow_after` failures each further try
// waits `slow_seconds`; past `lock_after` failures the subject is refused `lock_seconds`.
// A quiet `forget_after` seconds resets the count. Pure functions; sessions.cc stores them.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/records.h"

namespace stegvis::domain {

struct ThrottlePolicy {
  int slow_after;
  std::int64_t slow_seconds;
  int lock_after;
  std::int64_t lock_seconds;
  std::int64_t forget_after;
};

// One person mistyping: three free tries, then one try per 30 s, locked 15 min after ten.
inline constexpr std::int64_t kMinute = 60;
inline constexpr ThrottlePolicy kAccountThrottle{3, 30, 10, 15 * kMinute, 60 * kMinute};
// One address is often a whole town hall behind NAT, so it gets more room.
inline constexpr ThrottlePolicy kAddressThrottle{20, 30, 100, 15 * kMinute, 60 * kMinute};

// The counter's subject for an account ("account:" + lower-case email) or an address.
std::string AccountSubject(const std::string& email);
std::string AddressSubject(const std::string& address);

// Seconds the subject must still wait before trying again; 0 when it may try now.
std::int64_t RetryAfter(const std::optional<LoginFailures>& failures, std::int64_t now);

// The counter after one more failure at `now`.
LoginFailures AfterFailure(const std::optional<LoginFailures>& failures, const std::string& subject,
                           const ThrottlePolicy& policy, std::int64_t now);

}  // namespace stegvis::domain
