#pragma once
// The SQL of the goals migration: the catalogue's tables, the shipped entries (the national
// gender-equality goals, the CEMR charter, SDG 5 and linked goals, SKR's ten steps) and their
// copy for every existing organisation. Listed in migrations.cc like every migration.

namespace stegvis::store {

extern const char kGoalsMigrationSql[];

// The SQL of the wording migration: corrected shipped titles and descriptions, written into
// the shipped data and into every organisation's copy that still has the shipped title.
extern const char kGoalsWordingSql[];

}  // namespace stegvis::store
