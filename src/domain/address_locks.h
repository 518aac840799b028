#pragma once
// Addresses locked out after too many failed logins (the per-address throttle of
// login_throttle.h), for admins to see and unlock — beside unlocking one account. An address
// belongs to no organisation (a town hall's NAT address may serve several): an admin sees the
// locks that involve their organisation's accounts (the audit trail's failed logins); unlocking
// is audited in the admin's organisation.

#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/store.h"

namespace stegvis::domain {

struct LockedAddress {
  // The address group counted (address_group.h): "192.0.2.10", "2001:db8:1:2::/64".
  std::string address;
  int failures = 0;
  std::int64_t last_failure_at = 0;
  std::int64_t locked_until = 0;  // tries are refused until then (unix seconds)
};

// The addresses refused right now (as of `now`) after a failed login from them against an
// account of the admin's organisation within the throttle's `forget_after` before the last
// failure, soonest unlocked first. kForbidden for non-admins.
core::Result<std::vector<LockedAddress>> ListLockedAddresses(StoreTx& tx, std::int64_t now,
                                                             const Principal& acting);
core::Result<std::vector<LockedAddress>> ListLockedAddresses(Store& store, const core::Clock& clock,
                                                             const Principal& acting);

// Clears the failed-login counter of `address`'s group (a group, or any address in it), so
// logins from it are tried again at once.
// kNotFound ("admin2.address_not_locked") when the address is not locked now or not listed
// for the admin (ListLockedAddresses); kForbidden for
// non-admins. Audited as "address_unlocked" (object type "address", before: the counter).
core::Result<void> UnlockAddress(Store& store, const core::Clock& clock, const Principal& acting,
                                 const Actor& actor, const std::string& address);

}  // namespace stegvis::domain
