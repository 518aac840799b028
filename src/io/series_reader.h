#pragma once
// Reading the rows of a chart straight from a CSV file into a stats::Series: one pass over the
// file in fixed-size pieces, numbers read with std::from_chars, no table of strings. For long
// series (`stegvis chart` on millions of rows); it reads only the plain files it can read
// exactly as ParseCsv + ReadRows would, and leaves every other file to them.

#include <optional>
#include <string>

#include "io/csv.h"
#include "stats/analysis.h"

namespace stegvis::io {

// The rows of `columns` in the CSV file at `path`, or nothing when the file should be read
// with ParseCsv and ReadRows instead: it cannot be opened; it has a quote, a space or a byte
// outside ASCII (other than a leading UTF-8 BOM) or a lone carriage return; it has no header,
// lacks a named column, or a row has more fields than the header; or a cell is not a plain
// number (digits with an optional '-' and one decimal mark: '.', or ',' when the separator is
// not ',') or, in a date column, a date (YYYY-MM-DD); or an x cell is empty. Those files get
// their rows, or the error naming the row, from the full reader.
//
// The values are those ReadRows gives. Labels are kept only for dates: a plain number reads
// back as its x, so writers print x itself (io/analysis_writer.h) and a label adds nothing.
std::optional<stats::Series> ReadPlainSeries(const std::string& path, const RowColumns& columns);

}  // namespace stegvis::io
