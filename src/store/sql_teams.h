#pragma once
// domain::TeamRepository on a SQL connection.

#include "domain/repositories/team_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlTeams final : public domain::TeamRepository {
 public:
  explicit SqlTeams(SqlConnection& db) : db_(db) {}

  std::vector<domain::Team> List(domain::Id organisation_id) override;
  std::optional<domain::Team> Find(domain::Id team_id) override;
  domain::Id Create(const domain::NewTeam& team, std::int64_t now) override;
  void Update(const domain::Team& team) override;
  void Delete(domain::Id team_id) override;

 private:
  SqlConnection& db_;
};

}  // namespace stegvis::store
