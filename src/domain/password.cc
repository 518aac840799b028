#include "domain/password.h"

#include <sodium.h>

namespace stegvis::domain {

core::Result<std::string> HashPassword(const std::string& password) {
  if (sodium_init() < 0) return core::Fail(core::Error::Internal("libsodium failed to start"));
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return core::Fail(core::Error::Internal("out of memory while hashing a password"));
  }
  return std::string(out);
}

bool VerifyPassword(const std::string& password, const std::string& encoded_hash) {
  if (sodium_init() < 0) return false;
  if (encoded_hash.size() >= crypto_pwhash_STRBYTES) return false;
  return crypto_pwhash_str_verify(encoded_hash.c_str(), password.data(), password.size()) == 0;
}

}  // namespace stegvis::domain
