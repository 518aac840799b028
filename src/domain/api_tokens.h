#pragma once
// Personal API tokens: a signed-in user creates, lists and revokes their own; a request that
// sends one as `Authorization: Bearer …` acts as that user (web/http/access_guard.h).
//
// The token is "stegvis_pat_" and 64 hex characters (32 bytes from libsodium's CSPRNG, as
// session ids are made): the prefix lets secret scanners recognise a leaked one. The database
// holds only its SHA-256 (HashToken). A fast hash is right here, unlike for passwords:
// the secret has 256 bits of entropy, so there is nothing to guess from a stolen hash, and
// a slow hash (argon2) on every API request would let anyone with a bad token make the
// server burn a core per request. The lookup is by that hash, so no secret is ever compared
// byte by byte in time that depends on it.
//
// What is recorded: creating and revoking a token is audited; every write a token makes is
// audited like any other write, with the token's name (Actor::api_token); a read only sets
// the token's last_used_at, at most once per kApiTokenTouchSeconds, so the audit trail does
// not grow with every GET.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/api_token.h"
#include "domain/audit.h"
#include "domain/store.h"

namespace stegvis::domain {

inline constexpr std::string_view kApiTokenPrefix = "stegvis_pat_";
inline constexpr std::int64_t kApiTokenDefaultDays = 90;
inline constexpr std::int64_t kApiTokenMaxDays = 365;
inline constexpr std::size_t kMaxApiTokensPerUser = 20;
inline constexpr std::size_t kMaxApiTokenNameChars = 80;
// last_used_at is written at most this often.
inline constexpr std::int64_t kApiTokenTouchSeconds = 60;

struct NewApiToken {
  std::string name;
  bool write = false;
  std::int64_t days = kApiTokenDefaultDays;  // 1..kApiTokenMaxDays
};

struct CreatedApiToken {
  Id id = 0;
  std::string token;  // the secret: shown once, never stored
  std::int64_t expires_at = 0;
};

// A request's token, recognised: the user it acts as (principal.api_token holds the token's
// name) and the data version at the same moment.
struct ApiTokenUse {
  Principal principal;
  ApiToken token;
  std::int64_t data_version = 0;
};

// Every wrong field of `token` at once: "name" (error.token.name_required,
// error.token.name_too_long), "days" (error.token.days).
std::vector<core::Error> ApiTokenErrors(const NewApiToken& token);

// Creates a token for the principal's own account, valid for `token.days` days. Expired
// tokens of the user are deleted first. Errors: the first of ApiTokenErrors; kInvalidInput
// field "name" with key error.token.name_taken (a live token of the user has the name) or
// error.token.too_many (the user has kMaxApiTokensPerUser). Audited ("create", "api_token").
core::Result<CreatedApiToken> CreateApiToken(Store& store, const core::Clock& clock,
                                             const Principal& principal, const Actor& actor,
                                             const NewApiToken& token);

// The principal's own tokens, newest first (expired ones too, until they are replaced).
core::Result<std::vector<ApiToken>> ListApiTokens(Store& store, const Principal& principal);

// Deletes one of the principal's own tokens. kNotFound (NotFoundObject) for an unknown
// token and for another user's. Audited ("delete", "api_token").
core::Result<void> RevokeApiToken(Store& store, const core::Clock& clock,
                                  const Principal& principal, const Actor& actor, Id token_id);

// The token `bearer` names. kUnauthenticated (key error.token.invalid, the same for every
// case) when it is not of the token's shape, unknown (or revoked), expired, or its user is
// deactivated. Sets last_used_at when it is older than kApiTokenTouchSeconds.
core::Result<ApiTokenUse> AuthenticateApiToken(Store& store, const core::Clock& clock,
                                               std::string_view bearer);

}  // namespace stegvis::domain
