#pragma once
// Stored records of the security machinery: sessions, login-failure counters, password
// reset tokens and audit events. Everything several server instances must share lives in
// the database, never in process memory.

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "core/describe.h"
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
  std::string api_token = {};  // the name of the API token the actor used; empty for a session
};

// What each record holds, described once (core/describe.h). Sessions, counters and reset
// tokens are never audited nor shown through the API; their secrets are kInternal anyway.
constexpr auto Describe(std::type_identity<SessionRecord>) {
  return std::tuple{
      core::Field("id_hash", &SessionRecord::id_hash, core::kFixed | core::kInternal),
      core::Field("user_id", &SessionRecord::user_id, core::kFixed),
      core::Field("csrf_token", &SessionRecord::csrf_token, core::kFixed | core::kInternal),
      core::Field("created_at", &SessionRecord::created_at, core::kFixed | core::kUnixTime),
      core::Field("last_seen_at", &SessionRecord::last_seen_at, core::kUnixTime)};
}

constexpr auto Describe(std::type_identity<LoginFailures>) {
  return std::tuple{
      core::Field("subject", &LoginFailures::subject, core::kFixed),
      core::Field("failures", &LoginFailures::failures),
      core::Field("last_failure_at", &LoginFailures::last_failure_at, core::kUnixTime),
      core::Field("locked_until", &LoginFailures::locked_until, core::kUnixTime)};
}

constexpr auto Describe(std::type_identity<PasswordReset>) {
  return std::tuple{
      core::Field("token_hash", &PasswordReset::token_hash, core::kFixed | core::kInternal),
      core::Field("user_id", &PasswordReset::user_id, core::kFixed),
      core::Field("created_at", &PasswordReset::created_at, core::kFixed | core::kUnixTime),
      core::Field("expires_at", &PasswordReset::expires_at, core::kFixed | core::kUnixTime),
      core::Field("used_at", &PasswordReset::used_at)};
}

// An event is written once and never changed.
constexpr auto Describe(std::type_identity<AuditEvent>) {
  constexpr unsigned kOnce = core::kFixed;
  return std::tuple{core::Field("id", &AuditEvent::id, core::kKey),
                    core::Field("organisation_id", &AuditEvent::organisation_id, kOnce),
                    core::Field("at", &AuditEvent::at, kOnce | core::kUnixTime),
                    core::Field("actor_user_id", &AuditEvent::actor_user_id, kOnce),
                    core::Field("actor", &AuditEvent::actor, kOnce),
                    core::Field("action", &AuditEvent::action, kOnce),
                    core::Field("object_type", &AuditEvent::object_type, kOnce),
                    core::Field("object_id", &AuditEvent::object_id, kOnce),
                    core::Field("before_json", &AuditEvent::before_json, kOnce),
                    core::Field("after_json", &AuditEvent::after_json, kOnce),
                    core::Field("remote_address", &AuditEvent::remote_address, kOnce),
                    core::Field("api_token", &AuditEvent::api_token, kOnce)};
}

}  // namespace stegvis::domain
