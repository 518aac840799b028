// Secrets handed to browsers (domain/tokens.h): random, stored only as their SHA-256, compared
// without giving away where two tokens differ.

#include "domain/tokens.h"

#include <set>

#include <gtest/gtest.h>

namespace stegvis::domain {
namespace {

bool IsLowerHex(const std::string& s) {
  return s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

TEST(TokensTest, ATokenIs32RandomBytesInLowerCaseHex) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    const std::string t = RandomToken();
    EXPECT_EQ(t.size(), 64u);
    EXPECT_TRUE(IsLowerHex(t)) << t;
    seen.insert(t);
  }
  EXPECT_EQ(seen.size(), 100u) << "no token twice";
}

TEST(TokensTest, TheStoredHashIsSha256OfTheToken) {
  EXPECT_EQ(HashToken(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(HashToken("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const std::string t = RandomToken();
  EXPECT_EQ(HashToken(t), HashToken(t));
  EXPECT_NE(HashToken(t), t);
}

TEST(TokensTest, TokensAreEqualOnlyWhenBothAreTheSameAndNotEmpty) {
  const std::string t = RandomToken();
  EXPECT_TRUE(TokensEqual(t, std::string(t)));
  std::string last = t;
  last.back() = last.back() == '0' ? '1' : '0';
  EXPECT_FALSE(TokensEqual(t, last));
  EXPECT_FALSE(TokensEqual(t, t.substr(0, 63)));
  EXPECT_FALSE(TokensEqual("", ""));
  EXPECT_FALSE(TokensEqual(t, ""));
}

}  // namespace
}  // namespace stegvis::domain
