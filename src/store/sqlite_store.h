#pragma once
// The embedded default store: one SQLite file in WAL mode, a small pool of connections
// (one per concurrent transaction), write transactions serialised by BEGIN IMMEDIATE.

#include <string>

#include "store/sql_store.h"

namespace stegvis::store {

class SqliteStore final : public SqlStore {
 public:
  // Opens the file (creating it and its WAL if needed). `max_connections` bounds the pool.
  // Throws domain::StoreFailure if the file cannot be opened.
  explicit SqliteStore(std::string path, int max_connections = 8);

  void Transact(domain::TxMode mode, const std::function<bool(domain::StoreTx&)>& fn) override;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace stegvis::store
