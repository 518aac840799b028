#include "store/sqlite_store.h"

#include "store/migrations.h"
#include "store/sql_tx.h"

namespace stegvis::store {
SqliteStore::SqliteStore(std::string path, int max_connections)
    : path_(std::move(path)), max_connections_(max_connections < 1 ? 1 : max_connections) {
  // Open one connection now so a bad path fails at start-up, not at the first request.
  idle_.push_back(std::make_unique<SqliteConnection>(path_));
  open_ = 1;
}

SqliteStore::~SqliteStore() = default;

std::unique_ptr<SqliteConnection> SqliteStore::Acquire() {
  std::unique_lock lock(mutex_);
  for (;;) {
    if (!idle_.empty()) {
      auto c = std::move(idle_.back());
      idle_.pop_back();
      return c;
    }
    if (open_ < max_connections_) {
      ++open_;
      lock.unlock();
      try {
        return std::make_unique<SqliteConnection>(path_);
      } catch (...) {
        lock.lock();
        --open_;
        throw;
      }
    }
    available_.wait(lock);
  }
}

void SqliteStore::Release(std::unique_ptr<SqliteConnection> connection) {
  {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(connection));
  }
  available_.notify_one();
}

void SqliteStore::Transact(domain::TxMode mode, const std::function<bool(domain::StoreTx&)>& fn) {
  Lease db(*this);
  // IMMEDIATE takes the write lock up front, so two writers queue on the busy timeout
  // instead of failing half-way with SQLITE_BUSY on lock upgrade.
  db->Exec(mode == domain::TxMode::kWrite ? "BEGIN IMMEDIATE" : "BEGIN");
  try {
    SqlTx tx(*db);
    bool commit = fn(tx);
    db->Exec(commit ? "COMMIT" : "ROLLBACK");
  } catch (...) {
    try {
      db->Exec("ROLLBACK");
    } catch (...) {
      // The transaction may already be gone (SQLite rolls back on some errors).
    }
    throw;
  }
}

int SqliteStore::AppliedVersion(SqliteConnection& connection) {
  connection.Exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
  Statement s = connection.Prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
  s.Step();
  return static_cast<int>(s.Int(0));
}

std::vector<int> SqliteStore::Migrate() {
  Lease db(*this);
  std::vector<int> applied;
  for (const Migration& m : Migrations()) {
    db->Exec("BEGIN IMMEDIATE");
    try {
      // Re-read inside the lock: another process may have migrated meanwhile.
      if (m.version > AppliedVersion(*db)) {
        std::string sql = RenderMigration(m, kSqliteDialect);
        db->Exec(sql.c_str());
        Statement s = db->Prepare(
            "INSERT INTO schema_migrations (version, name, applied_at) "
            "VALUES (?, ?, CAST(strftime('%s','now') AS INTEGER))");
        s.Bind(1, m.version).Bind(2, m.name).Step();
        applied.push_back(m.version);
      }
      db->Exec("COMMIT");
    } catch (...) {
      db->Exec("ROLLBACK");
      throw;
    }
  }
  return applied;
}

core::Result<void> SqliteStore::CheckReady() {
  try {
    Lease db(*this);
    std::int64_t version = 0;
    Statement exists = db->Prepare(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'");
    exists.Step();
    if (exists.Int(0) > 0) {
      Statement s = db->Prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
      s.Step();
      version = s.Int(0);
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
