#pragma once
// Brute-force protection: failed logins are counted in the database (shared by every server
// instance) under two subjects. One is the account together with the client's address group
// (address_group.h): a guesser slows down only the owner's logins from the guesser's own
// addresses, never the owner's logins from elsewhere. The other is the address group alone,
// across accounts, so one address cannot try a few passwords on every account.
//
// Each attempt is counted before its password is checked (sessions.cc), so attempts sent in
// parallel cannot all pass the check. Past `free_failures` each further failure makes the
// subject wait, `first_delay` seconds, doubling with every failure up to `max_delay`. A quiet
// `forget_after` seconds resets the count. Pure functions; sessions.cc stores them.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/records.h"

namespace stegvis::domain {

struct ThrottlePolicy {
  int free_failures;
  std::int64_t first_delay;
  std::int64_t max_delay;
  std::int64_t forget_after;
};

inline constexpr std::int64_t kMinute = 60;
// One person mistyping: three free tries, then waits of 30 s, 1 min, 2 min, … up to 15 min.
inline constexpr ThrottlePolicy kAccountThrottle{3, 30, 15 * kMinute, 60 * kMinute};
// One address group is often a whole town hall behind NAT, so it gets more room.
inline constexpr ThrottlePolicy kAddressThrottle{20, 30, 15 * kMinute, 60 * kMinute};

// At most this many stale counters are deleted per successful login (sessions.cc), so a
// login never waits for a large clean-up.
inline constexpr int kStaleFailuresPerLogin = 100;

// The counter's subject for an account at an address group: "account:" + lower-case email +
// " " + group (an email holds no space). AccountSubjectPrefix is what all of an account's
// subjects start with.
std::string AccountSubject(const std::string& email, const std::string& address_group);
std::string AccountSubjectPrefix(const std::string& email);
// The counter's subject for an address group: "address:" + group.
std::string AddressSubject(const std::string& address_group);

// Seconds a subject that failed `failures` times waits before its next try: 0 up to the free
// failures, then first_delay doubling with each failure, at most max_delay.
std::int64_t DelayAfter(int failures, const ThrottlePolicy& policy);

// Seconds the subject must still wait before trying again; 0 when it may try now.
std::int64_t RetryAfter(const std::optional<LoginFailures>& failures, std::int64_t now);

// The counter after one more failure at `now`.
LoginFailures AfterFailure(const std::optional<LoginFailures>& failures, const std::string& subject,
                           const ThrottlePolicy& policy, std::int64_t now);

// The counter with one failure taken back (an attempt counted before its check that turned
// out right); nullopt when none is left.
std::optional<LoginFailures> WithoutOneFailure(const std::optional<LoginFailures>& failures,
                                               const ThrottlePolicy& policy);

}  // namespace stegvis::domain
