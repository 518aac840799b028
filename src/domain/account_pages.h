#pragma once
// The questions the admin's user pages ask the domain: everything each page shows, read in one
// transaction (kAdminister on the organisation's users).

#include <cstdint>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/accounts.h"
#include "domain/address_locks.h"
#include "domain/store.h"
#include "domain/teams.h"

namespace stegvis::domain {

// /admin/anvandare: every user with roles and lock state, the units and teams a role may be
// scoped to (and that name the roles' scopes), and the addresses locked after failed logins.
struct UsersPage {
  std::vector<AccountDetails> accounts;
  Structure structure;
  std::vector<LockedAddress> locked_addresses;  // soonest unlocked first
};
// kForbidden for anyone but the organisation's admins.
core::Result<UsersPage> LoadUsersPage(Store& store, const core::Clock& clock,
                                      const Principal& acting);

// /admin/anvandare/{id}: one user with roles and lock state, and the units and teams a role may
// be scoped to.
struct UserPage {
  AccountDetails account;
  Structure structure;
};
// kNotFound for an unknown user or one of another organisation; kForbidden for non-admins.
core::Result<UserPage> LoadUserPage(Store& store, const core::Clock& clock, const Principal& acting,
                                    Id user_id);

}  // namespace stegvis::domain
