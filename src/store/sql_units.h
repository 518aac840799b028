#pragma once
// domain::UnitRepository on a SQL connection: organisations and their unit trees.

#include "domain/repositories/unit_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlUnits final : public domain::UnitRepository {
 public:
  explicit SqlUnits(SqlConnection& db) : db_(db) {}

  std::vector<domain::Organisation> ListOrganisations() override;
  domain::Id CreateOrganisation(const std::string& name, std::int64_t now) override;
  std::optional<domain::Organisation> FindOrganisation(domain::Id organisation_id) override;
  void SetSuppressionThreshold(domain::Id organisation_id, int threshold) override;
  std::vector<domain::Unit> List(domain::Id organisation_id) override;
  std::optional<domain::Unit> Find(domain::Id unit_id) override;
  std::vector<domain::Id> Ancestry(domain::Id unit_id) override;
  domain::Id Create(const domain::NewUnit& unit, std::int64_t now) override;
  void Update(const domain::Unit& unit) override;
  void Delete(domain::Id unit_id) override;

 private:
  SqlConnection& db_;
};

}  // namespace stegvis::store
