#pragma once
// Importing a file of one measure's values: stage it (read, kept, previewed), read the
// preview again, and commit it — all or nothing, through the grid's own save (SaveCells), so
// the same validation, version check and audit apply, and the trail names the file.
//
// Callers acting for a signed-in user pass the principal: it must be allowed to change the
// measure (kChange on its team) to stage, read or commit an import; an import or measure of
// another organisation is kNotFound. The command line acts with no principal.

#include <cstdint>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/import_columns_record.h"
#include "domain/measure.h"
#include "domain/observation_import.h"
#include "domain/observation_import_record.h"
#include "domain/store.h"

namespace stegvis::domain {

// The longest file name kept (longer ones are cut, in code points).
inline constexpr std::size_t kMaxImportFileNameChars = 200;

// A file's name as an import keeps it: trimmed, without control characters, at most
// kMaxImportFileNameChars code points.
std::string KeptFileName(std::string_view name);

// An import with its measure and its preview as of now (against what is stored now).
struct ImportDetails {
  ObservationImport record;
  Measure measure;
  ImportPreview preview;
  std::vector<ImportColumnChoice> remembered;  // the headings the measure remembers
};

// The file as the database keeps it (ObservationImport::sheet_json), and back. DecodeSheet
// fails with kInternal on text EncodeSheet did not write.
std::string EncodeSheet(const ImportSheet& sheet);
core::Result<ImportSheet> DecodeSheet(const std::string& json);

// Stages `sheet` (read from the file `file_name`) for the measure and returns its preview.
// Fails with kInvalidInput, field "file", key "error.import.too_many_rows" (parameter "max")
// when it has more data rows than kMaxPeriodsPerMeasure; kNotFound / kForbidden as above.
// The uploader's earlier staged imports of the measure are deleted. Audited ("create",
// "import").
core::Result<ImportDetails> StageImport(Store& store, const core::Clock& clock,
                                        const Principal* acting, const Actor& actor, Id measure_id,
                                        const std::string& file_name, const ImportSheet& sheet,
                                        const HeaderWords& words);

// The import with its preview recomputed against the measure's data now.
core::Result<ImportDetails> LoadImport(Store& store, const core::Clock& clock,
                                       const Principal* acting, Id import_id,
                                       const HeaderWords& words);

struct CommittedImport {
  Id measure_id = 0;
  int changed = 0;  // cells written or removed
};

// Saves every cell of the import in one transaction. Refused with kConflict, key
// "error.import.committed" when it was committed before; kInvalidInput, field "file", key
// "error.import.has_problems" (parameter "count") while its preview has problems; and as
// SaveCells otherwise (kConflict "error.changed_by" when the grid was saved after the file was
// read). Audited: the cells as the grid's save records them, and one event ("import",
// "observation", the measure) naming the import and its file.
core::Result<CommittedImport> CommitImport(Store& store, const core::Clock& clock,
                                           const Principal* acting, const Actor& actor,
                                           Id import_id, const HeaderWords& words);

}  // namespace stegvis::domain
