// Fuzzes the CSV reader (io/csv.h) as `stegvis chart` and imports use it: any bytes are
// parsed, and every column of a parsed table is read as numbers, as x values and as rows.
// Beyond the sanitizers it checks what the header promises: every row has the header's width.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "io/csv.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stegvis;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto table = io::ParseCsv(text);
  if (!table) return 0;
  for (const auto& row : table->rows) {
    if (row.size() != table->header.size()) std::abort();
  }
  for (const std::string& name : table->header) {
    (void)io::NumericColumn(*table, name);
    (void)io::XColumn(*table, name);
  }
  if (table->header.size() >= 2) {
    const auto& h = table->header;
    (void)io::ReadRows(*table, {h[0], h[1], "", ""});
    if (h.size() >= 4) (void)io::ReadRows(*table, {h[0], h[1], h[2], h[3]});
  }
  return 0;
}
