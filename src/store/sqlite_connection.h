#pragma once
// One SQLite connection with a cache of prepared statements. Every query with data goes
// through Prepare + Bind; Exec is for the fixed SQL of pragmas and migrations only.
// Errors throw domain::StoreFailure (the database failed, not the user).

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace stegvis::store {

class Statement {
 public:
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  // Resets the statement so it holds no read snapshot once the caller is done with it.
  ~Statement();
  Statement(Statement&& other) noexcept : stmt_(other.stmt_) { other.stmt_ = nullptr; }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement& operator=(Statement&&) = delete;
  // Binding is 1-based, like SQLite's.
  Statement& Bind(int index, std::int64_t value);
  Statement& Bind(int index, std::string_view value);
  Statement& Bind(int index, std::optional<std::int64_t> value);
  Statement& BindNull(int index);
  // Steps once: true while there is a row, false when done.
  bool Step();
  std::int64_t Int(int column) const;
  std::optional<std::int64_t> OptionalInt(int column) const;
  std::string Text(int column) const;

 private:
  sqlite3_stmt* stmt_;
};

class SqliteConnection {
 public:
  // Opens (creating if needed) the database file and sets WAL, synchronous=FULL, foreign
  // keys and the busy timeout. Throws StoreFailure if it cannot.
  explicit SqliteConnection(const std::string& path);
  ~SqliteConnection();
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  // Runs fixed SQL (may hold several statements). Never for SQL built from user input.
  void Exec(const char* sql);
  // Returns the cached prepared statement for `sql`, reset and with its bindings cleared.
  Statement Prepare(const std::string& sql);
  // The rowid of the last insert on this connection.
  std::int64_t LastInsertId() const;

 private:
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace stegvis::store
