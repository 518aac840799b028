#pragma once
// Logging in and out, and recognising a session on every request. Sessions live in the
// database: the browser holds a random id, the database only its hash. A session ends after
// kSessionIdleSeconds without a request, after kSessionMaxSeconds in any case, at logout,
// and at once when its user is deactivated or gets a new password.

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/clock.h"
#include "core/error.h"
#include "core/work_gate.h"
#include "domain/access.h"
#include "domain/store.h"

namespace stegvis::domain {

inline constexpr std::int64_t kSessionIdleSeconds = std::int64_t{60} * 60;
inline constexpr std::int64_t kSessionMaxSeconds = std::int64_t{10} * 60 * 60;
// last_seen_at is written at most this often, so reading a page is not a write each time.
inline constexpr std::int64_t kSessionTouchSeconds = 60;

struct Session {
  Principal principal;
  SessionRecord record;
  std::string id;  // the cookie value (only right after login; empty when recognised)
  // The data version (StoreTx::DataVersion) when the session was recognised; 0 right after
  // login. For caches keyed by it.
  std::int64_t data_version = 0;
};

// Lower-case, surrounding spaces removed: how emails are stored and compared.
std::string NormaliseEmail(std::string_view email);

// The longest email an account may have (RFC 5321's limit on a path).
inline constexpr std::size_t kMaxEmailBytes = 254;

// Checks the password and opens a new session. The attempt is counted (login_throttle.h)
// before the password is checked; a success takes the count back. Errors: kUnauthenticated
// (key "login.failed", the same for an unknown email, a wrong password, a deactivated user and
// an email longer than kMaxEmailBytes — the last refused before any hashing or writing),
// kTooManyRequests with retry_after_seconds set: key "login.too_many" when the account at the
// client's address group, or the address group, has failed too often; key "login.busy" when
// `gate` (if given) has no free slot. Every attempt that is checked is written to the audit
// trail.
core::Result<Session> Login(Store& store, const core::Clock& clock, std::string_view email,
                            const std::string& password, const std::string& remote_address,
                            core::WorkGate* gate = nullptr);

// The session whose cookie value is `session_id`, with its user, roles and the data version,
// read in one statement. kUnauthenticated when it is unknown, expired (then also deleted) or
// its user is deactivated.
core::Result<Session> Authenticate(Store& store, const core::Clock& clock,
                                   const std::string& session_id);

// Ends the session server-side and records the logout. Unknown ids are ignored.
void Logout(Store& store, const core::Clock& clock, const Session& session,
            const std::string& remote_address);

// The user's roles, for a principal built outside a session (the command line, tests).
core::Result<Principal> LoadPrincipal(Store& store, Id user_id);

}  // namespace stegvis::domain
