#pragma once
// Reading CSV as people actually save it: Excel's Swedish dialect (`;` separators, decimal
// comma, UTF-8 BOM, CRLF) as well as plain `,` files. Parsing text into a table of strings is
// one step; turning a column into numbers, dates or stats::Row is another, so the errors can
// name the row and column.

#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "stats/analysis.h"

namespace stegvis::io {

// A parsed CSV file: the header and the data rows, all as text (quotes removed).
struct CsvTable {
  std::vector<std::string> header;             // column names, trimmed of surrounding spaces
  std::vector<std::vector<std::string>> rows;  // data rows; each has header.size() fields
  char separator = ',';                        // the detected separator: ',' ';' or '\t'
  // The line of the file (from 1) the header and each data row began on, so that an error
  // can name the line a spreadsheet shows even after blank lines or line breaks in quotes.
  std::size_t header_line = 0;
  std::vector<std::size_t> lines;  // one per row
};

// Parses CSV text. The separator is detected from the header line (outside quotes): ';' if it
// has at least as many ';' as ',', a tab if it has only tabs, else ','. Text that is not valid
// UTF-8 is read as Windows-1252 (Excel's "CSV" in Swedish Windows); fields are UTF-8 after
// parsing. Accepts a UTF-8 BOM,
// LF or CRLF line ends, fields in double quotes (with "" for a quote, and separators and line
// breaks inside), and blank lines (skipped). A missing last field is empty; an empty field
// means missing. Fails with Error::Invalid when the text is empty (key "error.csv.empty"), a
// quote is not closed (field "row N", key "error.csv.unclosed_quote"), or a row has more
// fields than the header (field "row N", key "error.csv.too_many_fields", parameter "max":
// the header's fields); rows are counted from 1 after the header, and every error has the
// parameter "line": the file's line the record began on.
core::Result<CsvTable> ParseCsv(std::string_view text);

// The index of the column called `name` in table.header (exact match after trimming).
// Fails with Error::Invalid (field = name) when there is no such column.
core::Result<std::size_t> FindColumn(const CsvTable& table, std::string_view name);

// The values of column `name` as numbers (core::ParseDecimal: "1,5", "1.5", "1 234,5"); an
// empty cell gives NaN (missing).
// Fails with Error::Invalid, field "row N" (1-based data row) and a message naming the column,
// when a cell is not a number or is NaN/Inf text; or when the column does not exist.
core::Result<std::vector<double>> NumericColumn(const CsvTable& table, std::string_view name);

// One value of an x column: the sort key and the text as written.
struct XValue {
  double x = stats::kMissing;  // the number, or days since 1970-01-01 for a date
  std::string label;           // the cell as written (trimmed)
};

// The values of an x column. If the first non-empty cell is a date (core::Date::Parse:
// YYYY-MM-DD) every cell must be a date; otherwise every cell must be a number (as
// NumericColumn reads them). Fails with Error::Invalid naming the row
// for an empty cell, a cell of the other kind, or text that is neither.
core::Result<std::vector<XValue>> XColumn(const CsvTable& table, std::string_view name);

// Which columns make the rows of a chart. Empty names are not read.
struct RowColumns {
  std::string x = "x";  // sort key (number or date); required
  std::string y = "y";  // value or numerator; required
  std::string n;        // denominator; optional
  std::string phase;    // phase label for parts; optional
};

// Turns `table` into engine rows using `columns`. Fails with the first error of XColumn or
// NumericColumn, or when a named column does not exist.
core::Result<std::vector<stats::Row>> ReadRows(const CsvTable& table, const RowColumns& columns);

}  // namespace stegvis::io
