#pragma once
// domain::SearchRepository on a SQL connection: the search index of migration 21
// (store/search_index_sql.h), queried through FTS5 on SQLite and tsvector on PostgreSQL. The
// scope and the filters are the same SQL on both engines.

#include "domain/repositories/search_repository.h"
#include "store/migrations.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlSearch final : public domain::SearchRepository {
 public:
  SqlSearch(SqlConnection& db, TextSearch text_search) : db_(db), text_search_(text_search) {}

  domain::SearchHits Find(const domain::SearchRequest& request) override;

 private:
  SqlConnection& db_;
  TextSearch text_search_;
};

}  // namespace stegvis::store
