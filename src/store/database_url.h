#pragma once
// Which database `--db` / STEGVIS_DB names: a SQLite file (`PATH` or `sqlite:PATH`) or a
// PostgreSQL server (`postgresql://...`), and opening it.

#include <memory>
#include <string>
#include <string_view>

#include "core/error.h"

namespace stegvis::store {

class MigratingStore;

enum class Engine { kSqlite, kPostgres };

struct DatabaseUrl {
  Engine engine = Engine::kSqlite;
  std::string location;  // the file path for SQLite, the whole URL for PostgreSQL
};

// Parses a --db value. Fails (kInvalidInput, field "db") on an empty value or an unknown
// scheme such as "mysql://".
core::Result<DatabaseUrl> ParseDatabaseUrl(std::string_view text);

struct StoreOptions {
  int pool_size = 8;  // connections per process (--db-pool-size)
};

// Opens the store the URL names. Fails (kUnavailable, field "db") with a clear message when
// the SQLite file cannot be opened (its folder missing, no permission) or the PostgreSQL
// server cannot be reached or refuses the login.
core::Result<std::unique_ptr<MigratingStore>> OpenStore(const DatabaseUrl& url,
                                                        const StoreOptions& options = {});

// The URL for messages and logs: "sqlite:PATH", or the PostgreSQL URL with any password
// replaced by "***".
std::string DescribeDatabase(const DatabaseUrl& url);

}  // namespace stegvis::store
