#pragma once
// One SQLite connection with a cache of prepared statements.

#include <memory>
#include <string>
#include <unordered_map>

#include "store/sql_connection.h"

struct sqlite3;

namespace stegvis::store {

class SqliteConnection final : public SqlConnection {
 public:
  // Opens (creating if needed) the database file and sets WAL, synchronous=FULL, foreign
  // keys and the busy timeout. Throws domain::StoreFailure if it cannot.
  explicit SqliteConnection(const std::string& path);
  ~SqliteConnection() override;
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  void Exec(const char* sql) override;
  Statement Prepare(const std::string& sql) override;
  // Multi-row INSERT statements of up to kBulkParameters parameters each, prepared once.
  void BulkInsert(std::string_view table, std::span<const std::string_view> columns,
                  std::span<const BulkRow> rows) override;

 private:
  class SqliteStatement;
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, std::unique_ptr<SqliteStatement>> statements_;
};

}  // namespace stegvis::store
