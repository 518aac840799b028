#include "web/render/excel_csv.h"

namespace stegvis::web {

std::string ExcelCsvCell(std::string_view value) {
  std::string out = "\"";
  if (!value.empty() &&
      std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) {
    out += '\'';
  }
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

}  // namespace stegvis::web
