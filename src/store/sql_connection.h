#pragma once
// The small SQL interface the stores share: a connection that prepares statements, and
// statements that bind parameters and step through rows. SQLite and PostgreSQL each
// implement it once; the domain's queries (sql_tx.cc) are written once against it, with `?`
// placeholders and `INSERT ... RETURNING id`, which both engines accept.
//
// Errors throw domain::StoreFailure: the database failed, not the user.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace stegvis::store {

class SqlStatement {
 public:
  virtual ~SqlStatement() = default;
  // Binding is 1-based.
  virtual void BindInt(int index, std::int64_t value) = 0;
  virtual void BindText(int index, std::string_view value) = 0;
  virtual void BindNull(int index) = 0;
  // Runs the statement on the first call; true while there is a row, false when done.
  virtual bool Step() = 0;
  virtual std::int64_t Int(int column) const = 0;
  virtual bool IsNull(int column) const = 0;
  virtual std::string Text(int column) const = 0;
  // Clears bindings and results so the statement can run again.
  virtual void Reset() = 0;
};

// A prepared statement borrowed from a connection's cache; resets it when done so it holds
// no snapshot or result set.
class Statement {
 public:
  explicit Statement(SqlStatement& s) : s_(&s) {}
  ~Statement() {
    if (s_) s_->Reset();
  }
  Statement(Statement&& other) noexcept : s_(other.s_) { other.s_ = nullptr; }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement& operator=(Statement&&) = delete;

  Statement& Bind(int index, std::int64_t value) {
    s_->BindInt(index, value);
    return *this;
  }
  Statement& Bind(int index, std::string_view value) {
    s_->BindText(index, value);
    return *this;
  }
  Statement& Bind(int index, std::optional<std::int64_t> value) {
    if (value) return Bind(index, *value);
    return BindNull(index);
  }
  Statement& BindNull(int index) {
    s_->BindNull(index);
    return *this;
  }
  bool Step() { return s_->Step(); }
  std::int64_t Int(int column) const { return s_->Int(column); }
  std::optional<std::int64_t> OptionalInt(int column) const {
    if (s_->IsNull(column)) return std::nullopt;
    return s_->Int(column);
  }
  std::string Text(int column) const { return s_->Text(column); }

 private:
  SqlStatement* s_;
};

// One row for SqlConnection::BulkInsert: a text value per column (the database converts it to
// the column's type, e.g. "42" into a BIGINT), nullopt for NULL.
using BulkRow = std::vector<std::optional<std::string>>;

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  // Runs fixed SQL (may hold several statements). Never for SQL built from user input.
  virtual void Exec(const char* sql) = 0;
  // Returns the cached prepared statement for `sql` (with `?` placeholders).
  virtual Statement Prepare(const std::string& sql) = 0;
  // Inserts many rows into `table` at once: COPY on PostgreSQL, prepared multi-row INSERTs on
  // SQLite. `table` and `columns` are identifiers written in store/ code, never user input;
  // the values are data and are never spliced into SQL. Returns nothing (no ids).
  virtual void BulkInsert(std::string_view table, std::span<const std::string_view> columns,
                          std::span<const BulkRow> rows) = 0;
  // True when the connection is lost and must be replaced rather than reused.
  virtual bool Broken() const { return false; }
};

}  // namespace stegvis::store
