// Fuzzes the Excel reader (xlsx/reader.h) as imports use it. An input that begins as a zip
// archive is read whole (libzip's unpacking and the part limits); any other input is split at
// its first two zero bytes into a sheet's XML, the shared strings and the styles, so that the
// mutations reach the XML walk and the cell reading without first having to form a valid
// archive. Beyond the sanitizers it checks what the reader promises: every row has the
// header's width, the lines rise, and no row is without a value.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "xlsx/reader.h"
#include "xlsx/workbook_parts.h"

namespace {

void Check(const stegvis::core::Result<stegvis::xlsx::SheetTable>& table) {
  if (!table) return;
  std::size_t last = table->header_line;
  if (table->rows.size() != table->lines.size()) std::abort();
  for (std::size_t r = 0; r < table->rows.size(); ++r) {
    if (table->rows[r].size() != table->header.size()) std::abort();
    if (table->lines[r] <= last) std::abort();
    last = table->lines[r];
    bool any = false;
    for (const std::string& cell : table->rows[r]) any = any || !cell.empty();
    if (!any) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stegvis;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (xlsx::LooksLikeZip(input)) {
    Check(xlsx::ReadFirstSheet(input));
    return 0;
  }
  const std::size_t first = input.find('\0');
  const std::string sheet(input.substr(0, first));
  std::optional<std::string> strings, styles;
  if (first != std::string_view::npos) {
    const std::string_view rest = input.substr(first + 1);
    const std::size_t second = rest.find('\0');
    strings = std::string(rest.substr(0, second));
    if (second != std::string_view::npos) styles = std::string(rest.substr(second + 1));
  }
  Check(xlsx::ReadSheetParts(sheet, strings, styles, size % 2 == 1));
  (void)xlsx::FindFirstSheet(sheet);
  (void)xlsx::ReadTarget(sheet, "rId1");
  return 0;
}
