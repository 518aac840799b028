#include "domain/theory_of_change.h"

namespace stegvis::domain {

std::string_view TocLevelName(TocLevel level) {
  switch (level) {
    case TocLevel::kResource: return "resource";
    case TocLevel::kActivity: return "activity";
    case TocLevel::kProduct: return "product";
    case TocLevel::kPractice: return "practice";
    case TocLevel::kOutcome: return "outcome";
    case TocLevel::kEffect: return "effect";
  }
  return "resource";
}

bool TocLevelTakesMeasures(TocLevel level) {
  return level == TocLevel::kOutcome || level == TocLevel::kEffect;
}

}  // namespace stegvis::domain
