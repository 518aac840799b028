#include "domain/api_tokens.h"

#include <algorithm>

#include "core/text.h"
#include "domain/audit_json.h"
#include "domain/tokens.h"

namespace stegvis::domain {
namespace {

constexpr std::int64_t kDaySeconds = 24 * 60 * 60;
// The prefix and RandomToken's 64 hex characters.
constexpr std::size_t kTokenLength = kApiTokenPrefix.size() + 64;

core::Error NameError(std::string message, std::string key) {
  return core::Error::Invalid(std::move(message), "name", std::move(key));
}

core::Error Unrecognised() {
  return core::Error{
      core::ErrorCode::kUnauthenticated, "no valid API token", {}, "error.token.invalid"};
}

bool HasTokenShape(std::string_view bearer) {
  if (bearer.size() != kTokenLength || !bearer.starts_with(kApiTokenPrefix)) return false;
  return std::all_of(bearer.begin() + kApiTokenPrefix.size(), bearer.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace

std::vector<core::Error> ApiTokenErrors(const NewApiToken& token) {
  std::vector<core::Error> errors;
  if (core::IsBlank(token.name)) {
    errors.push_back(NameError("a token needs a name", "error.token.name_required"));
  } else if (core::CodePointCount(core::Trim(token.name)) > kMaxApiTokenNameChars) {
    core::Error e = NameError("the name is too long", "error.token.name_too_long");
    e.params.push_back(
        core::ErrorParam::Number("max", static_cast<std::int64_t>(kMaxApiTokenNameChars)));
    errors.push_back(std::move(e));
  }
  if (token.days < 1 || token.days > kApiTokenMaxDays) {
    core::Error e =
        core::Error::Invalid("the validity is out of range", "days", "error.token.days");
    e.params.push_back(core::ErrorParam::Number("max", kApiTokenMaxDays));
    errors.push_back(std::move(e));
  }
  return errors;
}

core::Result<CreatedApiToken> CreateApiToken(Store& store, const core::Clock& clock,
                                             const Principal& principal, const Actor& actor,
                                             const NewApiToken& input) {
  if (std::vector<core::Error> errors = ApiTokenErrors(input); !errors.empty()) {
    return core::Fail(errors.front());
  }
  const std::int64_t now = clock.NowUnixSeconds();
  const Id user_id = principal.user.id;
  // Drawn outside the transaction: a retried transaction keeps the same secret.
  const std::string secret = std::string(kApiTokenPrefix) + RandomToken();
  return store.Write([&](StoreTx& tx) -> core::Result<CreatedApiToken> {
    tx.ApiTokens().DeleteExpiredForUser(user_id, now);
    const std::vector<ApiToken> live = tx.ApiTokens().ListForUser(user_id);
    ApiToken token;
    token.user_id = user_id;
    token.name = std::string(core::Trim(input.name));
    token.secret_hash = HashToken(secret);
    token.write = input.write;
    token.created_at = now;
    token.expires_at = now + input.days * kDaySeconds;
    if (std::any_of(live.begin(), live.end(),
                    [&](const ApiToken& t) { return t.name == token.name; })) {
      return core::Fail(NameError("a token has this name", "error.token.name_taken"));
    }
    if (live.size() >= kMaxApiTokensPerUser) {
      core::Error e = NameError("too many tokens", "error.token.too_many");
      e.params.push_back(
          core::ErrorParam::Number("max", static_cast<std::int64_t>(kMaxApiTokensPerUser)));
      return core::Fail(std::move(e));
    }
    token.id = tx.ApiTokens().Create(token);
    RecordAudit(tx, actor, now, "create", "api_token", token.id, "", AuditJson(token),
                principal.user.organisation_id);
    return CreatedApiToken{token.id, secret, token.expires_at};
  });
}

core::Result<std::vector<ApiToken>> ListApiTokens(Store& store, const Principal& principal) {
  return store.Read([&](StoreTx& tx) -> core::Result<std::vector<ApiToken>> {
    return tx.ApiTokens().ListForUser(principal.user.id);
  });
}

core::Result<void> RevokeApiToken(Store& store, const core::Clock& clock,
                                  const Principal& principal, const Actor& actor, Id token_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    const std::vector<ApiToken> own = tx.ApiTokens().ListForUser(principal.user.id);
    auto it =
        std::find_if(own.begin(), own.end(), [&](const ApiToken& t) { return t.id == token_id; });
    // Another user's token is as unknown as one that never existed.
    if (it == own.end()) return core::Fail(core::Error::NotFoundObject());
    tx.ApiTokens().Delete(token_id);
    RecordAudit(tx, actor, now, "delete", "api_token", token_id, AuditJson(*it), "",
                principal.user.organisation_id);
    return {};
  });
}

core::Result<ApiTokenUse> AuthenticateApiToken(Store& store, const core::Clock& clock,
                                               std::string_view bearer) {
  // The shape is checked before anything is hashed or read: a huge or odd header costs nothing.
  if (!HasTokenShape(bearer)) return core::Fail(Unrecognised());
  const std::string secret_hash = HashToken(bearer);
  const std::int64_t now = clock.NowUnixSeconds();
  bool touch = false;
  core::Result<ApiTokenUse> use = store.Read([&](StoreTx& tx) -> core::Result<ApiTokenUse> {
    touch = false;  // a store may run this more than once (PostgreSQL retries)
    std::optional<ApiToken> token = tx.ApiTokens().FindBySecretHash(secret_hash);
    if (!token || token->expires_at <= now) return core::Fail(Unrecognised());
    std::optional<User> user = tx.Users().Find(token->user_id);
    if (!user || !user->active) return core::Fail(Unrecognised());
    touch = !token->last_used_at || now - *token->last_used_at >= kApiTokenTouchSeconds;
    ApiTokenUse out;
    out.principal = Principal{*user, tx.Users().ListMemberships(user->id)};
    out.principal.api_token = token->name;
    out.token = std::move(*token);
    out.data_version = tx.DataVersion();
    return out;
  });
  if (use && touch) {
    store.Write([&](StoreTx& tx) -> core::Result<bool> {
      tx.ApiTokens().Touch(use->token.id, now);
      return true;
    });
  }
  return use;
}

}  // namespace stegvis::domain
