#pragma once
// domain::ApiTokenRepository on a SQL connection: personal API tokens.

#include "domain/repositories/api_token_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlApiTokens final : public domain::ApiTokenRepository {
 public:
  explicit SqlApiTokens(SqlConnection& db) : db_(db) {}

  domain::Id Create(const domain::ApiToken& token) override;
  std::optional<domain::ApiToken> FindBySecretHash(const std::string& secret_hash) override;
  std::vector<domain::ApiToken> ListForUser(domain::Id user_id) override;
  void Touch(domain::Id id, std::int64_t now) override;
  void Delete(domain::Id id) override;
  void DeleteForUser(domain::Id user_id) override;
  void DeleteExpiredForUser(domain::Id user_id, std::int64_t now) override;

 private:
  SqlConnection& db_;
};

}  // namespace stegvis::store
