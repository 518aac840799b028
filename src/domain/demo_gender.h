#pragma once
// The gender-equality frame of the demonstration data: three versions of the 4R analysis on
// Trygg hemgång's measure of influence (where women's results rise and men's do not), three
// self-assessments of Hemtjänst Norr over two years that show development, and reflection
// notes by the care administration's manager and the strategist. Deterministic.

#include <cstdint>

#include "domain/store.h"

namespace stegvis::domain {

// Seeds inside the demo's transaction. `organisation` is Solvik, `project` Trygg hemgång's
// project (its first measure is the one analysed); `now` is the demo's creation time.
void SeedDemoGender(StoreTx& tx, Id organisation, Id project, std::int64_t now);

}  // namespace stegvis::domain
