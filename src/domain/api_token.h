#pragma once
// A personal API token: a user's credential for scripts and other systems, sent as
// `Authorization: Bearer stegvis_pat_<64 hex>`. Only the secret's hash is stored.

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "core/describe.h"
#include "domain/organisation.h"

namespace stegvis::domain {

struct ApiToken {
  Id id = 0;
  Id user_id = 0;
  std::string name;
  std::string secret_hash;  // HashToken of the whole token; never shown
  bool write = false;       // false: GET and HEAD only
  std::int64_t created_at = 0;
  std::int64_t expires_at = 0;
  std::optional<std::int64_t> last_used_at;
};

// Tokens are shown to their owner (name, times, write); the hash never leaves the server.
constexpr auto Describe(std::type_identity<ApiToken>) {
  return std::tuple{
      core::Field("id", &ApiToken::id, core::kKey),
      core::Field("user_id", &ApiToken::user_id, core::kFixed | core::kInternal),
      core::Field("name", &ApiToken::name, core::kFixed),
      core::Field("secret_hash", &ApiToken::secret_hash, core::kFixed | core::kInternal),
      core::Field("write", &ApiToken::write, core::kFixed),
      core::Field("created_at", &ApiToken::created_at, core::kFixed | core::kUnixTime),
      core::Field("expires_at", &ApiToken::expires_at, core::kFixed | core::kUnixTime),
      core::Field("last_used_at", &ApiToken::last_used_at, core::kUnixTime | core::kNotAudited)};
}

}  // namespace stegvis::domain
