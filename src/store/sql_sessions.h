#pragma once
// domain::SessionRepository on a SQL connection: sessions, failed-login counters and
// password reset tokens.

#include "domain/repositories/session_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlSessions final : public domain::SessionRepository {
 public:
  explicit SqlSessions(SqlConnection& db) : db_(db) {}

  void Create(const domain::SessionRecord& session) override;
  std::optional<domain::SessionLookup> Find(const std::string& id_hash) override;
  void Touch(const std::string& id_hash, std::int64_t now) override;
  void Delete(const std::string& id_hash) override;
  void DeleteForUser(domain::Id user_id) override;
  void DeleteExpired(std::int64_t idle_before, std::int64_t created_before) override;
  std::optional<domain::LoginFailures> FindLoginFailures(const std::string& subject) override;
  void SaveLoginFailures(const domain::LoginFailures& failures) override;
  void DeleteLoginFailures(const std::string& subject) override;
  void DeleteLoginFailuresWithPrefix(const std::string& prefix) override;
  void DeleteStaleLoginFailures(std::int64_t failed_before, std::int64_t now, int limit) override;
  std::vector<domain::LoginFailures> ListLocked(const std::string& prefix,
                                                std::int64_t now) override;
  void CreatePasswordReset(const domain::PasswordReset& reset) override;
  std::optional<domain::PasswordReset> FindPasswordReset(const std::string& token_hash) override;
  void MarkPasswordResetUsed(const std::string& token_hash, std::int64_t now) override;
  void RevokePasswordResets(domain::Id user_id, std::int64_t now) override;

 private:
  SqlConnection& db_;
};

}  // namespace stegvis::store
