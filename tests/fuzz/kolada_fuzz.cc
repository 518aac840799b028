// Fuzzes the Kolada reader (io/kolada.h) as imports use it: a file that begins as a JSON object
// is read as Kolada's v3 answer. Beyond the sanitizers it checks what the reader promises: at
// most kMaxKoladaRecords records, each with a key figure and an area of 1 to 32 bytes, a year
// from 1900 to 2200, and each value empty or a decimal number.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/decimal.h"
#include "io/kolada.h"

namespace {

bool Id(const std::string& id) {
  return !id.empty() && id.size() <= 32;
}

bool Value(const std::string& value) {
  return value.empty() || stegvis::core::ParseDecimal(value).has_value();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stegvis;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  (void)io::LooksLikeJsonObject(input);
  auto page = io::ParseKoladaPage(input);
  if (!page) {
    if (page.error().key.rfind("error.kolada.", 0) != 0) std::abort();
    return 0;
  }
  if (page->records.size() > io::kMaxKoladaRecords) std::abort();
  for (const io::KoladaRecord& r : page->records) {
    if (!Id(r.kpi) || !Id(r.area) || r.year < 1900 || r.year > 2200) std::abort();
    if (!Value(r.women) || !Value(r.men) || !Value(r.total)) std::abort();
  }
  return 0;
}
