#pragma once
// The security bookkeeping: sessions, failed-login counters and password reset tokens,
// inside one transaction (domain/store.h). None of it changes the data version.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/access.h"
#include "domain/records.h"

namespace stegvis::domain {

// A session with everything a request needs to know about its user, read in one statement.
struct SessionLookup {
  SessionRecord record;
  User user;
  std::vector<Membership> memberships;  // by id
  std::int64_t data_version = 0;        // StoreTx::DataVersion at the same moment
};

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;

  virtual void Create(const SessionRecord& session) = 0;
  // The session with this id hash, its user, the user's roles and the data version, in one
  // statement; nullopt when there is no such session.
  virtual std::optional<SessionLookup> Find(const std::string& id_hash) = 0;
  virtual void Touch(const std::string& id_hash, std::int64_t now) = 0;
  virtual void Delete(const std::string& id_hash) = 0;
  // Ends every session of the user (deactivation, password change).
  virtual void DeleteForUser(Id user_id) = 0;
  // Deletes sessions idle since before `idle_before` or created before `created_before`.
  virtual void DeleteExpired(std::int64_t idle_before, std::int64_t created_before) = 0;

  virtual std::optional<LoginFailures> FindLoginFailures(const std::string& subject) = 0;
  // Inserts or replaces the counter of `failures.subject`.
  virtual void SaveLoginFailures(const LoginFailures& failures) = 0;
  virtual void DeleteLoginFailures(const std::string& subject) = 0;
  // Deletes every counter whose subject starts with `prefix` (all of an account's).
  virtual void DeleteLoginFailuresWithPrefix(const std::string& prefix) = 0;
  // Deletes at most `limit` counters whose last failure was before `failed_before` and that
  // refuse nothing after `now` (counters a quiet spell has made meaningless).
  virtual void DeleteStaleLoginFailures(std::int64_t failed_before, std::int64_t now,
                                        int limit) = 0;
  // The counters whose subject starts with `prefix` ("address:") and that refuse tries until
  // after `now` (locked_until > now), soonest unlocked first.
  virtual std::vector<LoginFailures> ListLocked(const std::string& prefix, std::int64_t now) = 0;

  virtual void CreatePasswordReset(const PasswordReset& reset) = 0;
  virtual std::optional<PasswordReset> FindPasswordReset(const std::string& token_hash) = 0;
  virtual void MarkPasswordResetUsed(const std::string& token_hash, std::int64_t now) = 0;
  // Marks every unused reset link of the user as used at `now` (a newer link replaces them).
  virtual void RevokePasswordResets(Id user_id, std::int64_t now) = 0;
};

}  // namespace stegvis::domain
