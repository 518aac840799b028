#pragma once
// What the SQLite and PostgreSQL stores share: the connection pool, the migration loop and
// the readiness check. Each engine supplies its few SQL differences (SqlEngine) and its own
// Transact (how a transaction begins and whether it may be retried differ).

#include "store/connection_pool.h"
#include "store/migrating_store.h"
#include "store/migrations.h"

namespace stegvis::store {

// The engine-specific SQL the shared code needs.
struct SqlEngine {
  Dialect dialect;                  // tokens in migration SQL
  const char* begin_migration;      // starts a migration's transaction
  const char* lock_migrations;      // run first in it to serialise migrators; may be null
  const char* schema_table_exists;  // one row, one column: > 0 when schema_migrations exists
};

class SqlStore : public MigratingStore {
 public:
  std::vector<int> Migrate() override;
  // As Migrate, but only the migrations up to and including `version`: the database as a
  // release that knew no later migration left it (the upgrade test builds every earlier
  // schema this way). Throws domain::StoreFailure.
  std::vector<int> MigrateTo(int version);
  core::Result<void> CheckReady() override;

 protected:
  // Throws domain::StoreFailure when the first connection cannot be opened.
  SqlStore(ConnectionPool::Opener open, int pool_size, const SqlEngine& engine);
  ConnectionPool& pool() { return pool_; }

 private:
  ConnectionPool pool_;
  SqlEngine engine_;
};

}  // namespace stegvis::store
