#pragma once
// CSV for Swedish Excel, as the exports write it: `;` between cells, CRLF line ends, a UTF-8
// byte-order mark first (Excel then reads å, ä, ö), every text cell quoted.

#include <string>
#include <string_view>

namespace stegvis::web {

// The byte-order mark every export starts with.
inline constexpr const char* kExcelCsvBom = "\xEF\xBB\xBF";

// A CSV cell for Swedish Excel: quoted, quotes doubled, and a leading = + - @ (or a tab or
// carriage return) neutralised with an apostrophe so a stored value can never run as a
// formula.
std::string ExcelCsvCell(std::string_view value);

}  // namespace stegvis::web
