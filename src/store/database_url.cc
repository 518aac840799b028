#include "store/database_url.h"

#include "store/postgres_store.h"
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

core::Result<std::unique_ptr<MigratingStore>> OpenStore(const DatabaseUrl& url,
                                                        const StoreOptions& options) {
  try {
    if (url.engine == Engine::kPostgres) {
      return std::make_unique<PostgresStore>(url.location, options.pool_size);
    }
    return std::make_unique<SqliteStore>(url.location, options.pool_size);
  } catch (const std::exception& e) {
    return core::Fail(core::Error{core::ErrorCode::kUnavailable, e.what(), "db", {}});
  }
}

std::string DescribeDatabase(const DatabaseUrl& url) {
  if (url.engine == Engine::kSqlite) return "sqlite:" + url.location;
  // postgresql://user:password@host/db -> postgresql://user:***@host/db
  std::string text = url.location;
  std::size_t start = text.find("://");
  std::size_t at = text.find('@', start == std::string::npos ? 0 : start + 3);
  if (start != std::string::npos && at != std::string::npos) {
    std::size_t colon = text.find(':', start + 3);
    if (colon != std::string::npos && colon < at) text.replace(colon + 1, at - colon - 1, "***");
  }
  std::size_t password = text.find("password=");
  if (password != std::string::npos) {
    std::size_t end = text.find_first_of("& ", password);
    text.replace(password + 9, (end == std::string::npos ? text.size() : end) - password - 9,
                 "***");
  }
  return text;
}

}  // namespace stegvis::store
