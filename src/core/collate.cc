#include "core/collate.h"

#include <memory>
#include <stdexcept>

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/stringpiece.h>

namespace stegvis::core {
namespace {

// The Swedish collator, created on first use (thread-safe static initialisation) and never
// changed afterwards: ICU collators may be shared between threads as long as only const
// methods are called (ICU User Guide, "ICU Architectural Design": thread-safe const APIs).
const icu::Collator& SwedishCollator() {
  static const std::unique_ptr<const icu::Collator> collator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(
        icu::Collator::createInstance(icu::Locale("sv", "SE"), status));
    if (U_FAILURE(status) || !c) {
      // Only a broken ICU installation (no collation data) gets here.
      throw std::runtime_error(std::string("ICU Swedish collator: ") + u_errorName(status));
    }
    return std::unique_ptr<const icu::Collator>(std::move(c));
  }();
  return *collator;
}

}  // namespace

int CompareSwedish(std::string_view a, std::string_view b) {
  UErrorCode status = U_ZERO_ERROR;
  const UCollationResult result = SwedishCollator().compareUTF8(
      icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
      icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
  if (U_SUCCESS(status) && result != UCOL_EQUAL) return result == UCOL_LESS ? -1 : 1;
  return a.compare(b) < 0 ? -1 : a == b ? 0 : 1;
}

bool SwedishLess(std::string_view a, std::string_view b) {
  return CompareSwedish(a, b) < 0;
}

}  // namespace stegvis::core
