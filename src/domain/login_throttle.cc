#include "domain/login_throttle.h"

#include <algorithm>

namespace stegvis::domain {

std::string AccountSubject(const std::string& email, const std::string& address_group) {
  return AccountSubjectPrefix(email) + address_group;
}

std::string AccountSubjectPrefix(const std::string& email) {
  return "account:" + email + " ";
}

std::string AddressSubject(const std::string& address_group) {
  return "address:" + address_group;
}

std::int64_t DelayAfter(int failures, const ThrottlePolicy& policy) {
  if (failures < policy.free_failures) return 0;
  // Doubling from first_delay; the shift is capped long before it could overflow.
  const int doublings = std::min(failures - policy.free_failures, 40);
  std::int64_t delay = policy.first_delay;
  for (int i = 0; i < doublings && delay < policy.max_delay; ++i) delay *= 2;
  return std::min(delay, policy.max_delay);
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
  const std::int64_t delay = DelayAfter(next.failures, policy);
  if (delay > 0) next.locked_until = now + delay;
  return next;
}

std::optional<LoginFailures> WithoutOneFailure(const std::optional<LoginFailures>& failures,
                                               const ThrottlePolicy& policy) {
  if (!failures || failures->failures <= 1) return std::nullopt;
  LoginFailures next = *failures;
  next.failures -= 1;
  const std::int64_t delay = DelayAfter(next.failures, policy);
  next.locked_until = delay > 0 ? next.last_failure_at + delay : 0;
  return next;
}

}  // namespace stegvis::domain
