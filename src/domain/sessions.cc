#include "domain/sessions.h"

#include <algorithm>

#include "core/text.h"
#include "domain/address_group.h"
#include "domain/audit.h"
#include "domain/login_throttle.h"
#include "domain/password.h"
#include "domain/tokens.h"

namespace stegvis::domain {
namespace {

core::Error LoginFailed() {
  return core::Error{core::ErrorCode::kUnauthenticated, "wrong email or password", "email",
                     "login.failed"};
}

core::Error TooManyFailures(std::int64_t wait) {
  core::Error e{core::ErrorCode::kTooManyRequests, "too many failed logins", "email",
                "login.too_many"};
  e.retry_after_seconds = wait;
  return e;
}

core::Error Busy() {
  core::Error e{core::ErrorCode::kTooManyRequests, "too many logins at once", "email",
                "login.busy"};
  e.retry_after_seconds = 1;
  return e;
}

core::Error SessionGone() {
  return core::Error{core::ErrorCode::kUnauthenticated, "no valid session", {}, "login.required"};
}

}  // namespace

std::string NormaliseEmail(std::string_view email) {
  return core::AsciiLower(core::Trim(email));
}

core::Result<Session> Login(Store& store, const core::Clock& clock, std::string_view email_in,
                            const std::string& password, const std::string& remote_address,
                            core::WorkGate* gate) {
  const std::string email = NormaliseEmail(email_in);
  // No account has a longer email (accounts.cc), so a longer one is refused before it costs a
  // hash or a row (PostgreSQL cannot index a primary key of several kilobytes).
  if (email.size() > kMaxEmailBytes) return core::Fail(LoginFailed());
  std::optional<core::WorkGate::Slot> slot = gate ? gate->TryEnter() : std::nullopt;
  if (gate && !slot) return core::Fail(Busy());
  const std::string group = AddressGroup(remote_address);
  const std::string account = AccountSubject(email, group), address = AddressSubject(group);
  const std::int64_t now = clock.NowUnixSeconds();

  // 1. One write: refused while a counter makes it wait; otherwise the attempt is counted as a
  // failure before the password is checked, so attempts sent in parallel are all counted and
  // cannot all pass the check (the check and the count are one transaction). Read the user.
  struct Found {
    std::optional<User> user;
    std::string hash;
  };
  core::Result<Found> found = store.Write([&](StoreTx& tx) -> core::Result<Found> {
    std::optional<LoginFailures> by_account = tx.Sessions().FindLoginFailures(account);
    std::optional<LoginFailures> by_address = tx.Sessions().FindLoginFailures(address);
    const std::int64_t wait = std::max(RetryAfter(by_account, now), RetryAfter(by_address, now));
    if (wait > 0) return core::Fail(TooManyFailures(wait));
    tx.Sessions().SaveLoginFailures(AfterFailure(by_account, account, kAccountThrottle, now));
    tx.Sessions().SaveLoginFailures(AfterFailure(by_address, address, kAddressThrottle, now));
    Found f;
    f.user = tx.Users().FindByEmail(email);
    if (f.user) f.hash = tx.Users().FindPasswordHash(f.user->id).value_or("");
    return f;
  });
  if (!found) return core::Fail(found.error());

  // 2. argon2id outside any transaction: it is slow on purpose and must not hold a lock. An
  // unknown email costs as much as a wrong password, so timing does not tell them apart.
  bool ok = false;
  if (found->user && !found->hash.empty()) {
    ok = VerifyPassword(password, found->hash) && found->user->active;
  } else {
    (void)HashPassword(password);
  }
  slot.reset();

  // 3. Record the failure, or take the attempt's count back and open the session, with the
  // audit record, in one transaction.
  Actor actor{found->user ? std::optional<Id>(found->user->id) : std::nullopt,
              found->user ? std::optional<Id>(found->user->organisation_id) : std::nullopt, email,
              remote_address};
  return store
      .Write([&](StoreTx& tx) -> core::Result<Session> {
        if (!ok) {
          RecordAudit(tx, actor, now, "login_failed", "user", actor.user_id, "", "");
          // The failure is committed; the caller still sees an error.
          return Session{};
        }
        // The owner at this address is trusted again; the address keeps its other failures.
        tx.Sessions().DeleteLoginFailures(account);
        if (std::optional<LoginFailures> rest =
                WithoutOneFailure(tx.Sessions().FindLoginFailures(address), kAddressThrottle)) {
          tx.Sessions().SaveLoginFailures(*rest);
        } else {
          tx.Sessions().DeleteLoginFailures(address);
        }
        // Sessions nobody presents again, and counters a quiet spell has made meaningless (a
        // few at a time), are swept here, so the tables stay small. Not in step 1: there, a
        // sweep would make every two attempts at once conflict on PostgreSQL.
        tx.Sessions().DeleteExpired(now - kSessionIdleSeconds, now - kSessionMaxSeconds);
        tx.Sessions().DeleteStaleLoginFailures(
            now - std::max(kAccountThrottle.forget_after, kAddressThrottle.forget_after), now,
            kStaleFailuresPerLogin);
        Session session;
        session.id = RandomToken();
        session.record =
            SessionRecord{HashToken(session.id), found->user->id, RandomToken(), now, now};
        tx.Sessions().Create(session.record);
        session.principal = Principal{*found->user, tx.Users().ListMemberships(found->user->id)};
        RecordAudit(tx, actor, now, "login", "user", actor.user_id, "", "");
        return session;
      })
      .and_then([](Session s) -> core::Result<Session> {
        if (s.id.empty()) return core::Fail(LoginFailed());
        return s;
      });
}

core::Result<Session> Authenticate(Store& store, const core::Clock& clock,
                                   const std::string& session_id) {
  if (session_id.size() != 64) return core::Fail(SessionGone());
  const std::string id_hash = HashToken(session_id);
  const std::int64_t now = clock.NowUnixSeconds();
  bool expired = false, touch = false;
  core::Result<Session> session = store.Read([&](StoreTx& tx) -> core::Result<Session> {
    expired = touch = false;  // a store may run this more than once (PostgreSQL retries)
    // One statement: the session, its user, the user's roles and the data version.
    std::optional<SessionLookup> found = tx.Sessions().Find(id_hash);
    if (!found) return core::Fail(SessionGone());
    const SessionRecord& record = found->record;
    if (now - record.last_seen_at > kSessionIdleSeconds ||
        now - record.created_at > kSessionMaxSeconds || !found->user.active) {
      expired = true;
      return core::Fail(SessionGone());
    }
    touch = now - record.last_seen_at >= kSessionTouchSeconds;
    return Session{
        Principal{found->user, std::move(found->memberships)}, record, {}, found->data_version};
  });
  if (expired || touch) {
    store.Write([&](StoreTx& tx) -> core::Result<bool> {
      if (expired) {
        tx.Sessions().Delete(id_hash);
      } else {
        tx.Sessions().Touch(id_hash, now);
      }
      return true;
    });
  }
  return session;
}

void Logout(Store& store, const core::Clock& clock, const Session& session,
            const std::string& remote_address) {
  const std::int64_t now = clock.NowUnixSeconds();
  store.Write([&](StoreTx& tx) -> core::Result<bool> {
    tx.Sessions().Delete(session.record.id_hash);
    RecordAudit(tx, ActorFor(session.principal, remote_address), now, "logout", "user",
                session.principal.user.id, "", "");
    return true;
  });
}

core::Result<Principal> LoadPrincipal(Store& store, Id user_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<Principal> {
    std::optional<User> user = tx.Users().Find(user_id);
    if (!user) return core::Fail(core::Error::NotFound("no such user"));
    return Principal{*user, tx.Users().ListMemberships(user_id)};
  });
}

}  // namespace stegvis::domain
