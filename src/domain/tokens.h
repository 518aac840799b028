#pragma once
// Secrets handed to browsers (session ids, CSRF tokens, reset links): random from libsodium,
// stored only as a hash where the database would otherwise hold a usable credential.

#include <string>
#include <string_view>

namespace stegvis::domain {

// 32 random bytes (libsodium randombytes) as 64 lower-case hex characters.
std::string RandomToken();

// SHA-256 of `token` as 64 hex characters: what the database stores instead of the token.
std::string HashToken(std::string_view token);

// Compares two tokens in time independent of where they differ; false if lengths differ
// or either is empty.
bool TokensEqual(std::string_view a, std::string_view b);

}  // namespace stegvis::domain
