#pragma once
// The theory of change and the driver diagram of the demonstration data: the first two
// projects of "Jämställd hemtjänst" (Solvik's teams) get a theory of change on all six levels
// with their measures linked to outcomes and the effect, and a driver diagram whose change
// ideas include those the demo's PDSA cycles test (and one not tested yet). Deterministic.

#include <cstdint>
#include <vector>

#include "domain/store.h"

namespace stegvis::domain {

// Seeds the diagrams inside the demo's transaction, after the PDSA cycles (SeedDemoPdsa):
// `projects` are the programme's projects in its order. Returns how many items it made.
int SeedDemoDiagrams(StoreTx& tx, Id programme, const std::vector<Id>& projects, std::int64_t now);

}  // namespace stegvis::domain
