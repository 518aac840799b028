#include "domain/password.h"

#include <gtest/gtest.h>

namespace stegvis::domain {
namespace {

TEST(PasswordTest, HashesWithArgon2idAndVerifies) {
  auto hash = HashPassword("korrekt häst batteri");
  ASSERT_TRUE(hash);
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u);
  EXPECT_EQ(hash->find("korrekt"), std::string::npos) << "the password is not in the hash";
  EXPECT_TRUE(VerifyPassword("korrekt häst batteri", *hash));
  EXPECT_FALSE(VerifyPassword("korrekt häst batteri ", *hash));
  EXPECT_FALSE(VerifyPassword("korrekt häst batteri", "not a hash"));
}

TEST(PasswordTest, SaltsEveryHash) {
  EXPECT_NE(*HashPassword("samma"), *HashPassword("samma"));
}

}  // namespace
}  // namespace stegvis::domain
