#pragma once
// Migration 33 (docs/schema.md): a measure, and a sustain plan's choice for it, may be
// measured once a year ("year"; Kolada's figures are yearly), and a measure records where its
// values come from (measures.source: a Kolada key figure). SQLite cannot change a CHECK, so
// there measures and sustain_measures are built again by the procedure of SQLite's ALTER TABLE
// documentation (new table, copy, drop, rename, indexes), which needs foreign key enforcement
// off while it runs (Migration::without_foreign_keys: other tables reference measures);
// PostgreSQL replaces the two constraints in place. Both end with the same columns in the same
// order.

#include <string>

#include "store/database_url.h"

namespace stegvis::store {

// The migration's SQL for `engine`.
std::string YearlyFrequencySql(Engine engine);

}  // namespace stegvis::store
