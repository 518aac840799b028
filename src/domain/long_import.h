#pragma once
// Importing a long table (domain/long_table.h) of many measures of one project at once: the
// file is read record by record as it streams in, each measure's rows are checked as the grid
// checks them (every problem named by line and column), and everything is saved in one
// transaction — or, when the file has any problem, nothing. Memory stays bounded: the rows of
// one measure at a time (at most kMaxPeriodsPerMeasure periods) and 8 bytes per value read.
//
// The audit trail: one event per measure ("import", "observation", the measure) naming the
// file and counting the values created, changed and removed; a value that replaces or removes
// a stored one is also its own event with before and after, as a save of the grid records it.
// Callers acting for a signed-in user pass the principal: it must be allowed to change the
// project (kChange on its team); the command line acts with none.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/long_table.h"
#include "domain/observation_import.h"
#include "domain/store.h"

namespace stegvis::domain {

// Where the records come from: a CSV file read as it streams (web/improvement/long_import_file.h),
// or a sheet read whole (SheetRecords).
class RecordSource {
 public:
  virtual ~RecordSource() = default;
  // The next record and the file's line it began on; false at the end.
  virtual core::Result<bool> Next(std::vector<std::string>& fields, std::size_t& line) = 0;
};

// The rows of a sheet read whole (an Excel workbook's first sheet, or a staged file) as
// records: the header, then every row, each with its line (its row number in a workbook). A
// workbook's table is as wide as its widest row: empty cells past the header's last heading
// are left off, so that a value there is a row longer than its header.
class SheetRecords : public RecordSource {
 public:
  explicit SheetRecords(const ImportSheet& sheet);
  core::Result<bool> Next(std::vector<std::string>& fields, std::size_t& line) override;

 private:
  const ImportSheet& sheet_;
  std::size_t width_ = 0;  // the header's cells up to its last heading
  std::size_t next_ = 0;   // 0: the header; i + 1: sheet_.rows[i]
};

// The most data rows one file may have, and the most problems a refusal lists (all are counted).
inline constexpr std::size_t kMaxLongTableRows = 10'000'000;
inline constexpr std::size_t kMaxListedProblems = 100;

// One measure a long table names: its rows, and (when the file has no problem) the values it
// saves.
struct LongImportMeasure {
  Id id = 0;
  std::string name;
  std::size_t rows = 0, created = 0, changed = 0, removed = 0;
};

struct LongImportResult {
  std::vector<std::string> header;            // the file's header row, as written
  LongTableRemembered remembered;             // the project's remembered headings, as read
  std::size_t rows = 0;                       // data rows read
  std::size_t measures = 0;                   // measures the rows name
  std::vector<LongImportMeasure> by_measure;  // those measures, by name
  std::size_t created = 0;                    // values saved where there was none
  std::size_t changed = 0;                    // stored values replaced
  std::size_t removed = 0;                    // stored values removed by an empty cell
  // The first kMaxListedProblems problems, from the top of the file down, and how many there
  // were in all. Nothing was saved when there is any.
  bool saved = false;  // false when there were problems, or only checking
  std::vector<ImportProblem> problems;
  std::size_t problem_count = 0;
};

// What a caller does inside the import's transaction before the file is read (after the project
// is checked): a refusal ends the import with it; what it writes is rolled back with the import.
using InTransaction = std::function<core::Result<void>(StoreTx&)>;

// Reads `source` (the file `file_name`, kept as KeptFileName keeps it) for the project. A row's
// header maps by the project's remembered headings (domain/long_table_columns.h), then by
// `words`. A row's measure is the measure's id (as in /matt/ID) or its name (ASCII case and
// surrounding spaces ignored) among the project's measures; its group one of `words.groups`; its
// period, value and denominator as the grid takes them. Problems (never an error): the header's
// (MapLongTable), a measure the project does not have ("error.import.unknown_measure"), an empty
// measure cell
// ("error.import.no_measure") or a name two of its measures share
// ("error.import.ambiguous_measure"), a group the cell does not name
// ("error.import.unknown_group", parameter "groups"), a row with more cells than the header
// ("error.csv.too_many_fields"), more than kMaxLongTableRows rows
// ("error.import.long_too_many_rows", parameter "max"), an empty file ("error.csv.empty"), the same
// measure, period and group twice ("error.duplicate_cell"), and every cell problem of CheckCells.
// Fails with kNotFound / kForbidden for the project (as CheckedProject with kChange), and with a
// CSV reading error of `source` (field "file"). With `check_only` the whole import runs — every
// check, every write and so every count — and is then rolled back: nothing is saved, whatever the
// file, and nothing is audited.
core::Result<LongImportResult> ImportLongTable(Store& store, const core::Clock& clock,
                                               const Principal* acting, const Actor& actor,
                                               Id project_id, const std::string& file_name,
                                               RecordSource& source, const LongTableWords& words,
                                               bool check_only = false,
                                               const InTransaction& within = {});

}  // namespace stegvis::domain
