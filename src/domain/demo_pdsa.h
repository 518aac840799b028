#pragma once
// The PDSA cycles of the demonstration data: the programme's change package and 20 cycles in
// every phase and with every decision across the programme's four teams, including the
// adopted change (a plan written in the user's own words, September 2025) that explains why
// the gap between women and men closes on "Hela dagen"'s process measure from October 2025.
// Deterministic: the same texts and dates on every run.

#include <cstdint>
#include <vector>

#include "domain/store.h"

namespace stegvis::domain {

// Seeds change ideas and cycles inside the demo's transaction. `projects` are the
// programme's four projects in the programme's order (each with the programme's three
// measures, in the programme's order); `now` is the demo's creation time. Returns how many
// cycles it made.
int SeedDemoPdsa(StoreTx& tx, Id programme, const std::vector<Id>& projects, std::int64_t now);

}  // namespace stegvis::domain
