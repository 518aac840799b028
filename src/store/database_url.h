#pragma once
// Which database `--db` / STEGVIS_DB names: a SQLite file (`PATH` or `sqlite:PATH`) or,
// later, a PostgreSQL server (`postgresql://...`).

#include <memory>
#include <string>
#include <string_view>

#include "core/error.h"

namespace stegvis::store {

class SqliteStore;

enum class Engine { kSqlite, kPostgres };

struct DatabaseUrl {
  Engine engine = Engine::kSqlite;
  std::string location;  // the file path for SQLite, the whole URL for PostgreSQL
};

// Parses a --db value. Fails (kInvalidInput, field "db") on an empty value or an unknown
// scheme such as "mysql://".
core::Result<DatabaseUrl> ParseDatabaseUrl(std::string_view text);

// Opens the SQLite store the URL names. Fails with a clear message when the engine is not
// available in this build or the file cannot be opened (its folder missing, no permission).
core::Result<std::unique_ptr<SqliteStore>> OpenStore(const DatabaseUrl& url);

}  // namespace stegvis::store
