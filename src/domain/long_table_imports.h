#pragma once
// Importing a long table of a project's measures from the project's import page: stage the
// file (read, kept, checked), read its preview again, and commit it — all or nothing, by
// ImportLongTable (domain/long_import.h), so the checks and the audit trail are those of
// `stegvis import --project` and of the API. The preview is the whole import done and rolled
// back: every problem by line and column, and what each measure would gain, change and lose.
//
// Only those who may change the project (kChange on its team) stage, read or commit; a staged
// table of another project, or of another organisation's, is kNotFound.

#include <string>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/long_import.h"
#include "domain/long_table_import_record.h"
#include "domain/observation_import.h"
#include "domain/project.h"
#include "domain/store.h"

namespace stegvis::domain {

struct LongTableDetails {
  LongTableImport record;
  Project project;
  // The file's import: checked against the measures' data now and rolled back (`saved` false),
  // or, from CommitLongTable, saved (or refused for its problems).
  LongImportResult check;
};

// Stages `sheet` (read from the file `file_name`) for the project; LoadLongTable previews it.
// The uploader's earlier staged tables of the project are deleted. Audited ("create",
// "long_table_import"). Refused: a Kolada file (kInvalidInput, field "file",
// "error.import.long_kolada": Kolada's figures are imported into one measure at a time);
// kNotFound / kForbidden as above.
core::Result<LongTableImport> StageLongTable(Store& store, const core::Clock& clock,
                                             const Principal& acting, const Actor& actor,
                                             Id project_id, const std::string& file_name,
                                             const ImportSheet& sheet);

// The staged table's record alone, found as LoadLongTable finds it (no preview is run).
core::Result<LongTableImport> FindLongTable(Store& store, const Principal& acting, Id project_id,
                                            Id import_id);

// The staged table with its preview against the measures' data now.
core::Result<LongTableDetails> LoadLongTable(Store& store, const core::Clock& clock,
                                             const Principal& acting, Id project_id, Id import_id,
                                             const LongTableWords& words);

// Saves the staged table by ImportLongTable and marks it committed, in one transaction. The
// details' `check` has `saved` true, or the problems the file has against the data now (then
// nothing was saved and it stays staged). Refused with kConflict, key "error.import.committed",
// when it was committed before.
core::Result<LongTableDetails> CommitLongTable(Store& store, const core::Clock& clock,
                                               const Principal& acting, const Actor& actor,
                                               Id project_id, Id import_id,
                                               const LongTableWords& words);

}  // namespace stegvis::domain
