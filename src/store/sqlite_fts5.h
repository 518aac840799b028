#pragma once
// SQLite's FTS5 extension interface on one connection, for registering the search index's
// tokenizer (store/sqlite_search_tokenizer.h) and ranking function
// (store/sqlite_search_rank.h).

#include <sqlite3.h>

namespace stegvis::store {

// The connection's fts5_api; throws domain::StoreFailure when SQLite has no FTS5.
fts5_api* Fts5Api(sqlite3* db);

}  // namespace stegvis::store
