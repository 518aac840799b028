#pragma once
// Password hashing with argon2id (libsodium's crypto_pwhash_str, interactive limits).

#include <string>

#include "core/error.h"

namespace stegvis::domain {

// Returns the encoded argon2id hash (salt and parameters included). Fails with kInternal if
// libsodium cannot initialise or runs out of memory.
core::Result<std::string> HashPassword(const std::string& password);

// True when `password` matches the encoded hash; false for a wrong password or a bad hash.
bool VerifyPassword(const std::string& password, const std::string& encoded_hash);

}  // namespace stegvis::domain
