#include "store/sql_api_tokens.h"

#include "store/tables.h"

namespace stegvis::store {

domain::Id SqlApiTokens::Create(const domain::ApiToken& token) {
  return Insert(db_, token);
}

std::optional<domain::ApiToken> SqlApiTokens::FindBySecretHash(const std::string& secret_hash) {
  return FindOne<domain::ApiToken>(db_, "WHERE secret_hash = ?", secret_hash);
}

std::vector<domain::ApiToken> SqlApiTokens::ListForUser(domain::Id user_id) {
  return List<domain::ApiToken>(db_, "WHERE user_id = ? ORDER BY created_at DESC, id DESC",
                                user_id);
}

void SqlApiTokens::Touch(domain::Id id, std::int64_t now) {
  Run(db_, "UPDATE api_tokens SET last_used_at = ? WHERE id = ?", now, id);
}

void SqlApiTokens::Delete(domain::Id id) {
  Run(db_, "DELETE FROM api_tokens WHERE id = ?", id);
}

void SqlApiTokens::DeleteForUser(domain::Id user_id) {
  Run(db_, "DELETE FROM api_tokens WHERE user_id = ?", user_id);
}

void SqlApiTokens::DeleteExpiredForUser(domain::Id user_id, std::int64_t now) {
  Run(db_, "DELETE FROM api_tokens WHERE user_id = ? AND expires_at <= ?", user_id, now);
}

}  // namespace stegvis::store
