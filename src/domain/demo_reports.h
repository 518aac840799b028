#pragma once
// The demonstration data's monthly team reports (domain/monthly_report.h): in the programme
// "Jämställd hemtjänst", every month whose report was due by the demo's creation is reported
// by its teams, pre-filled from their cycles, with one late report (Trygg hemgång) and one
// missing (Solvik's second team), so the programme's pages show all three states.

#include <cstdint>
#include <vector>

#include "domain/store.h"

namespace stegvis::domain {

// Seeds the reports of `projects` (the programme's four, Solvik's first) inside the demo's
// transaction, after the cycles (domain/demo_pdsa.h); `now` is the demo's creation time.
// Returns how many it stored.
int SeedDemoReports(StoreTx& tx, Id programme, const std::vector<Id>& projects, std::int64_t now);

}  // namespace stegvis::domain
