#pragma once
// Stored records of the security machinery: sessions, login-failure counters, password
// reset tokens and audit events. Everything several server instances must share lives in
// the database, never in process memory.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/organisation.h"

namespace stegvis::domain {

// A server-side session. The cookie holds a random id; only its hash is stored.
struct SessionRecord {
  std::string id_hash;
  Id user_id = 0;
  std::string csrf_token;
  std::int64_t created_at = 0;
  std::int64_t last_seen_at = 0;
};

// Failed logins for one subject ("account:EMAIL" or "address:IP").
struct LoginFailures {
  std::string subject;
  int failures = 0;
  std::int64_t last_failure_at = 0;
  std::int64_t locked_until = 0;  // refused before this time (unix seconds); 0 if not
};

// An admin-issued one-time password reset link; only the token's hash is stored.
struct PasswordReset {
  std::string token_hash;
  Id user_id = 0;
  std::int64_t created_at = 0;
  std::int64_t expires_at = 0;
  std::optional<std::int64_t> used_at;
};

// One entry of the audit trail: who did what to which object, with before/after as JSON.
struct AuditEvent {
  Id id = 0;
  std::optional<Id> organisation_id;
  std::int64_t at = 0;
  std::optional<Id> actor_user_id;
  std::string actor;        // the actor's email, or "cli", or the email tried at a login
  std::string action;       // "create", "update", "delete", "login", "login_failed", ...
  std::string object_type;  // "unit", "team", "user", "membership", "session"
  std::optional<Id> object_id;
  std::string before_json;  // empty for a create
  std::string after_json;   // empty for a delete
  std::string remote_address;
};

}  // namespace stegvis::domain
