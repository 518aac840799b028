#include "store/postgres_connection.h"

#include <libpq-fe.h>

#include <charconv>
#include <vector>

namespace stegvis::store {
namespace {

// libpq's messages may span lines (a hint on a tab-indented second line); ours are one line.
std::string Trimmed(const char* message) {
  std::string s;
  for (const char* p = message ? message : ""; *p; ++p) {
    if (*p == '\n' || *p == '\t') {
      if (!s.empty() && s.back() != ' ') s += ' ';
    } else {
      s += *p;
    }
  }
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s.empty() ? "unknown error" : s;
}

bool ConnectionLostState(const std::string& sqlstate) {
  // Class 08: connection exceptions; 57P01-57P03: the server is shutting down or restarting.
  return sqlstate.starts_with("08") || sqlstate == "57P01" || sqlstate == "57P02" ||
         sqlstate == "57P03";
}

// Returns when `result` succeeded (the caller still owns it); otherwise frees it and throws
// PostgresFailure with the server's message and SQLSTATE.
void CheckResult(pg_conn* conn, PGresult* result, const char* what) {
  ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return;
  std::string sqlstate;
  std::string message;
  if (result) {
    const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    sqlstate = state ? state : "";
    message = Trimmed(PQresultErrorMessage(result));
  } else {
    message = Trimmed(PQerrorMessage(conn));
  }
  bool lost = PQstatus(conn) != CONNECTION_OK || ConnectionLostState(sqlstate);
  PQclear(result);
  throw PostgresFailure("postgresql: " + std::string(what) + ": " + message +
                            (sqlstate.empty() ? "" : " [" + sqlstate + "]"),
                        sqlstate, lost);
}

// COPY data goes to the server in pieces of about this size.
constexpr std::size_t kCopyChunkBytes = std::size_t{64} * 1024;

// Notices (e.g. "relation already exists, skipping") are expected; libpq would print them.
void IgnoreNotice(void*, const char*) {}

}  // namespace

std::string NumberPlaceholders(std::string_view sql, int& count) {
  std::string out;
  out.reserve(sql.size() + 16);
  count = 0;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (c == '\'' || c == '"') {  // a literal or identifier; a doubled quote stays inside
      std::size_t end = i + 1;
      for (; end < sql.size(); ++end) {
        if (sql[end] == c) {
          if (end + 1 < sql.size() && sql[end + 1] == c) {
            ++end;
            continue;
          }
          break;
        }
      }
      out.append(sql.substr(i, end - i + 1));
      i = end;
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      std::size_t end = sql.find('\n', i);
      if (end == std::string_view::npos) end = sql.size() - 1;
      out.append(sql.substr(i, end - i + 1));
      i = end;
    } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
      std::size_t end = sql.find("*/", i + 2);
      end = end == std::string_view::npos ? sql.size() - 1 : end + 1;
      out.append(sql.substr(i, end - i + 1));
      i = end;
    } else if (c == '?') {
      out += '$' + std::to_string(++count);
    } else {
      out += c;
    }
  }
  return out;
}

void AppendCopyText(std::string& out, std::string_view value) {
  for (char c : value) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
}

class PostgresConnection::PostgresStatement final : public SqlStatement {
 public:
  PostgresStatement(pg_conn* conn, std::string name, int parameters)
      : conn_(conn), name_(std::move(name)), params_(static_cast<std::size_t>(parameters)) {}
  ~PostgresStatement() override { PQclear(result_); }

  void BindInt(int index, std::int64_t value) override { Param(index) = std::to_string(value); }
  void BindText(int index, std::string_view value) override {
    // libpq passes text parameters as C strings, and PostgreSQL's text cannot hold NUL: refuse
    // rather than store a silently shortened value.
    if (value.find('\0') != std::string_view::npos) {
      throw domain::StoreFailure("postgresql: a text value contains a NUL character");
    }
    Param(index) = std::string(value);
  }
  void BindNull(int index) override { Param(index).reset(); }

  bool Step() override {
    if (!result_) {
      std::vector<const char*> values(params_.size());
      for (std::size_t i = 0; i < params_.size(); ++i) {
        values[i] = params_[i] ? params_[i]->c_str() : nullptr;
      }
      // Text parameters and results: PostgreSQL converts to and from the column types.
      PGresult* result = PQexecPrepared(conn_, name_.c_str(), static_cast<int>(values.size()),
                                        values.data(), nullptr, nullptr, 0);
      CheckResult(conn_, result, "query");
      result_ = result;
      row_ = -1;
    }
    return ++row_ < PQntuples(result_);
  }
  std::int64_t Int(int column) const override {
    const char* text = PQgetvalue(result_, row_, column);
    std::int64_t value = 0;
    std::string_view s(text, static_cast<std::size_t>(PQgetlength(result_, row_, column)));
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size()) {
      throw domain::StoreFailure("postgresql: column " + std::to_string(column) +
                                 " is not an integer: " + std::string(s));
    }
    return value;
  }
  bool IsNull(int column) const override { return PQgetisnull(result_, row_, column) != 0; }
  std::string Text(int column) const override {
    return std::string(PQgetvalue(result_, row_, column),
                       static_cast<std::size_t>(PQgetlength(result_, row_, column)));
  }
  void Reset() override {
    PQclear(result_);
    result_ = nullptr;
    for (auto& p : params_) p.reset();
  }

 private:
  std::optional<std::string>& Param(int index) {
    if (index < 1 || static_cast<std::size_t>(index) > params_.size()) {
      throw domain::StoreFailure("postgresql: no parameter " + std::to_string(index));
    }
    return params_[static_cast<std::size_t>(index - 1)];
  }

  pg_conn* conn_;
  std::string name_;
  std::vector<std::optional<std::string>> params_;
  PGresult* result_ = nullptr;
  int row_ = -1;
};

PostgresConnection::PostgresConnection(const std::string& url) {
  // Defaults first: settings in the URL itself override them.
  const char* keys[] = {"connect_timeout", "fallback_application_name", "dbname", nullptr};
  const char* values[] = {"10", "stegvis", url.c_str(), nullptr};
  conn_ = PQconnectdbParams(keys, values, 1);
  if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
    std::string message = conn_ ? Trimmed(PQerrorMessage(conn_)) : "out of memory";
    PQfinish(conn_);
    conn_ = nullptr;
    throw PostgresFailure("postgresql: cannot connect: " + message, "08001", true);
  }
  PQsetNoticeProcessor(conn_, IgnoreNotice, nullptr);
  // Fixed session settings: UTF-8 text and UTC, whatever the server's defaults.
  Exec("SET client_encoding = 'UTF8'; SET TimeZone = 'UTC'");
}

PostgresConnection::~PostgresConnection() {
  statements_.clear();
  PQfinish(conn_);
}

bool PostgresConnection::Broken() const {
  return PQstatus(conn_) != CONNECTION_OK;
}

void PostgresConnection::Exec(const char* sql) {
  PGresult* result = PQexec(conn_, sql);
  CheckResult(conn_, result, "exec");
  PQclear(result);
}

Statement PostgresConnection::Prepare(const std::string& sql) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) {
    int parameters = 0;
    std::string numbered = NumberPlaceholders(sql, parameters);
    std::string name = "s" + std::to_string(statements_.size() + 1);
    PGresult* result = PQprepare(conn_, name.c_str(), numbered.c_str(), parameters, nullptr);
    CheckResult(conn_, result, "prepare");
    PQclear(result);
    it = statements_
             .emplace(sql, std::make_unique<PostgresStatement>(conn_, std::move(name), parameters))
             .first;
  }
  return Statement(*it->second);
}

void PostgresConnection::BulkInsert(std::string_view table,
                                    std::span<const std::string_view> columns,
                                    std::span<const BulkRow> rows) {
  if (columns.empty() || rows.empty()) return;
  std::string sql = "COPY " + std::string(table) + " (";
  for (std::size_t c = 0; c < columns.size(); ++c) sql += (c ? ", " : "") + std::string(columns[c]);
  sql += ") FROM STDIN";
  PGresult* start = PQexec(conn_, sql.c_str());
  if (PQresultStatus(start) != PGRES_COPY_IN) CheckResult(conn_, start, "copy");
  PQclear(start);

  // Send in chunks of about 64 KiB; on a bad row end the COPY with an error so the server
  // leaves the copy state (the transaction then fails and rolls back).
  std::string buffer;
  auto send = [&] {
    if (!buffer.empty() &&
        PQputCopyData(conn_, buffer.data(), static_cast<int>(buffer.size())) != 1) {
      CheckResult(conn_, nullptr, "copy data");
    }
    buffer.clear();
  };
  const char* error = nullptr;
  for (const BulkRow& row : rows) {
    if (row.size() != columns.size()) {
      error = "bulk insert row has the wrong number of values";
      break;
    }
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c) buffer += '\t';
      if (row[c]) {
        AppendCopyText(buffer, *row[c]);
      } else {
        buffer += "\\N";
      }
    }
    buffer += '\n';
    if (buffer.size() >= kCopyChunkBytes) send();
  }
  if (!error) send();
  if (PQputCopyEnd(conn_, error) != 1) CheckResult(conn_, nullptr, "copy end");
  PGresult* result = PQgetResult(conn_);
  // Read the remaining results so the connection is ready for the next command.
  while (PGresult* extra = PQgetResult(conn_)) PQclear(extra);
  if (error) {
    PQclear(result);
    throw domain::StoreFailure(std::string("postgresql: ") + error);
  }
  CheckResult(conn_, result, "copy");
  PQclear(result);
}

}  // namespace stegvis::store
