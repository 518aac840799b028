#pragma once
// domain::UserRepository on a SQL connection: users and their roles.

#include "domain/repositories/user_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlUsers final : public domain::UserRepository {
 public:
  explicit SqlUsers(SqlConnection& db) : db_(db) {}

  std::vector<domain::User> List(domain::Id organisation_id) override;
  std::optional<domain::User> Find(domain::Id user_id) override;
  std::optional<domain::User> FindByEmail(const std::string& email) override;
  domain::Id Create(const domain::NewUser& user, std::int64_t now) override;
  void CreateMany(const std::vector<domain::NewUser>& users, std::int64_t now) override;
  std::optional<std::string> FindPasswordHash(domain::Id user_id) override;
  void SetPasswordHash(domain::Id user_id, const std::string& hash) override;
  void SetActive(domain::Id user_id, bool active) override;
  std::vector<domain::User> ListTeamMembers(domain::Id team_id) override;
  std::vector<domain::Id> ListScoped(domain::ScopeKind scope_kind, domain::Id scope_id) override;
  std::vector<domain::Membership> ListMemberships(domain::Id user_id) override;
  std::optional<domain::Id> AddMembership(const domain::Membership& membership,
                                          std::int64_t now) override;
  void DeleteMembership(domain::Id membership_id) override;

 private:
  SqlConnection& db_;
};

}  // namespace stegvis::store
