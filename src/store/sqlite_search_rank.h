#pragma once
// The FTS5 ranking function "stegvis_rank" the SQLite search ranks with
// (store/sql_search.cc): Okapi BM25 over the weighted columns, as FTS5's own bm25() computes
// it (k1 = 1.2, b = 0.75, a phrase's frequency the sum of its hits weighted by column), but
// with every phrase's inverse document frequency taken as 1. bm25() learns those frequencies
// by walking every document that holds each phrase once per query, which costs as much as the
// search itself for a common word; a search needs every word to match anyway, so the weight
// of rare against common words matters little (docs/performance.md, "Search"). Lower is
// better, as with bm25(). Arguments: the table, then one weight per column.

struct sqlite3;

namespace stegvis::store {

// Registers the function on the connection; throws domain::StoreFailure when it cannot.
void RegisterSearchRank(sqlite3* db);

}  // namespace stegvis::store
