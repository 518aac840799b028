// Fuzzes the CSV reader (io/csv.h) as `stegvis chart` and imports use it: any bytes are
// parsed, and every column of a parsed table is read as numbers, as x values and as rows.
// Beyond the sanitizers it checks what the header promises: every row has the header's width;
// and that the streaming reader (io/csv_reader.h) gives the same records, lines and errors
// whether it reads the bytes from memory or from a stream in small chunks.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <sstream>
#include <string>
#include <vector>

#include "io/csv.h"
#include "io/csv_reader.h"

namespace {

void CheckStreamMatchesText(std::string_view text) {
  using stegvis::io::CsvReader;
  std::istringstream in{std::string(text)};
  CsvReader from_text(text);
  CsvReader from_stream(in, 1 + text.size() % 7);
  std::vector<std::string> a, b;
  std::size_t line_a = 0, line_b = 0;
  for (;;) {
    auto more_a = from_text.Next(a, line_a);
    auto more_b = from_stream.Next(b, line_b);
    if (more_a.has_value() != more_b.has_value()) std::abort();
    if (!more_a) {
      if (more_a.error().key != more_b.error().key) std::abort();
      return;
    }
    if (*more_a != *more_b) std::abort();
    if (!*more_a) break;
    if (a != b || line_a != line_b) std::abort();
  }
  if (from_text.separator() != from_stream.separator()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stegvis;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  CheckStreamMatchesText(text);
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
