#pragma once
// The domain's data access (StoreTx) on one SQLite connection inside an open transaction.

#include "domain/store.h"
#include "store/sqlite_connection.h"

namespace stegvis::store {

class SqliteTx final : public domain::StoreTx {
 public:
  explicit SqliteTx(SqliteConnection& connection) : db_(connection) {}

  std::vector<domain::Organisation> ListOrganisations() override;
  std::vector<domain::Unit> ListUnits(domain::Id organisation_id) override;
  std::optional<domain::Unit> FindUnit(domain::Id unit_id) override;
  std::optional<domain::User> FindUserByEmail(const std::string& email) override;
  domain::Id CreateOrganisation(const std::string& name, std::int64_t now) override;
  domain::Id CreateUnit(const domain::NewUnit& unit, std::int64_t now) override;
  domain::Id CreateUser(const domain::NewUser& user, std::int64_t now) override;

 private:
  SqliteConnection& db_;
};

}  // namespace stegvis::store
