// Addresses locked out after too many failed logins (domain/address_locks.h): an admin sees
// those that failed against their organisation's accounts and may let one try again; nobody
// else may.

#include "domain/address_locks.h"

#include <gtest/gtest.h>

#include "domain/address_group.h"
#include "domain/login_throttle.h"
#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class AddressLocksTest : public DomainTest {
 protected:
  // The address's counter after `failures` failed logins, the last one now, refusing it for
  // `locked_for` seconds (0: counted, not locked); the last failure was against an account of
  // `organisation` (Solvik unless told), as its trail records.
  void Failed(const std::string& address, int failures, std::int64_t locked_for) {
    Failed(address, failures, locked_for, solvik_.id);
  }
  void Failed(const std::string& address, int failures, std::int64_t locked_for, Id organisation) {
    const std::int64_t now = clock_.NowUnixSeconds();
    Ok(store_.Write([&](StoreTx& tx) -> core::Result<bool> {
      tx.Sessions().SaveLoginFailures({AddressSubject(AddressGroup(address)), failures, now,
                                       locked_for > 0 ? now + locked_for : 0});
      RecordAudit(tx, Actor{std::nullopt, organisation, "someone@example.org", address}, now,
                  "login_failed", "user", std::nullopt, "", "");
      return true;
    }));
  }
};

TEST_F(AddressLocksTest, AdminsSeeTheLockedAddressesOfTheirOrganisationSoonestFirst) {
  for (Id organisation : {solvik_.id, norrby_.id}) {
    Failed("192.0.2.20", 100, 900, organisation);
    Failed("2001:db8::1", 120, 300, organisation);
    Failed("192.0.2.30", 5, 0, organisation);  // counted, not locked
  }
  for (const Principal* admin : {&solvik_.admin, &norrby_.admin}) {
    std::vector<LockedAddress> locked = Ok(ListLockedAddresses(store_, clock_, *admin));
    ASSERT_EQ(locked.size(), 2u);
    EXPECT_EQ(locked[0].address, "2001:db8::/64") << "an IPv6 address counts as its /64";
    EXPECT_EQ(locked[0].failures, 120);
    EXPECT_EQ(locked[0].locked_until, kTestNow + 300);
    EXPECT_EQ(locked[1].address, "192.0.2.20");
  }
  clock_.Advance(300);
  EXPECT_EQ(Ok(ListLockedAddresses(store_, clock_, solvik_.admin)).size(), 1u)
      << "a lock that ran out is no longer listed";
}

TEST_F(AddressLocksTest, AnAdminDoesNotSeeAddressesLockedOnlyForAnotherOrganisation) {
  Failed("192.0.2.40", 100, 900, norrby_.id);
  EXPECT_TRUE(Ok(ListLockedAddresses(store_, clock_, solvik_.admin)).empty());
  ASSERT_EQ(Ok(ListLockedAddresses(store_, clock_, norrby_.admin)).size(), 1u);
  EXPECT_TRUE(
      IsNotFound(UnlockAddress(store_, clock_, solvik_.admin, As(solvik_.admin), "192.0.2.40")));
  ASSERT_EQ(Ok(ListLockedAddresses(store_, clock_, norrby_.admin)).size(), 1u) << "still locked";

  // Solvik's failures from that address an hour and more before the last one did not count.
  clock_.Advance(2 * kAddressThrottle.forget_after);
  Failed("192.0.2.50", 100, 900, solvik_.id);
  clock_.Advance(kAddressThrottle.forget_after + 1);
  Failed("192.0.2.50", 100, 900, norrby_.id);
  EXPECT_TRUE(Ok(ListLockedAddresses(store_, clock_, solvik_.admin)).empty());
  EXPECT_EQ(Ok(ListLockedAddresses(store_, clock_, norrby_.admin)).size(), 1u);
}

TEST_F(AddressLocksTest, AnUnlockedAddressMayLogInAgainAtOnceAndTheTrailKeepsTheCount) {
  Failed(kTestAddress, 100, 900);
  EXPECT_TRUE(Refused(Login(store_, clock_, "team@solvik.example", kTestPassword, kTestAddress),
                      core::ErrorCode::kTooManyRequests));
  Ok(UnlockAddress(store_, clock_, solvik_.admin, As(solvik_.admin), kTestAddress));
  EXPECT_TRUE(Ok(ListLockedAddresses(store_, clock_, solvik_.admin)).empty());
  EXPECT_TRUE(Login(store_, clock_, "team@solvik.example", kTestPassword, kTestAddress));

  std::vector<AuditEvent> all = Ok(LoadAuditTrail(store_, solvik_.admin));
  AuditEvent unlocked;
  for (const AuditEvent& e : all) {
    if (e.action == "address_unlocked") unlocked = e;
  }
  EXPECT_EQ(unlocked.object_type, "address");
  EXPECT_EQ(unlocked.actor, "admin@solvik.example");
  EXPECT_EQ(unlocked.organisation_id, solvik_.id);
  EXPECT_EQ(AuditValue(unlocked.before_json, "address"), kTestAddress);
  EXPECT_EQ(AuditValue(unlocked.before_json, "failures"), "100");
  EXPECT_EQ(AuditValue(unlocked.before_json, "locked_until"), core::FormatIsoUtc(kTestNow + 900));
}

TEST_F(AddressLocksTest, AnAddressThatIsNotLockedCannotBeUnlocked) {
  Failed("192.0.2.30", 5, 0);
  Failed("192.0.2.40", 100, 60);
  clock_.Advance(60);
  for (const char* address : {"192.0.2.30", "192.0.2.40", "192.0.2.50"}) {
    EXPECT_TRUE(Refused(UnlockAddress(store_, clock_, solvik_.admin, As(solvik_.admin), address),
                        core::ErrorCode::kNotFound, "", "admin2.address_not_locked"))
        << address;
  }
}

TEST_F(AddressLocksTest, OnlyAdminsSeeAndUnlockAddresses) {
  Failed("192.0.2.20", 100, 900);
  for (const Principal* p : {&solvik_.strateg, &solvik_.chef, &solvik_.politiker}) {
    EXPECT_TRUE(IsForbidden(ListLockedAddresses(store_, clock_, *p))) << p->user.email;
    EXPECT_TRUE(IsForbidden(UnlockAddress(store_, clock_, *p, As(*p), "192.0.2.20")));
  }
  EXPECT_EQ(Ok(ListLockedAddresses(store_, clock_, solvik_.admin)).size(), 1u);
}

}  // namespace
}  // namespace stegvis::domain
