#pragma once
// The domain's data access (StoreTx) on one SQL connection inside an open transaction.
// Written once for every engine: `?` placeholders, INSERT ... RETURNING id.

#include "domain/store.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlTx final : public domain::StoreTx {
 public:
  explicit SqlTx(SqlConnection& connection) : db_(connection) {}

  std::vector<domain::Organisation> ListOrganisations() override;
  std::vector<domain::Unit> ListUnits(domain::Id organisation_id) override;
  std::optional<domain::Unit> FindUnit(domain::Id unit_id) override;
  std::optional<domain::User> FindUserByEmail(const std::string& email) override;
  domain::Id CreateOrganisation(const std::string& name, std::int64_t now) override;
  domain::Id CreateUnit(const domain::NewUnit& unit, std::int64_t now) override;
  domain::Id CreateUser(const domain::NewUser& user, std::int64_t now) override;
  void CreateUsers(const std::vector<domain::NewUser>& users, std::int64_t now) override;

 private:
  SqlConnection& db_;
};

}  // namespace stegvis::store
