#pragma once
// The first sheet of an Excel workbook (.xlsx) as a table of text, the way a person sees it:
// unpacked with libzip and parsed with libxml2 (xlsx/zip_parts.h, xlsx/xml_cursor.h), never
// by hand. A number is its shortest decimal text ("12.5"), a date its ISO text ("2026-03-01",
// or "2026-03" when its format shows a year and month only), a text as written, a formula its
// last computed value.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace stegvis::xlsx {

// What the reader takes at most: the unpacked size of each part, and the cells of the sheet.
inline constexpr std::size_t kMaxPartBytes = 32 * 1024 * 1024;
inline constexpr std::size_t kMaxCells = 1'000'000;

struct SheetTable {
  std::string sheet;                           // the sheet's name
  std::vector<std::string> header;             // the first row with a value, trimmed
  std::size_t header_line = 1;                 // its row number in the sheet
  std::vector<std::vector<std::string>> rows;  // the rows below with a value; header.size() each
  std::vector<std::size_t> lines;              // each row's number in the sheet
};

// True when `bytes` begin as a zip archive does (an .xlsx is one).
bool LooksLikeZip(std::string_view bytes);

// Reads the first sheet of `bytes`. The table is as wide as the widest row (a header cell
// may then be empty); rows without any value are left out. Fails with kInvalidInput, field
// "file": "error.xlsx.not_a_workbook" (not a zip archive, a part missing or not well-formed
// XML, a DTD), "error.xlsx.no_sheet", "error.xlsx.part_too_large" (parameter "max") over
// kMaxPartBytes, or over kMaxCells cells with a value or in the table, "error.xlsx.empty_sheet"
// when no cell has a value.
core::Result<SheetTable> ReadFirstSheet(std::string_view bytes);

// The step of ReadFirstSheet after unpacking: the sheet's XML with the workbook's shared
// strings and styles (absent when the workbook has none). The table's `sheet` is left empty.
// Fails as ReadFirstSheet.
core::Result<SheetTable> ReadSheetParts(const std::string& sheet_xml,
                                        const std::optional<std::string>& shared_strings_xml,
                                        const std::optional<std::string>& styles_xml,
                                        bool date1904);

}  // namespace stegvis::xlsx
