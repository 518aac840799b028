#include "domain/address_locks.h"

#include <algorithm>
#include <map>

#include "domain/address_group.h"
#include "domain/login_throttle.h"
#include "domain/resources.h"

namespace stegvis::domain {
namespace {

constexpr std::string_view kAddressPrefix = "address:";

core::Result<void> RequireAdmin(const Principal& acting) {
  if (!May(&acting, Action::kAdminister,
           OrganisationResource(ResourceKind::kUser, acting.user.organisation_id))) {
    return core::Fail(core::Error::Forbidden("only admins unlock addresses"));
  }
  return {};
}

// Whether the address's counter ran while one of its failures was against an account of the
// organisation (as ListLockedAddresses decides for the list).
bool InvolvesOrganisation(StoreTx& tx, const LoginFailures& failures, const std::string& address,
                          Id organisation_id) {
  const std::int64_t since = failures.last_failure_at - kAddressThrottle.forget_after;
  for (const AuditEvent& e : tx.Audit().ListActionSince(organisation_id, "login_failed", since)) {
    if (AddressGroup(e.remote_address) == address) return true;
  }
  return false;
}

}  // namespace

core::Result<std::vector<LockedAddress>> ListLockedAddresses(StoreTx& tx, std::int64_t now,
                                                             const Principal& acting) {
  if (auto ok = RequireAdmin(acting); !ok) return core::Fail(ok.error());
  std::vector<LoginFailures> locked = tx.Sessions().ListLocked(std::string(kAddressPrefix), now);
  if (locked.empty()) return std::vector<LockedAddress>{};
  // An address belongs to no organisation: it is shown when the trail holds a failed login
  // from it against one of the admin's organisation's accounts while its counter ran (a quiet
  // `forget_after` resets the counter, so no earlier failure counts towards the lock).
  std::int64_t since = now;
  for (const LoginFailures& f : locked) {
    since = std::min(since, f.last_failure_at - kAddressThrottle.forget_after);
  }
  std::map<std::string, std::int64_t> latest_own_failure;
  for (const AuditEvent& e :
       tx.Audit().ListActionSince(acting.user.organisation_id, "login_failed", since)) {
    latest_own_failure[AddressGroup(e.remote_address)] = e.at;
  }
  std::vector<LockedAddress> out;
  for (const LoginFailures& f : locked) {
    const std::string address = f.subject.substr(kAddressPrefix.size());
    auto own = latest_own_failure.find(address);
    if (own == latest_own_failure.end() ||
        own->second < f.last_failure_at - kAddressThrottle.forget_after) {
      continue;
    }
    out.push_back(
        {f.subject.substr(kAddressPrefix.size()), f.failures, f.last_failure_at, f.locked_until});
  }
  return out;
}

core::Result<std::vector<LockedAddress>> ListLockedAddresses(Store& store, const core::Clock& clock,
                                                             const Principal& acting) {
  // Refused before a transaction is opened.
  if (auto ok = RequireAdmin(acting); !ok) return core::Fail(ok.error());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Read([&](StoreTx& tx) { return ListLockedAddresses(tx, now, acting); });
}

core::Result<void> UnlockAddress(Store& store, const core::Clock& clock, const Principal& acting,
                                 const Actor& actor, const std::string& address) {
  if (auto ok = RequireAdmin(acting); !ok) return core::Fail(ok.error());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    const std::string group = AddressGroup(address);  // one address stands for its group
    const std::string subject = AddressSubject(group);
    std::optional<LoginFailures> failures = tx.Sessions().FindLoginFailures(subject);
    // Another organisation's lock is not the admin's to lift (nor to learn of).
    if (!failures || RetryAfter(failures, now) == 0 ||
        !InvolvesOrganisation(tx, *failures, group, acting.user.organisation_id)) {
      return core::Fail(core::Error{core::ErrorCode::kNotFound,
                                    "the address is not locked",
                                    {},
                                    "admin2.address_not_locked"});
    }
    tx.Sessions().DeleteLoginFailures(subject);
    const std::string count = std::to_string(failures->failures);
    const std::string until = core::FormatIsoUtc(failures->locked_until);
    RecordAudit(tx, actor, now, "address_unlocked", "address", std::nullopt,
                AuditJson({{"address", group}, {"failures", count}, {"locked_until", until}}), "");
    return {};
  });
}

}  // namespace stegvis::domain
