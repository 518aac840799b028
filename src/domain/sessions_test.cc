// Logging in and out and recognising a session (domain/sessions.h): one answer for every
// failed login, slowing down and locking after repeated failures, and sessions that end when
// idle, when old, at logout and when the user is deactivated.

#include "domain/sessions.h"

#include <gtest/gtest.h>

#include "domain/login_throttle.h"
#include "domain/testing/domain_test_fixture.h"
#include "domain/tokens.h"

namespace stegvis::domain {
namespace {

class SessionsTest : public DomainTest {
 protected:
  core::Result<Session> LogIn(std::string_view email, const std::string& password) {
    return Login(store_, clock_, email, password, kTestAddress);
  }
  bool Recognised(const Session& s) { return Authenticate(store_, clock_, s.id).has_value(); }
};

TEST_F(SessionsTest, ALoginOpensASessionThatEveryRequestRecognises) {
  Session s = Ok(LogIn(" Team@Solvik.Example ", kTestPassword));
  EXPECT_EQ(s.id.size(), 64u);
  EXPECT_FALSE(s.record.csrf_token.empty());
  EXPECT_EQ(s.principal.user.id, solvik_.member.user.id);
  ASSERT_EQ(s.principal.memberships.size(), 1u);
  EXPECT_EQ(s.principal.memberships[0].scope_id, solvik_.team);

  Session again = Ok(Authenticate(store_, clock_, s.id));
  EXPECT_EQ(again.principal.user.email, "team@solvik.example");
  EXPECT_EQ(again.principal.memberships.size(), 1u);
  EXPECT_EQ(again.record.csrf_token, s.record.csrf_token);
  EXPECT_TRUE(again.id.empty()) << "the cookie value is only handed out at login";
  EXPECT_FALSE(Stored([&](StoreTx& tx) { return tx.Sessions().Find(s.id); }))
      << "the database holds the id's hash, not the id";

  AuditEvent e = LastEvent("user", solvik_.member.user.id);
  EXPECT_EQ(e.action, "login");
  EXPECT_EQ(e.remote_address, kTestAddress);
}

TEST_F(SessionsTest, AWrongPasswordAnUnknownEmailAndADeactivatedUserGetTheSameAnswer) {
  EXPECT_TRUE(Refused(LogIn("team@solvik.example", "fel lösenord"),
                      core::ErrorCode::kUnauthenticated, "email", "login.failed"));
  EXPECT_EQ(LastEvent("user", solvik_.member.user.id).action, "login_failed");
  EXPECT_TRUE(Refused(LogIn("ingen@solvik.example", kTestPassword),
                      core::ErrorCode::kUnauthenticated, "email", "login.failed"));
  Ok(SetAccountActive(store_, clock_, &solvik_.admin, As(solvik_.admin), solvik_.chef.user.id,
                      false));
  EXPECT_TRUE(Refused(LogIn("chef@solvik.example", kTestPassword),
                      core::ErrorCode::kUnauthenticated, "email", "login.failed"));
}

TEST_F(SessionsTest, AGuesserSlowsTheAccountDownOnlyAtTheGuessersOwnAddress) {
  constexpr const char* kGuesser = "198.51.100.7";
  for (int i = 0; i < 3; ++i) {
    EXPECT_TRUE(Refused(Login(store_, clock_, "team@solvik.example", "fel lösenord", kGuesser),
                        core::ErrorCode::kUnauthenticated));
  }
  auto slowed = Login(store_, clock_, "team@solvik.example", kTestPassword, kGuesser);
  ASSERT_TRUE(Refused(slowed, core::ErrorCode::kTooManyRequests, "email", "login.too_many"))
      << "even the right password waits at the guesser's address";
  EXPECT_EQ(slowed.error().retry_after_seconds, kAccountThrottle.first_delay);
  EXPECT_TRUE(LogIn("team@solvik.example", kTestPassword)) << "the owner elsewhere is not slowed";
  EXPECT_TRUE(LogIn("chef@solvik.example", kTestPassword)) << "other accounts are not slowed";

  clock_.Advance(kAccountThrottle.first_delay);
  EXPECT_TRUE(Login(store_, clock_, "team@solvik.example", kTestPassword, kGuesser));
  EXPECT_FALSE(Stored([&](StoreTx& tx) {
    return tx.Sessions().FindLoginFailures(AccountSubject("team@solvik.example", kGuesser));
  })) << "a successful login clears the account's count at that address";
}

TEST_F(SessionsTest, AGuesserWhoKeepsTryingNeverLocksTheOwnerOut) {
  constexpr const char* kGuesser = "198.51.100.7";
  std::int64_t longest_wait = 0;
  for (int round = 0; round < 12; ++round) {
    auto guess = Login(store_, clock_, "admin@solvik.example", "gissning", kGuesser);
    ASSERT_TRUE(Refused(guess, core::ErrorCode::kUnauthenticated)) << "round " << round;
    EXPECT_TRUE(LogIn("admin@solvik.example", kTestPassword)) << "round " << round;
    auto waiting = Login(store_, clock_, "admin@solvik.example", "gissning", kGuesser);
    if (!waiting && waiting.error().code == core::ErrorCode::kTooManyRequests) {
      EXPECT_GE(waiting.error().retry_after_seconds, longest_wait) << "the waits grow";
      longest_wait = waiting.error().retry_after_seconds;
      clock_.Advance(longest_wait);
    }
  }
  EXPECT_EQ(longest_wait, kAccountThrottle.max_delay);
}

TEST_F(SessionsTest, OneAddressCannotTryAFewPasswordsOnEveryAccount) {
  for (int i = 0; i < kAddressThrottle.free_failures; ++i) {
    EXPECT_TRUE(Refused(LogIn("person" + std::to_string(i) + "@solvik.example", "gissning"),
                        core::ErrorCode::kUnauthenticated))
        << i;
  }
  EXPECT_TRUE(Refused(LogIn("chef@solvik.example", kTestPassword),
                      core::ErrorCode::kTooManyRequests, "email", "login.too_many"));
  EXPECT_TRUE(Login(store_, clock_, "chef@solvik.example", kTestPassword, "198.51.100.8"))
      << "another address is not slowed";
}

TEST_F(SessionsTest, AnIpv6GuesserCannotEscapeTheCountByChangingTheInterfaceHalf) {
  for (int i = 0; i < kAddressThrottle.free_failures; ++i) {
    const std::string address = "2001:db8:1:2::" + std::to_string(i + 1);
    EXPECT_TRUE(Refused(Login(store_, clock_, "person" + std::to_string(i) + "@solvik.example",
                              "gissning", address),
                        core::ErrorCode::kUnauthenticated))
        << address;
  }
  EXPECT_TRUE(Refused(Login(store_, clock_, "chef@solvik.example", "gissning", "2001:db8:1:2::ff"),
                      core::ErrorCode::kTooManyRequests, "email", "login.too_many"))
      << "the same /64";
  EXPECT_TRUE(Login(store_, clock_, "chef@solvik.example", kTestPassword, "2001:db8:1:3::1"))
      << "the next /64 is another network";
}

TEST_F(SessionsTest, ARightPasswordTakesBackTheAttemptsCountAtTheAddress) {
  for (int i = 0; i <= kAddressThrottle.free_failures; ++i) {
    ASSERT_TRUE(LogIn("team@solvik.example", kTestPassword)) << "a busy town hall, login " << i;
  }
  EXPECT_FALSE(Stored([&](StoreTx& tx) {
    return tx.Sessions().FindLoginFailures(AddressSubject(kTestAddress));
  })) << "nothing failed";
  EXPECT_TRUE(Refused(LogIn("team@solvik.example", "fel"), core::ErrorCode::kUnauthenticated));
  EXPECT_TRUE(LogIn("chef@solvik.example", kTestPassword));
  auto left = Stored(
      [&](StoreTx& tx) { return tx.Sessions().FindLoginFailures(AddressSubject(kTestAddress)); });
  ASSERT_TRUE(left);
  EXPECT_EQ(left->failures, 1) << "the failure stays, the success is taken back";
}

TEST_F(SessionsTest, AnEmailLongerThanAnyAccountsIsRefusedBeforeAnythingIsWritten) {
  const std::string long_email = std::string(kMaxEmailBytes, 'a') + "@solvik.example";
  EXPECT_TRUE(Refused(LogIn(long_email, kTestPassword), core::ErrorCode::kUnauthenticated, "email",
                      "login.failed"));
  EXPECT_TRUE(Stored([&](StoreTx& tx) { return tx.Sessions().ListLocked("", -1).empty(); }))
      << "no counter written";
}

TEST_F(SessionsTest, WhenEveryPasswordCheckIsBusyALoginIsAskedToTryAgainShortly) {
  core::WorkGate gate(1);
  std::optional<core::WorkGate::Slot> held = gate.TryEnter();
  auto busy = Login(store_, clock_, "team@solvik.example", kTestPassword, kTestAddress, &gate);
  ASSERT_TRUE(Refused(busy, core::ErrorCode::kTooManyRequests, "email", "login.busy"));
  EXPECT_EQ(busy.error().retry_after_seconds, 1);
  EXPECT_TRUE(Stored([&](StoreTx& tx) { return tx.Sessions().ListLocked("", -1).empty(); }))
      << "nothing counted";
  held.reset();
  EXPECT_TRUE(Login(store_, clock_, "team@solvik.example", kTestPassword, kTestAddress, &gate));
  EXPECT_TRUE(gate.TryEnter()) << "the login left its slot";
}

TEST_F(SessionsTest, ASessionEndsAfterAnHourWithoutARequest) {
  Session s = Ok(LogIn("team@solvik.example", kTestPassword));
  clock_.Advance(kSessionIdleSeconds);
  EXPECT_TRUE(Recognised(s)) << "a request within the hour keeps it";
  clock_.Advance(kSessionIdleSeconds + 1);
  EXPECT_TRUE(Refused(Authenticate(store_, clock_, s.id), core::ErrorCode::kUnauthenticated, "",
                      "login.required"));
  EXPECT_FALSE(Stored([&](StoreTx& tx) { return tx.Sessions().Find(HashToken(s.id)); }))
      << "an expired session is deleted";
}

TEST_F(SessionsTest, ASessionEndsAfterTenHoursHoweverBusy) {
  Session s = Ok(LogIn("team@solvik.example", kTestPassword));
  for (std::int64_t t = 0; t < kSessionMaxSeconds; t += 30 * 60) {
    ASSERT_TRUE(Recognised(s)) << "after " << t << " s";
    clock_.Advance(30 * 60);
  }
  EXPECT_TRUE(Recognised(s)) << "exactly ten hours";
  clock_.Advance(1);
  EXPECT_FALSE(Recognised(s));
}

TEST_F(SessionsTest, ReadingAPageWritesTheLastSeenTimeAtMostOnceAMinute) {
  Session s = Ok(LogIn("team@solvik.example", kTestPassword));
  clock_.Advance(kSessionTouchSeconds - 1);
  Ok(Authenticate(store_, clock_, s.id));
  EXPECT_EQ(Ok(Authenticate(store_, clock_, s.id)).record.last_seen_at, kTestNow);
  clock_.Advance(1);
  Ok(Authenticate(store_, clock_, s.id));
  EXPECT_EQ(Ok(Authenticate(store_, clock_, s.id)).record.last_seen_at,
            kTestNow + kSessionTouchSeconds);
}

TEST_F(SessionsTest, ASessionCarriesTheDataVersionSoCachesSeeEveryChange) {
  Session s = Ok(LogIn("team@solvik.example", kTestPassword));
  const std::int64_t before = Ok(Authenticate(store_, clock_, s.id)).data_version;
  MakeProject(solvik_.member, solvik_.team, "Välj tid själv");
  EXPECT_GT(Ok(Authenticate(store_, clock_, s.id)).data_version, before);
}

TEST_F(SessionsTest, LogoutEndsTheSessionAndIsAudited) {
  Session s = Ok(LogIn("team@solvik.example", kTestPassword));
  Logout(store_, clock_, s, kTestAddress);
  EXPECT_FALSE(Recognised(s));
  EXPECT_EQ(LastEvent("user", solvik_.member.user.id).action, "logout");
  Logout(store_, clock_, s, kTestAddress);  // again: nothing to end, nothing thrown
}

TEST_F(SessionsTest, ACookieThatIsNoSessionIsRefused) {
  for (const std::string& id : {std::string("abc"), RandomToken(), std::string()}) {
    EXPECT_TRUE(Refused(Authenticate(store_, clock_, id), core::ErrorCode::kUnauthenticated, "",
                        "login.required"))
        << id;
  }
}

TEST_F(SessionsTest, ThePrincipalOfAnUnknownUserIsNotFound) {
  EXPECT_TRUE(IsNotFound(LoadPrincipal(store_, 999)));
  EXPECT_EQ(Ok(LoadPrincipal(store_, solvik_.chef.user.id)).memberships.at(0).role, Role::kChef);
  EXPECT_EQ(NormaliseEmail("  Chef@Solvik.EXAMPLE "), "chef@solvik.example");
}

}  // namespace
}  // namespace stegvis::domain
