#include "store/sqlite_store.h"

#include "store/sql_tx.h"
#include "store/sqlite_connection.h"

namespace stegvis::store {
namespace {

const SqlEngine kSqliteEngine{
    kSqliteDialect,
    // IMMEDIATE takes the write lock up front, which serialises migrators across processes.
    "BEGIN IMMEDIATE",
    nullptr,
    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
};

}  // namespace

SqliteStore::SqliteStore(std::string path, int max_connections)
    : SqlStore([path] { return std::make_unique<SqliteConnection>(path); }, max_connections,
               kSqliteEngine),
      path_(std::move(path)) {}

void SqliteStore::Transact(domain::TxMode mode, const std::function<bool(domain::StoreTx&)>& fn) {
  ConnectionPool::Lease db(pool());
  // IMMEDIATE takes the write lock up front, so two writers queue on the busy timeout
  // instead of failing half-way with SQLITE_BUSY on lock upgrade.
  db->Exec(mode == domain::TxMode::kWrite ? "BEGIN IMMEDIATE" : "BEGIN");
  try {
    SqlTx tx(*db, kSqliteDialect.text_search);
    bool commit = fn(tx);
    if (commit) tx.BeforeCommit();
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

}  // namespace stegvis::store
