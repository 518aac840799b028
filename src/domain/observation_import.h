#pragma once
// Reading a file of one measure's values, laid out like the observation grid: periods down,
// groups across, a header row first. Pure: the file arrives as a table of text (io::ParseCsv
// reads the bytes), the words a header may use arrive from the caller (the catalogue), and the
// result is a preview — every row's reading and every problem named by row and column — and
// the batch of cells SaveObservations would save.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "domain/kolada_source.h"
#include "domain/measure.h"
#include "domain/observation_grid.h"

namespace stegvis::domain {

// The largest file an import takes: far more than kMaxPeriodsPerMeasure rows of a grid ever
// need (a row of three numerators and denominators is under 100 bytes), and under the HTTP
// server's body limit with room for a form's multipart wrapping.
inline constexpr std::size_t kMaxImportBytes = 1'000'000;

// A file as text: its header row and data rows (each as long as the header), and the line of
// the file the header and each data row began on.
struct ImportSheet {
  std::vector<std::string> header;
  std::size_t header_line = 1;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::size_t> lines;  // one per row
  std::string sheet = {};          // the workbook sheet the rows come from; empty for CSV
  // The Kolada key figure the rows are (a Kolada file: header Period, K, M, T), if any.
  std::optional<KoladaSource> kolada = {};
};

// What a header cell may say, in every language the catalogue has: the grid's own words. The
// first word of each list is the one a problem names (the reader's language).
struct HeaderWords {
  std::vector<std::string> period;                         // "Period"
  std::map<std::string, std::vector<std::string>> groups;  // "women" -> "Kvinnor", "Women"
  std::vector<std::string> numerator;                      // "täljare", "numerator"
  std::vector<std::string> denominator;                    // "nämnare", "denominator"
};

// A header or group word as imports compare it: ASCII lower case, without surrounding spaces.
std::string NormalWord(std::string_view text);
// Whether one of `words`, compared as NormalWord, is `normal` (a NormalWord already).
bool AnyWordIs(const std::vector<std::string>& words, std::string_view normal);

// What a column of the file holds.
struct ImportColumn {
  enum class Kind { kPeriod, kValue, kDenominator };
  Kind kind = Kind::kPeriod;
  std::string group;  // kValue and kDenominator: a group of GroupsOf(measure.grouping)
};

// What a measure's import remembers of headings that are not the grid's words
// (domain/import_columns.h): NormalWord(heading) → the column, or nullopt for a column skipped.
using RememberedColumns = std::map<std::string, std::optional<ImportColumn>, std::less<>>;

// One problem of a file. `error` carries the key and parameters of the words.
struct ImportProblem {
  std::size_t line = 0;    // the file's line (the header's for a column problem); 0: the file
  std::size_t column = 0;  // 1-based; 0: the whole row or file
  std::string heading;     // the column's header as written; empty with column 0
  core::Error error;
  std::string written = {};  // the cell as written, when the problem is one cell's
};

// One data row as read: the period (canonical when it could be read, else as written) and,
// per column of the header, the cell (a number in canonical form, else as written).
struct ImportRow {
  std::size_t line = 0;
  std::string period;
  std::vector<std::string> cells;  // one per header column; the period column's too
};

struct ImportPreview {
  std::string sheet;                   // ImportSheet::sheet
  std::optional<KoladaSource> kolada;  // ImportSheet::kolada
  std::vector<std::string> header;
  std::vector<std::optional<ImportColumn>> columns;  // per header column; nullopt: not mapped
  std::vector<ImportRow> rows;
  std::vector<ImportProblem> problems;  // by line, then column; empty: the file may be saved
  std::vector<CellInput> cells;         // the batch: every period × group the file names
};

// "A", "B", …, "Z", "AA": the column letter a spreadsheet shows for a 1-based column.
std::string ColumnLetter(std::size_t column);

// Reads `sheet` for `measure`. The header maps itself: a cell equal to one of `words.period`
// is the period column; one equal to a group's word (optionally followed by the numerator or
// denominator word, in brackets or not) holds that group's value or denominator; comparison
// ignores ASCII case and surrounding spaces. Problems, each naming line and column:
// a header cell that is none of these, or names a column twice ("error.import.unknown_column",
// "error.import.duplicate_column", with the parameter "columns": the words expected), no
// period column ("error.import.no_period"), a denominator column without its value column;
// then every row's period and cells as the grid checks them (CheckEachCell, ImpossibleCells
// against `stored` and `current`, the period that contains today), naming the cell's column.
// An empty cell means missing: saving removes what is stored there, as in the grid.
// A heading `remembered` names maps as it says (before the grid's words), and a column it skips
// is neither read nor a problem.
// Kolada's figures (sheet.kolada) are yearly and one value per group: for a measure of
// another frequency ("error.kolada.not_yearly", parameter "frequency") or with a denominator
// ("error.kolada.needs_denominator") the preview has that one problem about the whole file.
ImportPreview PreviewImport(const Measure& measure, const ImportSheet& sheet,
                            const HeaderWords& words, const std::vector<Observation>& stored,
                            const std::string& current, const RememberedColumns& remembered = {});

}  // namespace stegvis::domain
