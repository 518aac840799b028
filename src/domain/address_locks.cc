#include "domain/address_locks.h"

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

}  // namespace

core::Result<std::vector<LockedAddress>> ListLockedAddresses(StoreTx& tx, std::int64_t now,
                                                             const Principal& acting) {
  if (auto ok = RequireAdmin(acting); !ok) return core::Fail(ok.error());
  std::vector<LockedAddress> out;
  for (const LoginFailures& f : tx.Sessions().ListLocked(std::string(kAddressPrefix), now)) {
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
    const std::string subject = AddressSubject(address);
    std::optional<LoginFailures> failures = tx.Sessions().FindLoginFailures(subject);
    if (!failures || RetryAfter(failures, now) == 0) {
      return core::Fail(core::Error{core::ErrorCode::kNotFound,
                                    "the address is not locked",
                                    {},
                                    "admin2.address_not_locked"});
    }
    tx.Sessions().DeleteLoginFailures(subject);
    const std::string count = std::to_string(failures->failures);
    const std::string until = core::FormatIsoUtc(failures->locked_until);
    RecordAudit(tx, actor, now, "address_unlocked", "address", std::nullopt,
                AuditJson({{"address", address}, {"failures", count}, {"locked_until", until}}),
                "");
    return {};
  });
}

}  // namespace stegvis::domain
