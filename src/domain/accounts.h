#pragma once
// Managing people: accounts, passwords, roles, deactivation, unlocking and admin-issued
// password reset links. Each change is one transaction with its audit record. Callers that
// act for a logged-in user pass the principal; the use case asks the policy itself
// (kAdminister on kUser), so no caller can forget. The command line acts with no principal.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/store.h"

namespace stegvis::domain {

inline constexpr std::size_t kMinPasswordLength = 12;
inline constexpr std::int64_t kPasswordResetSeconds = std::int64_t{24} * 60 * 60;

// Ok, or kInvalidInput on field "password": shorter than kMinPasswordLength characters
// ("error.password_too_short"), or containing the user's email, the part before its @, or a
// part of their name of four letters or more ("error.password_contains_name").
core::Result<void> CheckPasswordPolicy(const std::string& password, const std::string& email,
                                       const std::string& display_name);

struct NewAccount {
  Id organisation_id = 0;
  std::string email;
  std::string display_name;
  std::string language = "sv";
  std::string password;
  std::optional<Role> role = {};       // a first role, if any
  std::optional<ScopeRef> scope = {};  // its unit or team (organisation roles need none)
};

// Everything wrong with `account` that can be told without the store, at most one error per
// field in the order of the form: "email" ("error.bad_email"), "display_name"
// ("error.required", "error.too_long"), "language" ("error.required") and "password"
// (CheckPasswordPolicy). Empty when none; CreateAccount refuses with the first.
std::vector<core::Error> NewAccountErrors(const NewAccount& account);

// `acting` is the logged-in admin, or null for the command line (which the operating system
// already authorised). Errors: kForbidden; kInvalidInput naming "email", "display_name",
// "language", "password", "role" or "scope"; kConflict on "email" when it is taken.
core::Result<Id> CreateAccount(Store& store, const core::Clock& clock, const Principal* acting,
                               const Actor& actor, const NewAccount& account);

// Sets a new password (policy checked) and ends the user's sessions and API tokens.
core::Result<void> ChangePassword(Store& store, const core::Clock& clock, const Principal* acting,
                                  const Actor& actor, Id user_id, const std::string& password);

// Activates or deactivates; deactivating ends every session of the user at once. An admin
// cannot deactivate themself (kInvalidInput on "active").
core::Result<void> SetAccountActive(Store& store, const core::Clock& clock, const Principal* acting,
                                    const Actor& actor, Id user_id, bool active);

// Gives a role. `scope` names the unit or team; without it the role covers the user's
// organisation. Errors: kInvalidInput on "scope" when the role cannot have that scope
// (RoleAllowsScope) or the unit/team is not in the organisation.
core::Result<void> AddRole(Store& store, const core::Clock& clock, const Principal* acting,
                           const Actor& actor, Id user_id, Role role,
                           std::optional<ScopeRef> scope);
core::Result<void> RemoveRole(Store& store, const core::Clock& clock, const Principal* acting,
                              const Actor& actor, Id user_id, Id membership_id);

// Clears the failed-login counter of the user's account.
core::Result<void> UnlockAccount(Store& store, const core::Clock& clock, const Principal* acting,
                                 const Actor& actor, Id user_id);

// Issues a one-time reset token valid kPasswordResetSeconds; returns the token to put in
// the link (only its hash is stored). The user's earlier links that are still unused stop
// working: only the newest link is valid.
core::Result<std::string> IssuePasswordReset(Store& store, const core::Clock& clock,
                                             const Principal* acting, const Actor& actor,
                                             Id user_id);

// The user a reset token belongs to, if it is unused and unexpired; kNotFound otherwise.
core::Result<User> CheckPasswordReset(Store& store, const core::Clock& clock,
                                      const std::string& token);

// Uses the token once: sets the password (policy checked), ends sessions and API tokens,
// clears the lock.
core::Result<void> UsePasswordReset(Store& store, const core::Clock& clock,
                                    const std::string& token, const std::string& password,
                                    const std::string& remote_address);

// One user with roles and lock state, for the admin page.
struct AccountDetails {
  User user;
  std::vector<Membership> memberships;
  // How long logins from the address group that waits longest stay refused; 0 if none waits.
  std::int64_t locked_seconds = 0;
};
core::Result<AccountDetails> LoadAccount(StoreTx& tx, std::int64_t now, const Principal* acting,
                                         Id user_id);
core::Result<AccountDetails> LoadAccount(Store& store, const core::Clock& clock,
                                         const Principal* acting, Id user_id);

// Every user of the organisation with their roles (kForbidden unless `acting` is null or an
// admin of it); lock state as of `now`.
core::Result<std::vector<AccountDetails>> ListAccounts(StoreTx& tx, std::int64_t now,
                                                       const Principal* acting, Id organisation_id);
core::Result<std::vector<AccountDetails>> ListAccounts(Store& store, const core::Clock& clock,
                                                       const Principal* acting, Id organisation_id);

// The organisation accounts are added to from the command line: the first one in the
// database; on an empty database one called `name` is created (kInvalidInput on
// "organisation" when no name is given then).
core::Result<Id> EnsureOrganisation(Store& store, const core::Clock& clock,
                                    const std::string& name);

// The user with this email (any case), or kNotFound.
core::Result<User> FindAccountByEmail(Store& store, const std::string& email);

}  // namespace stegvis::domain
