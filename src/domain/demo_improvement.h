#pragma once
// The improvement work of the demonstration data: the programme "Jämställd hemtjänst" with
// four home-care teams in two municipalities (Solvik, the host, and Norrby, a second
// organisation whose users see the programme and their own teams), each with a project and
// the programme's common measures, and 24 months of data for women and men. Deterministic.

#include <cstdint>
#include <string>
#include <vector>

#include "core/error.h"
#include "domain/store.h"

namespace stegvis::domain {

struct DemoImprovementIds {
  Id programme = 0;
  std::vector<Id> projects;  // one per team, Solvik's first ("Trygg hemgång" is projects[0])
};

// The demo's observations for `teams` teams: [team][measure] (the programme's common measures
// in order: influence, plans in the user's words, deviations), women and men per month from
// October 2024, without measure id or author. Deterministic; what SeedDemoImprovement stores.
std::vector<std::vector<std::vector<Observation>>> DemoImprovementObservations(std::size_t teams);

// Seeds the programme inside the demo's transaction. `solvik` is the demo organisation,
// `solvik_teams` its two home-care teams (the programme's first two), `norrby` the second
// organisation and `norrby_teams` its two. `now` is the demo's creation time. The programme
// is set up through the pages' use cases (the demo accounts must exist; fails as they do):
// Solvik's strategist creates it with its calendar, adds Solvik's teams, invites Norrby's (whose
// admin accepts) and defines the common measures; each organisation's admin writes its teams'
// projects and adopts the measures. The progress scores' history and the months of values
// before today are stored directly, as no use case writes the past.
core::Result<DemoImprovementIds> SeedDemoImprovement(StoreTx& tx, Id solvik,
                                                     const std::vector<Id>& solvik_teams,
                                                     const std::vector<Id>& norrby_teams,
                                                     std::int64_t now);

}  // namespace stegvis::domain
