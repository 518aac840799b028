#pragma once
// The spread of the demonstration data (domain/spread.h): the second team's adopted idea
// ("Schemat utgår från önskade tider") offered to a guest team of the programme, which took it
// and plans its first cycle on its copy, offered to the first team (Trygg hemgång), whose
// offer is still open, and offered to the programme's change package, likewise open.
// Deterministic.

#include <cstdint>
#include <vector>

#include "domain/store.h"

namespace stegvis::domain {

// Seeds the offers, the copy and its cycle inside the demo's transaction. `projects` are the
// programme's four projects in the programme's order, after SeedDemoPdsa. Returns how many
// offers it made (0 when the second project has no adopted idea of its own).
int SeedDemoSpread(StoreTx& tx, const std::vector<Id>& projects, std::int64_t now);

}  // namespace stegvis::domain
