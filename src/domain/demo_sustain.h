#pragma once
// The sustained work of the demonstration data: Trygg hemgång's earlier project on night-time
// falls, now in Vidmakthålls with a sustain plan, whose continuing measure has crept back up
// after its frozen baseline — so the plan page, the team's and the chef's start page and the
// alert's words show something. Deterministic.

#include <cstdint>

#include "domain/store.h"

namespace stegvis::domain {

// Seeds inside the demo's transaction: the project in `team` (Trygg hemgång) of
// `organisation`, owned by the team member `owner`; the measure's values end with the last
// complete month before `now`, so it is not due.
void SeedDemoSustain(StoreTx& tx, Id organisation, Id team, Id owner, std::int64_t now);

}  // namespace stegvis::domain
