#pragma once
// The goals of the demonstration data: the programme "Jämställd hemtjänst", Solvik's two
// projects (and their aims) and measures linked to fitting goals of Solvik's catalogue —
// leaving most goals unaddressed, so the overview shows gaps — and one measure that is not
// split by sex, with a realistic reason, for the report. Deterministic.

#include <cstdint>

#include "domain/demo_improvement.h"
#include "domain/store.h"

namespace stegvis::domain {

// Seeds the links inside the demo's transaction. `solvik` is the demo organisation and
// `improvement` what SeedDemoImprovement made (Solvik's projects first).
void SeedDemoGoals(StoreTx& tx, Id solvik, const DemoImprovementIds& improvement, std::int64_t now);

}  // namespace stegvis::domain
