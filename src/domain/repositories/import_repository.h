#pragma once
// Staged imports, inside one transaction (domain/store.h): of a measure's values (used by
// domain/imports.h) and of a project's long tables (domain/long_table_imports.h).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/import_columns_record.h"
#include "domain/long_table_import_record.h"
#include "domain/observation_import_record.h"

namespace stegvis::domain {

class ImportRepository {
 public:
  virtual ~ImportRepository() = default;

  // Stores a new import; returns its id.
  virtual Id Create(const ObservationImport& staged) = 0;
  virtual std::optional<ObservationImport> Find(Id id) = 0;
  // Marks the import committed at `now`.
  virtual void MarkCommitted(Id id, std::int64_t now) = 0;
  // Deletes the imports of the measure still staged by `created_by` before `newer` (which
  // replaces them). Called after `newer` is stored, so that SQLite, which may give a deleted
  // row's id to the next insert, never gives a replaced import's id to its replacement.
  virtual void DeleteStagedBefore(Id measure_id, const std::string& created_by, Id newer) = 0;

  // The same for a project's long tables.
  virtual Id CreateLongTable(const LongTableImport& staged) = 0;
  virtual std::optional<LongTableImport> FindLongTable(Id id) = 0;
  virtual void MarkLongTableCommitted(Id id, std::int64_t now) = 0;
  virtual void DeleteStagedLongTablesBefore(Id project_id, const std::string& created_by,
                                            Id newer) = 0;

  // The headings a measure's import remembers (domain/import_columns.h), by heading.
  virtual std::vector<ImportColumnChoice> ListColumnChoices(Id measure_id) = 0;
  // Stores the choice, replacing the measure's choice of the same heading.
  virtual void SaveColumnChoice(const ImportColumnChoice& choice) = 0;
  virtual void DeleteColumnChoice(Id measure_id, const std::string& heading) = 0;
  // The headings a project's long tables remember (domain/long_table_columns.h), by heading.
  virtual std::vector<LongColumnChoice> ListLongColumnChoices(Id project_id) = 0;
  // Stores the choice, replacing the project's choice of the same heading.
  virtual void SaveLongColumnChoice(const LongColumnChoice& choice) = 0;
  virtual void DeleteLongColumnChoice(Id project_id, const std::string& heading) = 0;
};

}  // namespace stegvis::domain
