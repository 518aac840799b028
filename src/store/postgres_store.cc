#include "store/postgres_store.h"

#include <chrono>
#include <random>
#include <thread>

#include "store/postgres_connection.h"
#include "store/sql_tx.h"

namespace stegvis::store {
namespace {

const SqlEngine kPostgresEngine{
    kPostgresDialect,
    // READ COMMITTED, not SERIALIZABLE: each statement takes a fresh snapshot, so the
    // version read after waiting for the lock sees what the previous holder committed. (A
    // SERIALIZABLE snapshot would be taken by the lock statement itself, before the wait.)
    "BEGIN ISOLATION LEVEL READ COMMITTED",
    // Held until the migration's transaction ends: two instances migrating at once take turns.
    "SELECT pg_advisory_xact_lock(7236021150305465927)",
    "SELECT count(*) FROM pg_catalog.pg_tables "
    "WHERE tablename = 'schema_migrations' AND schemaname = current_schema()",
};

void RollBackQuietly(SqlConnection& db) {
  if (db.Broken()) return;  // the server already rolled back when the connection went
  try {
    db.Exec("ROLLBACK");
  } catch (...) {
    // The first error is the one worth reporting.
  }
}

// A short random pause before a retry, so two conflicting transactions do not collide again.
void Backoff(int attempt) {
  std::random_device random;
  std::uniform_int_distribution<int> ms(1, 5 * attempt);
  std::this_thread::sleep_for(std::chrono::milliseconds(ms(random)));
}

}  // namespace

PostgresStore::PostgresStore(const std::string& url, int pool_size)
    : SqlStore([url] { return std::make_unique<PostgresConnection>(url); }, pool_size,
               kPostgresEngine) {}

void PostgresStore::Transact(domain::TxMode mode, const std::function<bool(domain::StoreTx&)>& fn) {
  const char* begin = mode == domain::TxMode::kWrite
                          ? "BEGIN ISOLATION LEVEL SERIALIZABLE"
                          : "BEGIN ISOLATION LEVEL SERIALIZABLE READ ONLY";
  for (int attempt = 1;; ++attempt) {
    ConnectionPool::Lease db(pool());
    bool commit = false;
    try {
      db->Exec(begin);
      SqlTx tx(*db, kPostgresDialect.text_search);
      commit = fn(tx);
      // The data version's bump is part of the transaction, so a conflict on it is retried too.
      if (commit) tx.BeforeCommit();
    } catch (const PostgresFailure& e) {
      RollBackQuietly(*db);
      // Nothing was committed: the transaction was rolled back (by us, or by the server when
      // the connection went), so running `fn` again from the start is safe.
      if ((e.serialization_failure() || e.connection_lost()) && attempt < kMaxAttempts) {
        Backoff(attempt);
        continue;
      }
      throw;
    } catch (...) {
      RollBackQuietly(*db);
      throw;
    }
    if (!commit) {
      RollBackQuietly(*db);
      return;
    }
    try {
      db->Exec("COMMIT");
      return;
    } catch (const PostgresFailure& e) {
      // A serialization failure at COMMIT means PostgreSQL refused it: nothing was written.
      // A connection lost during COMMIT may or may not have committed, so it is not retried.
      if (e.serialization_failure() && !e.connection_lost() && attempt < kMaxAttempts) {
        RollBackQuietly(*db);
        Backoff(attempt);
        continue;
      }
      throw;
    }
  }
}

}  // namespace stegvis::store
