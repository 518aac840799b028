#pragma once
// One PostgreSQL connection (libpq) with a cache of server-side prepared statements.
// Parameters and results travel as text, so the queries written once with `?` placeholders
// (the repositories, sql_*.cc) run unchanged: `?` becomes `$1, $2, ...` when a statement is
// prepared.

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "domain/store.h"
#include "store/sql_connection.h"

struct pg_conn;

namespace stegvis::store {

// A failure PostgreSQL reported, with what the store needs to decide on a retry.
class PostgresFailure : public domain::StoreFailure {
 public:
  PostgresFailure(const std::string& message, std::string sqlstate, bool connection_lost)
      : domain::StoreFailure(message, connection_lost || IsSerializationFailure(sqlstate)),
        sqlstate_(std::move(sqlstate)),
        connection_lost_(connection_lost) {}
  // The five-character SQLSTATE, e.g. "40001"; empty when the server sent none.
  const std::string& sqlstate() const { return sqlstate_; }
  // True when the connection broke (server restarted, network, terminated backend).
  bool connection_lost() const { return connection_lost_; }
  // True for a serialization failure or deadlock: PostgreSQL rolled the transaction back and
  // running it again may succeed.
  bool serialization_failure() const { return IsSerializationFailure(sqlstate_); }

 private:
  // When the store has run out of retries for one, asking again shortly may still succeed:
  // like a lost connection, it makes the failure unavailable() (answered 503).
  static bool IsSerializationFailure(const std::string& sqlstate) {
    return sqlstate == "40001" || sqlstate == "40P01";
  }

  std::string sqlstate_;
  bool connection_lost_;
};

class PostgresConnection final : public SqlConnection {
 public:
  // Connects to `url` (a libpq connection URI or key=value string). Throws PostgresFailure
  // with libpq's message (never the password) when it cannot.
  explicit PostgresConnection(const std::string& url);
  ~PostgresConnection() override;
  PostgresConnection(const PostgresConnection&) = delete;
  PostgresConnection& operator=(const PostgresConnection&) = delete;

  void Exec(const char* sql) override;
  Statement Prepare(const std::string& sql) override;
  // COPY table (columns) FROM STDIN in text format.
  void BulkInsert(std::string_view table, std::span<const std::string_view> columns,
                  std::span<const BulkRow> rows) override;
  bool Broken() const override;

 private:
  class PostgresStatement;
  pg_conn* conn_ = nullptr;
  std::unordered_map<std::string, std::unique_ptr<PostgresStatement>> statements_;
};

// `sql` with each `?` outside quoted literals, quoted identifiers and comments replaced by
// $1, $2, ...; `count` receives the number of parameters.
std::string NumberPlaceholders(std::string_view sql, int& count);

// Appends `value` to `out` escaped for COPY's text format (backslash, tab, newline, CR).
void AppendCopyText(std::string& out, std::string_view value);

}  // namespace stegvis::store
