#pragma once
// The store for more than one machine: several stateless `stegvis serve` instances share one
// PostgreSQL database. A pool of libpq connections per instance; every transaction is
// SERIALIZABLE (the same guarantees the domain gets from SQLite's single writer), and one
// that PostgreSQL aborts for a serialization failure, or that loses its connection before
// COMMIT, is run again on a fresh connection.

#include <string>

#include "store/sql_store.h"

namespace stegvis::store {

class PostgresStore final : public SqlStore {
 public:
  // How many times a transaction runs at most before its failure is reported.
  static constexpr int kMaxAttempts = 5;

  // Connects once now (throws domain::StoreFailure when the server cannot be reached);
  // `pool_size` bounds the connections this instance opens.
  explicit PostgresStore(const std::string& url, int pool_size = 8);

  // Runs `fn` in a SERIALIZABLE transaction (READ ONLY for TxMode::kRead). `fn` may run more
  // than once: when PostgreSQL reports a serialization failure or deadlock, or the connection
  // is lost before COMMIT was sent, the transaction was rolled back and is retried, up to
  // kMaxAttempts times. A connection lost during COMMIT is not retried (the outcome is
  // unknown); its PostgresFailure propagates.
  void Transact(domain::TxMode mode, const std::function<bool(domain::StoreTx&)>& fn) override;
};

}  // namespace stegvis::store
