#pragma once
// The embedded default store: one SQLite file in WAL mode, a small pool of connections
// (one per concurrent transaction), write transactions serialised by BEGIN IMMEDIATE.

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/error.h"
#include "domain/store.h"
#include "store/sqlite_connection.h"

namespace stegvis::store {

class SqliteStore final : public domain::Store {
 public:
  // Opens the file (creating it and its WAL if needed). `max_connections` bounds the pool.
  // Throws domain::StoreFailure if the file cannot be opened.
  SqliteStore(std::string path, int max_connections = 8);
  ~SqliteStore() override;

  // Applies every migration not yet recorded, each in its own transaction. Returns the
  // versions it applied (empty when the schema was current).
  std::vector<int> Migrate();

  core::Result<void> CheckReady() override;
  void Transact(domain::TxMode mode, const std::function<bool(domain::StoreTx&)>& fn) override;

  const std::string& path() const { return path_; }

 private:
  // A connection borrowed from the pool, returned however the scope is left.
  class Lease {
   public:
    explicit Lease(SqliteStore& pool) : pool_(pool), c_(pool.Acquire()) {}
    ~Lease() { pool_.Release(std::move(c_)); }
    SqliteConnection& operator*() { return *c_; }
    SqliteConnection* operator->() { return c_.get(); }

   private:
    SqliteStore& pool_;
    std::unique_ptr<SqliteConnection> c_;
  };

  std::unique_ptr<SqliteConnection> Acquire();
  void Release(std::unique_ptr<SqliteConnection> connection);
  int AppliedVersion(SqliteConnection& connection);

  std::string path_;
  int max_connections_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<SqliteConnection>> idle_;
  int open_ = 0;
};

}  // namespace stegvis::store
