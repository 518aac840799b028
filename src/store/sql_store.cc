#include "store/sql_store.h"

namespace stegvis::store {
namespace {

int AppliedVersion(SqlConnection& db) {
  db.Exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
  return static_cast<int>(
      FindColumn<std::int64_t>(db, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
          .value_or(0));
}

// Turns SQLite's foreign key enforcement on again when a migration that ran without it ends,
// however it ends.
struct ForeignKeysBackOn {
  SqlConnection* db;
  explicit ForeignKeysBackOn(SqlConnection* connection) : db(connection) {}
  ForeignKeysBackOn(const ForeignKeysBackOn&) = delete;
  ForeignKeysBackOn& operator=(const ForeignKeysBackOn&) = delete;
  ~ForeignKeysBackOn() {
    try {
      if (db != nullptr && !db->Broken()) db->Exec("PRAGMA foreign_keys=ON");
    } catch (...) {
      // A connection that cannot run a pragma is broken; the pool drops it.
    }
  }
};

}  // namespace

SqlStore::SqlStore(ConnectionPool::Opener open, int pool_size, const SqlEngine& engine)
    : pool_(std::move(open), pool_size), engine_(engine) {}

std::vector<int> SqlStore::Migrate() {
  return MigrateTo(LatestMigrationVersion());
}

std::vector<int> SqlStore::MigrateTo(int version) {
  ConnectionPool::Lease db(pool_);
  std::vector<int> applied;
  for (const Migration& m : Migrations()) {
    if (m.version > version) break;
    const bool foreign_keys_off =
        m.without_foreign_keys && engine_.dialect.engine == Engine::kSqlite;
    // Outside the transaction: SQLite ignores the pragma inside one.
    if (foreign_keys_off) db->Exec("PRAGMA foreign_keys=OFF");
    ForeignKeysBackOn back_on{foreign_keys_off ? &*db : nullptr};
    db->Exec(engine_.begin_migration);
    try {
      if (engine_.lock_migrations) db->Exec(engine_.lock_migrations);
      // Re-read after taking the lock: another process may have migrated meanwhile.
      if (m.version > AppliedVersion(*db)) {
        std::string sql = RenderMigration(m, engine_.dialect);
        db->Exec(sql.c_str());
        if (foreign_keys_off &&
            FindColumn<std::int64_t>(*db, "SELECT COUNT(*) FROM pragma_foreign_key_check")
                    .value_or(0) > 0) {
          throw domain::StoreFailure("migration " + std::to_string(m.version) +
                                     " would leave rows whose references fail");
        }
        store::Run(*db,
                   "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, " +
                       std::string(engine_.dialect.now_seconds) + ")",
                   m.version, std::string_view(m.name));
        applied.push_back(m.version);
      }
      db->Exec("COMMIT");
    } catch (...) {
      try {
        if (!db->Broken()) db->Exec("ROLLBACK");
      } catch (...) {
        // The transaction is already gone; the first error is the one to report.
      }
      throw;
    }
  }
  return applied;
}

core::Result<void> SqlStore::CheckReady() {
  try {
    ConnectionPool::Lease db(pool_);
    std::int64_t version = 0;
    if (FindColumn<std::int64_t>(*db, engine_.schema_table_exists).value_or(0) > 0) {
      version =
          FindColumn<std::int64_t>(*db, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
              .value_or(0);
    }
    if (version < LatestMigrationVersion()) {
      return core::Fail(core::Error{
          core::ErrorCode::kUnavailable,
          "database schema is at version " + std::to_string(version) + ", this binary needs " +
              std::to_string(LatestMigrationVersion()) + ": run stegvis migrate",
          {},
          {}});
    }
    return {};
  } catch (const domain::StoreFailure& e) {
    return core::Fail(core::Error{core::ErrorCode::kUnavailable, e.what(), {}, {}});
  }
}

}  // namespace stegvis::store
