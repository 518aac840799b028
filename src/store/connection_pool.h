#pragma once
// A bounded pool of SQL connections shared by the SQLite and PostgreSQL stores: one connection
// per concurrent transaction, opened lazily up to the pool size; a caller waits when all are
// borrowed. A connection that reports Broken() is dropped on return, and the next Acquire opens
// a fresh one (how a lost PostgreSQL connection is re-established).

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "store/sql_connection.h"

namespace stegvis::store {

class ConnectionPool {
 public:
  using Opener = std::function<std::unique_ptr<SqlConnection>()>;

  // Opens one connection now, so a bad location fails at start-up rather than at the first
  // request (throws domain::StoreFailure then). `size` < 1 counts as 1.
  ConnectionPool(Opener open, int size);

  // A connection borrowed from the pool, given back however the scope is left.
  class Lease {
   public:
    explicit Lease(ConnectionPool& pool) : pool_(pool), c_(pool.Take()) {}
    ~Lease() { pool_.Give(std::move(c_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    SqlConnection& operator*() { return *c_; }
    SqlConnection* operator->() { return c_.get(); }

   private:
    ConnectionPool& pool_;
    std::unique_ptr<SqlConnection> c_;
  };

  int size() const { return size_; }

 private:
  // Waits for an idle connection or opens a new one; throws domain::StoreFailure when a new
  // one cannot be opened.
  std::unique_ptr<SqlConnection> Take();
  void Give(std::unique_ptr<SqlConnection> connection);

  Opener open_;
  int size_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<SqlConnection>> idle_;
  int open_count_ = 0;
};

}  // namespace stegvis::store
