// Login throttling (domain/sessions.cc) on both engines, where the transactions are real:
// guesses sent at the same moment, an email PostgreSQL could not index, and the sweep of old
// counters at a successful login.

#include <algorithm>
#include <latch>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "core/clock.h"
#include "domain/login_throttle.h"
#include "domain/password.h"
#include "domain/sessions.h"
#include "store/test_database.h"

namespace stegvis::store {
namespace {

constexpr std::int64_t kNow = 1'800'000'000;
constexpr const char* kPassword = "rätt-lösenord-2027";
constexpr const char* kEmail = "anna@kommun.example";
constexpr const char* kAddress = "192.0.2.10";

class LoginThrottleStoreTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (HasFatalFailure()) return;
    store_->Migrate();
    core::Result<std::string> hash = domain::HashPassword(kPassword);
    ASSERT_TRUE(hash);
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      domain::Id org = tx.Units().CreateOrganisation("Kommun", 1);
      tx.Users().Create({org, kEmail, "Anna", "sv", *hash}, 1);
      return true;
    });
  }

  std::vector<domain::LoginFailures> Counters() {
    std::vector<domain::LoginFailures> out;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      out = tx.Sessions().ListLocked("", -1);  // every counter: none has locked_until < 0
      return true;
    });
    return out;
  }

  core::FixedClock clock_{kNow};
};
INSTANTIATE_TEST_SUITE_P(Engines, LoginThrottleStoreTest,
                         testing::Values(Engine::kSqlite, Engine::kPostgres), EngineName);

TEST_P(LoginThrottleStoreTest, GuessesSentAtOnceAreAllCountedAndOnlyTheFreeOnesAreChecked) {
  constexpr int kGuesses = 8;
  std::vector<core::Result<domain::Session>> results(
      kGuesses, core::Fail(core::Error::Invalid("not run", "")));
  std::latch start(kGuesses);
  std::vector<std::thread> threads;
  for (int i = 0; i < kGuesses; ++i) {
    threads.emplace_back([&, i] {
      start.arrive_and_wait();
      results[i] =
          domain::Login(*store_, clock_, kEmail, "gissning " + std::to_string(i), kAddress);
    });
  }
  for (std::thread& t : threads) t.join();
  int checked = 0, refused = 0;
  for (const auto& r : results) {
    ASSERT_FALSE(r);
    if (r.error().code == core::ErrorCode::kUnauthenticated) ++checked;
    if (r.error().code == core::ErrorCode::kTooManyRequests) ++refused;
  }
  EXPECT_EQ(checked, domain::kAccountThrottle.free_failures)
      << "only the free tries reach the password check";
  EXPECT_EQ(refused, kGuesses - checked);
  auto counters = Counters();
  auto account = std::find_if(counters.begin(), counters.end(), [](const auto& f) {
    return f.subject == domain::AccountSubject(kEmail, kAddress);
  });
  ASSERT_NE(account, counters.end());
  EXPECT_EQ(account->failures, checked) << "every checked guess is counted";
}

TEST_P(LoginThrottleStoreTest, AnEmailTooLongToIndexIsTheUsualLoginFailureNotAnError) {
  // Letters that do not compress: PostgreSQL compresses a repetitive key below its index limit.
  std::string email;
  std::uint32_t x = 12345;
  for (int i = 0; i < 20000; ++i) {
    x = x * 1664525u + 1013904223u;
    email += static_cast<char>('a' + (x >> 24) % 26);
  }
  email += "@kommun.example";
  auto login = domain::Login(*store_, clock_, email, kPassword, kAddress);
  ASSERT_FALSE(login);
  EXPECT_EQ(login.error().code, core::ErrorCode::kUnauthenticated);
  EXPECT_EQ(login.error().key, "login.failed");
  EXPECT_TRUE(Counters().empty()) << "refused before anything is written";
  EXPECT_TRUE(domain::Login(*store_, clock_, kEmail, kPassword, kAddress))
      << "the owner is not slowed by it";
}

TEST_P(LoginThrottleStoreTest, ASuccessfulLoginSweepsAFewCountersThatAQuietHourMadeMeaningless) {
  const std::int64_t old = kNow - domain::kAccountThrottle.forget_after - 1;
  const int stale = domain::kStaleFailuresPerLogin + 20;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    for (int i = 0; i < stale; ++i) {
      tx.Sessions().SaveLoginFailures({"address:198.51.100." + std::to_string(i), 3, old, 0});
    }
    // Old but still refusing (a delay longer than the quiet spell): kept until it runs out.
    tx.Sessions().SaveLoginFailures({"address:203.0.113.1", 50, old, kNow + 60});
    tx.Sessions().SaveLoginFailures({"address:203.0.113.2", 2, kNow - 60, 0});  // recent
    return true;
  });
  ASSERT_TRUE(domain::Login(*store_, clock_, kEmail, kPassword, kAddress));
  EXPECT_EQ(Counters().size(), 20u + 2u) << "at most kStaleFailuresPerLogin per login";
  ASSERT_TRUE(domain::Login(*store_, clock_, kEmail, kPassword, kAddress));
  std::vector<std::string> left;
  for (const auto& f : Counters()) left.push_back(f.subject);
  std::sort(left.begin(), left.end());
  EXPECT_EQ(left, (std::vector<std::string>{"address:203.0.113.1", "address:203.0.113.2"}));
}

}  // namespace
}  // namespace stegvis::store
