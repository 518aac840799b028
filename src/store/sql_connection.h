#pragma once
// The small SQL interface the stores share: a connection that prepares statements, and
// statements that take parameters and step through rows. SQLite and PostgreSQL each
// implement it once; the domain's queries (the repositories, sql_*.cc) are written once
// against it, with `?` placeholders and `INSERT ... RETURNING id`, which both engines accept.
//
// Parameters and columns are never numbered by hand: a Statement takes its parameters in the
// order of the `?` placeholders (Param, or Query/Run with the values listed beside the SQL)
// and reads a row's columns in the order of the SELECT list (Next). An entity's columns are
// listed, read and bound from its description (store/entity_sql.h), so they cannot drift.
//
// Errors throw domain::StoreFailure: the database failed, not the user.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
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
  Statement(Statement&& other) noexcept
      : s_(other.s_), next_param_(other.next_param_), next_column_(other.next_column_) {
    other.s_ = nullptr;
  }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement& operator=(Statement&&) = delete;

  // Binds `value` to the next `?` placeholder: an integer, bool (0 or 1), text, or an
  // optional of those (NULL when empty).
  template <typename V>
  Statement& Param(const V& value) {
    const int index = next_param_++;
    if constexpr (std::is_same_v<V, std::nullopt_t>) {
      s_->BindNull(index);
    } else if constexpr (std::is_same_v<V, bool>) {
      s_->BindInt(index, value ? 1 : 0);
    } else if constexpr (std::is_integral_v<V>) {
      s_->BindInt(index, static_cast<std::int64_t>(value));
    } else if constexpr (std::is_convertible_v<const V&, std::string_view>) {
      s_->BindText(index, std::string_view(value));
    } else {  // std::optional<...>
      --next_param_;
      if (value) return Param(*value);
      return Param(std::nullopt);
    }
    return *this;
  }
  // Binds each value in turn, as Param.
  template <typename... Vs>
  Statement& Params(const Vs&... values) {
    (Param(values), ...);
    return *this;
  }

  // Runs the statement on the first call; true while there is a row, false when done. Each
  // row is read from its first column on.
  bool Step() {
    next_column_ = 0;
    return s_->Step();
  }

  // The next column of the current row as V: an integer, bool, std::string, or an optional
  // of those (empty for NULL).
  template <typename V>
  V Next() {
    const int column = next_column_++;
    if constexpr (std::is_same_v<V, std::string>) {
      return s_->Text(column);
    } else if constexpr (std::is_same_v<V, bool>) {
      return s_->Int(column) != 0;
    } else if constexpr (std::is_integral_v<V>) {
      return static_cast<V>(s_->Int(column));
    } else {  // std::optional<...>
      if (s_->IsNull(column)) return std::nullopt;
      --next_column_;
      return Next<typename V::value_type>();
    }
  }
  // True when the next column is NULL (without moving past it).
  bool NextIsNull() const { return s_->IsNull(next_column_); }
  // Moves past `count` columns.
  void Skip(int count) { next_column_ += count; }

 private:
  SqlStatement* s_;
  int next_param_ = 1;
  int next_column_ = 0;
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

// The statement for `sql` with `params` bound to its placeholders in order, ready to Step.
template <typename... Vs>
Statement Query(SqlConnection& db, const std::string& sql, const Vs&... params) {
  Statement s = db.Prepare(sql);
  s.Params(params...);
  return s;
}

// Runs `sql` (an INSERT, UPDATE or DELETE) once with `params`.
template <typename... Vs>
void Run(SqlConnection& db, const std::string& sql, const Vs&... params) {
  Query(db, sql, params...).Step();
}

// The first column of every row of `sql`, as V (ids, usually).
template <typename V, typename... Vs>
std::vector<V> ListColumn(SqlConnection& db, const std::string& sql, const Vs&... params) {
  Statement s = Query(db, sql, params...);
  std::vector<V> out;
  while (s.Step()) out.push_back(s.Next<V>());
  return out;
}

// The first column of the first row of `sql`, if there is a row.
template <typename V, typename... Vs>
std::optional<V> FindColumn(SqlConnection& db, const std::string& sql, const Vs&... params) {
  Statement s = Query(db, sql, params...);
  if (!s.Step()) return std::nullopt;
  return s.Next<V>();
}

}  // namespace stegvis::store
