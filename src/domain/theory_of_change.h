#pragma once
// The theory of change (förbättringsteori, resultatkedja) of a project: six levels from the
// resources put in to the effect wanted for women and men. SKR's guidance builds it
// backwards: start at the effect ("Vart vill vi komma?"), then ask at each level what is
// needed to reach the one above. Items and links follow the shared rules of domain/diagram.h.

#include <array>
#include <string_view>

#include "domain/diagram.h"

namespace stegvis::domain {

// The levels in the order of the chain (resources lead to activities, ...). The values are
// the levels of DiagramItem for DiagramKind::kTheoryOfChange.
enum class TocLevel { kResource, kActivity, kProduct, kPractice, kOutcome, kEffect };

// The order the editor works in: from the effect backwards to the resources.
inline constexpr std::array<TocLevel, 6> kTocLevelsBackwards = {
    TocLevel::kEffect,  TocLevel::kOutcome,  TocLevel::kPractice,
    TocLevel::kProduct, TocLevel::kActivity, TocLevel::kResource};

// Stored names: "resource", "activity", "product", "practice", "outcome", "effect".
std::string_view TocLevelName(TocLevel level);

// Whether the level's items may link to the measures that show them (outcome and effect).
bool TocLevelTakesMeasures(TocLevel level);

}  // namespace stegvis::domain
