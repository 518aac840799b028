#include "domain/login_throttle.h"

#include <gtest/gtest.h>

#include "domain/accounts.h"

namespace stegvis::domain {
namespace {

TEST(LoginThrottleTest, ThreeFreeTriesThenWaitsThatDoubleUpToAQuarterOfAnHour) {
  std::optional<LoginFailures> f;
  std::int64_t now = 1000;
  for (int i = 1; i <= 2; ++i) {
    f = AfterFailure(f, "account:a", kAccountThrottle, now);
    EXPECT_EQ(RetryAfter(f, now), 0) << i;
  }
  f = AfterFailure(f, "account:a", kAccountThrottle, now);
  EXPECT_EQ(RetryAfter(f, now), 30) << "third failure: slowed";
  EXPECT_EQ(RetryAfter(f, now + 30), 0);
  for (std::int64_t expected : {60, 120, 240, 480, 900, 900, 900}) {
    now += RetryAfter(f, now);
    f = AfterFailure(f, "account:a", kAccountThrottle, now);
    EXPECT_EQ(RetryAfter(f, now), expected) << f->failures << " failures";
  }
  EXPECT_EQ(DelayAfter(1000000, kAccountThrottle), kAccountThrottle.max_delay) << "no overflow";
}

TEST(LoginThrottleTest, TakingBackAFailureRestoresTheWaitBeforeIt) {
  std::optional<LoginFailures> f;
  for (int i = 0; i < 3; ++i) f = AfterFailure(f, "address:x", kAccountThrottle, 1000);
  EXPECT_EQ(RetryAfter(f, 1000), 30);
  f = WithoutOneFailure(f, kAccountThrottle);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->failures, 2);
  EXPECT_EQ(RetryAfter(f, 1000), 0);
  f = WithoutOneFailure(WithoutOneFailure(f, kAccountThrottle), kAccountThrottle);
  EXPECT_FALSE(f) << "nothing left to count";
}

TEST(LoginThrottleTest, AQuietHourForgetsTheCount) {
  std::optional<LoginFailures> f;
  for (int i = 0; i < 5; ++i) f = AfterFailure(f, "account:a", kAccountThrottle, 1000);
  f = AfterFailure(f, "account:a", kAccountThrottle, 1000 + 3600);
  EXPECT_EQ(f->failures, 1);
  EXPECT_EQ(RetryAfter(f, 1000 + 3600), 0);
}

TEST(LoginThrottleTest, AnAddressGetsMoreRoomThanAnAccount) {
  std::optional<LoginFailures> f;
  for (int i = 0; i < 19; ++i) f = AfterFailure(f, "address:x", kAddressThrottle, 1000);
  EXPECT_EQ(RetryAfter(f, 1000), 0);
  f = AfterFailure(f, "address:x", kAddressThrottle, 1000);
  EXPECT_GT(RetryAfter(f, 1000), 0);
}

TEST(PasswordPolicyTest, LengthInCharactersAndNoOwnNameOrEmail) {
  EXPECT_FALSE(CheckPasswordPolicy("kort", "eva@x.se", "Eva Ek"));
  EXPECT_FALSE(CheckPasswordPolicy("elva-tecken", "eva@x.se", "Eva Ek"));
  EXPECT_TRUE(CheckPasswordPolicy("tolv-tecken!", "eva@x.se", "Eva Ek"));
  EXPECT_TRUE(CheckPasswordPolicy("åäöåäöåäöåäö", "eva@x.se", "Eva Ek"))
      << "12 characters, 24 bytes";
  EXPECT_FALSE(CheckPasswordPolicy("åäöåäöåäöåä", "eva@x.se", "Eva Ek"));
  auto named = CheckPasswordPolicy("hej-lindqvist-2026", "sara@x.se", "Sara Lindqvist");
  ASSERT_FALSE(named);
  EXPECT_EQ(named.error().field, "password");
  EXPECT_EQ(named.error().key, "error.password_contains_name");
  EXPECT_FALSE(CheckPasswordPolicy("MIN-SARA.LINDQVIST-kod", "sara.lindqvist@x.se", "S L"));
  EXPECT_FALSE(CheckPasswordPolicy("xx sara@x.se xx", "sara@x.se", "S L"));
  EXPECT_TRUE(CheckPasswordPolicy("evaluering av mål", "eva@x.se", "Eva Ek"))
      << "parts shorter than four letters are not checked";
}

}  // namespace
}  // namespace stegvis::domain
