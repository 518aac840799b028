#include "store/database_url.h"

#include "store/sqlite_store.h"

namespace stegvis::store {

core::Result<DatabaseUrl> ParseDatabaseUrl(std::string_view text) {
  if (text.empty()) return core::Fail(core::Error::Invalid("the database location is empty", "db"));
  if (text.starts_with("postgresql://") || text.starts_with("postgres://")) {
    return DatabaseUrl{Engine::kPostgres, std::string(text)};
  }
  if (text.starts_with("sqlite:")) {
    std::string_view path = text.substr(7);
    if (path.starts_with("//")) path.remove_prefix(2);
    if (path.empty()) return core::Fail(core::Error::Invalid("sqlite: needs a file path", "db"));
    return DatabaseUrl{Engine::kSqlite, std::string(path)};
  }
  std::size_t scheme = text.find("://");
  if (scheme != std::string_view::npos) {
    return core::Fail(
        core::Error::Invalid("unknown database scheme '" + std::string(text.substr(0, scheme)) +
                                 "' (use a file path, sqlite:PATH or postgresql://...)",
                             "db"));
  }
  return DatabaseUrl{Engine::kSqlite, std::string(text)};
}

core::Result<std::unique_ptr<SqliteStore>> OpenStore(const DatabaseUrl& url) {
  if (url.engine == Engine::kPostgres) {
    return core::Fail(core::Error::Invalid(
        "PostgreSQL is not supported by this version of Stegvis yet; use a SQLite file", "db"));
  }
  try {
    return std::make_unique<SqliteStore>(url.location);
  } catch (const std::exception& e) {
    return core::Fail(core::Error{core::ErrorCode::kUnavailable, e.what(), "db", {}});
  }
}

}  // namespace stegvis::store
