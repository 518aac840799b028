#include "domain/login_throttle.h"

namespace stegvis::domain {

std::string AccountSubject(const std::string& email) {
  return "account:" + email;
}

std::string AddressSubject(const std::string& address) {
  return "address:" + address;
}

std::int64_t RetryAfter(const std::optional<LoginFailures>& failures, std::int64_t now) {
  if (!failures || failures->locked_until <= now) return 0;
  return failures->locked_until - now;
}

LoginFailures AfterFailure(const std::optional<LoginFailures>& failures, const std::string& subject,
                           const ThrottlePolicy& policy, std::int64_t now) {
  LoginFailures next{subject, 0, now, 0};
  if (failures && now - failures->last_failure_at < policy.forget_after) {
    next.failures = failures->failures;
  }
  next.failures += 1;
  if (next.failures >= policy.lock_after) {
    next.locked_until = now + policy.lock_seconds;
  } else if (next.failures >= policy.slow_after) {
    next.locked_until = now + policy.slow_seconds;
  }
  return next;
}

}  // namespace stegvis::domain
