#pragma once
// The FTS5 tokenizer "stegvis_swedish" the SQLite search index (store/search_index_sql.h) is
// built with: the words of core::SplitWords, each reduced to its Snowball Swedish stem, so
// "kontaktpersonerna" is indexed as "kontaktperson". A query phrase goes through the same
// tokenizer, so a prefix query ("hemgång"*) finds the longer compounds too.

struct sqlite3;

namespace stegvis::store {

// Registers the tokenizer on the connection; every connection that may touch the index needs
// it. Throws domain::StoreFailure when SQLite has no FTS5.
void RegisterSearchTokenizer(sqlite3* db);

}  // namespace stegvis::store
