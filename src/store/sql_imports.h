#pragma once
// domain::ImportRepository on a SQL connection: staged imports of a measure's values and of a
// project's long tables.

#include "domain/repositories/import_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlImports final : public domain::ImportRepository {
 public:
  explicit SqlImports(SqlConnection& db) : db_(db) {}

  domain::Id Create(const domain::ObservationImport& staged) override;
  std::optional<domain::ObservationImport> Find(domain::Id id) override;
  void MarkCommitted(domain::Id id, std::int64_t now) override;
  void DeleteStagedBefore(domain::Id measure_id, const std::string& created_by,
                          domain::Id newer) override;
  domain::Id CreateLongTable(const domain::LongTableImport& staged) override;
  std::optional<domain::LongTableImport> FindLongTable(domain::Id id) override;
  void MarkLongTableCommitted(domain::Id id, std::int64_t now) override;
  void DeleteStagedLongTablesBefore(domain::Id project_id, const std::string& created_by,
                                    domain::Id newer) override;
  std::vector<domain::ImportColumnChoice> ListColumnChoices(domain::Id measure_id) override;
  void SaveColumnChoice(const domain::ImportColumnChoice& choice) override;
  void DeleteColumnChoice(domain::Id measure_id, const std::string& heading) override;
  std::vector<domain::LongColumnChoice> ListLongColumnChoices(domain::Id project_id) override;
  void SaveLongColumnChoice(const domain::LongColumnChoice& choice) override;
  void DeleteLongColumnChoice(domain::Id project_id, const std::string& heading) override;

 private:
  SqlConnection& db_;
};

}  // namespace stegvis::store
