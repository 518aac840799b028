#include "store/sqlite_connection.h"

#include <sqlite3.h>

#include <algorithm>
#include <bit>

#include "core/collate.h"
#include "domain/store_failure.h"
#include "store/sqlite_search_rank.h"
#include "store/sqlite_search_tokenizer.h"

namespace stegvis::store {
namespace {

[[noreturn]] void Throw(sqlite3* db, const std::string& what) {
  throw domain::StoreFailure("sqlite: " + what + ": " + (db ? sqlite3_errmsg(db) : "no database"));
}

void Check(sqlite3* db, int rc, const char* what) {
  if (rc != SQLITE_OK) Throw(db, what);
}

// Parameters per multi-row INSERT: well under SQLite's limit (32766 since 3.32), and large
// enough that per-statement overhead stops mattering.
constexpr std::size_t kBulkParameters = 960;

std::string MultiRowInsert(std::string_view table, std::span<const std::string_view> columns,
                           std::size_t rows) {
  std::string sql = "INSERT INTO " + std::string(table) + " (";
  std::string row = "(";
  for (std::size_t c = 0; c < columns.size(); ++c) {
    sql += (c ? ", " : "") + std::string(columns[c]);
    row += c ? ", ?" : "?";
  }
  row += ")";
  sql += ") VALUES ";
  for (std::size_t r = 0; r < rows; ++r) sql += (r ? ", " : "") + row;
  return sql;
}

// The "swedish" collation (ORDER BY name COLLATE swedish): the order core::SwedishLess
// gives, which PostgreSQL's ICU collation of the same name matches.
int CompareSwedish(void*, int a_size, const void* a, int b_size, const void* b) {
  std::string_view x(static_cast<const char*>(a), static_cast<std::size_t>(a_size));
  std::string_view y(static_cast<const char*>(b), static_cast<std::size_t>(b_size));
  if (core::SwedishLess(x, y)) return -1;
  return core::SwedishLess(y, x) ? 1 : 0;
}

}  // namespace

class SqliteConnection::SqliteStatement final : public SqlStatement {
 public:
  explicit SqliteStatement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  ~SqliteStatement() override { sqlite3_finalize(stmt_); }

  void BindInt(int index, std::int64_t value) override {
    Check(db(), sqlite3_bind_int64(stmt_, index, value), "bind");
  }
  void BindText(int index, std::string_view value) override {
    Check(db(),
          sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()),
                            SQLITE_TRANSIENT),
          "bind");
  }
  void BindNull(int index) override { Check(db(), sqlite3_bind_null(stmt_, index), "bind"); }
  bool Step() override {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    Throw(db(), "step");
  }
  std::int64_t Int(int column) const override { return sqlite3_column_int64(stmt_, column); }
  bool IsNull(int column) const override {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
  }
  std::string Text(int column) const override {
    const unsigned char* text = sqlite3_column_text(stmt_, column);
    return text ? std::string(reinterpret_cast<const char*>(text),
                              static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
                : std::string();
  }
  void Reset() override {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

 private:
  sqlite3* db() const { return sqlite3_db_handle(stmt_); }
  sqlite3_stmt* stmt_;
};

SqliteConnection::SqliteConnection(const std::string& path) {
  int rc =
      sqlite3_open_v2(path.c_str(), &db_,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw domain::StoreFailure("sqlite: cannot open " + path + ": " + message);
  }
  sqlite3_extended_result_codes(db_, 1);
  Check(db_, sqlite3_busy_timeout(db_, 5000), "busy timeout");
  Check(db_,
        sqlite3_create_collation_v2(db_, "swedish", SQLITE_UTF8, nullptr, CompareSwedish, nullptr),
        "collation");
  RegisterSearchTokenizer(db_);
  RegisterSearchRank(db_);
  // WAL lets readers run beside the one writer; FULL syncs the WAL at every commit so an
  // acknowledged write survives a crash; foreign keys are off by default in SQLite.
  Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
}

SqliteConnection::~SqliteConnection() {
  statements_.clear();  // finalize every statement before closing
  sqlite3_close(db_);
}

void SqliteConnection::Exec(const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    throw domain::StoreFailure("sqlite: " + message);
  }
}

Statement SqliteConnection::Prepare(const std::string& sql) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) {
    sqlite3_stmt* stmt = nullptr;
    Check(db_,
          sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()),
                             SQLITE_PREPARE_PERSISTENT, &stmt, nullptr),
          "prepare");
    it = statements_.emplace(sql, std::make_unique<SqliteStatement>(stmt)).first;
  }
  return Statement(*it->second);
}

void SqliteConnection::BulkInsert(std::string_view table, std::span<const std::string_view> columns,
                                  std::span<const BulkRow> rows) {
  if (columns.empty()) return;
  const std::size_t per_statement = std::max<std::size_t>(1, kBulkParameters / columns.size());
  for (std::size_t first = 0, n = 0; first < rows.size(); first += n) {
    // A short tail goes in power-of-two pieces, so an import of any size prepares at most
    // a handful of distinct statements (each stays in the connection's cache).
    n = std::min(per_statement, rows.size() - first);
    if (n < per_statement) n = std::bit_floor(n);
    Statement s = Prepare(MultiRowInsert(table, columns, n));
    for (std::size_t r = first; r < first + n; ++r) {
      if (rows[r].size() != columns.size()) {
        throw domain::StoreFailure("sqlite: bulk insert row has the wrong number of values");
      }
      for (const std::optional<std::string>& value : rows[r]) s.Param(value);
    }
    s.Step();
  }
}

}  // namespace stegvis::store
