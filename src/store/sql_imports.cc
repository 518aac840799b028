#include "store/sql_imports.h"

#include <string>

#include "store/tables.h"

namespace stegvis::store {

domain::Id SqlImports::Create(const domain::ObservationImport& staged) {
  return Insert(db_, staged);
}

std::optional<domain::ObservationImport> SqlImports::Find(domain::Id id) {
  return FindOne<domain::ObservationImport>(db_, "WHERE id = ?", id);
}

void SqlImports::MarkCommitted(domain::Id id, std::int64_t now) {
  Run(db_, "UPDATE observation_imports SET status = ?, committed_at = ? WHERE id = ?",
      std::string(domain::kImportCommitted), now, id);
}

void SqlImports::DeleteStagedBefore(domain::Id measure_id, const std::string& created_by,
                                    domain::Id newer) {
  Run(db_,
      "DELETE FROM observation_imports WHERE measure_id = ? AND created_by = ? AND status = ? "
      "AND id < ?",
      measure_id, created_by, std::string(domain::kImportStaged), newer);
}

domain::Id SqlImports::CreateLongTable(const domain::LongTableImport& staged) {
  return Insert(db_, staged);
}

std::optional<domain::LongTableImport> SqlImports::FindLongTable(domain::Id id) {
  return FindOne<domain::LongTableImport>(db_, "WHERE id = ?", id);
}

void SqlImports::MarkLongTableCommitted(domain::Id id, std::int64_t now) {
  Run(db_, "UPDATE long_table_imports SET status = ?, committed_at = ? WHERE id = ?",
      std::string(domain::kImportCommitted), now, id);
}

void SqlImports::DeleteStagedLongTablesBefore(domain::Id project_id, const std::string& created_by,
                                              domain::Id newer) {
  Run(db_,
      "DELETE FROM long_table_imports WHERE project_id = ? AND created_by = ? AND status = ? "
      "AND id < ?",
      project_id, created_by, std::string(domain::kImportStaged), newer);
}

std::vector<domain::ImportColumnChoice> SqlImports::ListColumnChoices(domain::Id measure_id) {
  return List<domain::ImportColumnChoice>(db_, "WHERE measure_id = ? ORDER BY heading", measure_id);
}

void SqlImports::SaveColumnChoice(const domain::ImportColumnChoice& choice) {
  Upsert(db_, choice, "measure_id, heading");
}

void SqlImports::DeleteColumnChoice(domain::Id measure_id, const std::string& heading) {
  Run(db_, "DELETE FROM import_columns WHERE measure_id = ? AND heading = ?", measure_id, heading);
}

std::vector<domain::LongColumnChoice> SqlImports::ListLongColumnChoices(domain::Id project_id) {
  return List<domain::LongColumnChoice>(db_, "WHERE project_id = ? ORDER BY heading", project_id);
}

void SqlImports::SaveLongColumnChoice(const domain::LongColumnChoice& choice) {
  Upsert(db_, choice, "project_id, heading");
}

void SqlImports::DeleteLongColumnChoice(domain::Id project_id, const std::string& heading) {
  Run(db_, "DELETE FROM long_table_columns WHERE project_id = ? AND heading = ?", project_id,
      heading);
}

}  // namespace stegvis::store
