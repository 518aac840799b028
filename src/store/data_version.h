#pragma once
// The store-wide data version: a counter in the database that every write transaction which
// changed user-visible data increments before it commits (SqlTx::BeforeCommit, for the
// writes TrackedConnection saw), so that a cache keyed by it is right with one server or
// several on one PostgreSQL. docs/architecture.md ("The data version") has the rules.
//
// The counter is kept in kDataVersionSlots rows of the table data_version and is their sum.
// Each writer increments one row chosen at random: two writers on PostgreSQL then rarely
// update the same row, which under SERIALIZABLE would make one of them start again. The sum
// still names one state of the data, since every counted commit adds exactly one.

#include <cstdint>

#include "store/sql_connection.h"

namespace stegvis::store {

inline constexpr int kDataVersionSlots = 16;

// A scalar subquery giving the version, for a SELECT list.
inline constexpr const char* kDataVersionSql =
    "(SELECT CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM data_version)";

// The version as the transaction on `db` sees it.
std::int64_t ReadDataVersion(SqlConnection& db);

// Counts one more change: increments one slot, chosen at random.
void BumpDataVersion(SqlConnection& db);

}  // namespace stegvis::store
