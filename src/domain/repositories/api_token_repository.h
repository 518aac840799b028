#pragma once
// Personal API tokens, inside one transaction (domain/store.h); used by domain/api_tokens.h.
// Like sessions, none of it changes the data version.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/api_token.h"

namespace stegvis::domain {

class ApiTokenRepository {
 public:
  virtual ~ApiTokenRepository() = default;

  // Stores a new token; returns its id.
  virtual Id Create(const ApiToken& token) = 0;
  // The token whose secret hashes to `secret_hash`; nullopt when there is none.
  virtual std::optional<ApiToken> FindBySecretHash(const std::string& secret_hash) = 0;
  // The user's tokens, newest first.
  virtual std::vector<ApiToken> ListForUser(Id user_id) = 0;
  virtual void Touch(Id id, std::int64_t now) = 0;
  virtual void Delete(Id id) = 0;
  // Deletes every token of the user (deactivation).
  virtual void DeleteForUser(Id user_id) = 0;
  // Deletes the user's tokens that expired before `now`.
  virtual void DeleteExpiredForUser(Id user_id, std::int64_t now) = 0;
};

}  // namespace stegvis::domain
