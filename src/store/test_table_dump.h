#pragma once
// For the store tests only (header-only, included by *_test.cc): every table of a database
// with every row, to compare two databases (upgrade_test.cc, backup_test.cc).

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "store/database_url.h"
#include "store/postgres_connection.h"
#include "store/sql_connection.h"
#include "store/sqlite_connection.h"

namespace stegvis::store {

using DumpRow = std::vector<std::optional<std::string>>;

struct DumpTable {
  std::vector<std::string> columns;
  std::vector<DumpRow> rows;  // sorted, so two dumps compare as multisets
  bool operator==(const DumpTable&) const = default;
};

using TableDump = std::map<std::string, DumpTable>;

// A connection of the test's own to the database `url` names, for SQL the store has no
// repository for.
inline std::unique_ptr<SqlConnection> ConnectForTest(const std::string& url) {
  const DatabaseUrl parsed = *ParseDatabaseUrl(url);
  if (parsed.engine == Engine::kSqlite) return std::make_unique<SqliteConnection>(parsed.location);
  return std::make_unique<PostgresConnection>(parsed.location);
}

// Every table with every row, values as text (NULL as nullopt). Table and column names come
// from the database's own catalogue. On SQLite the full-text index (search_text and the
// shadow tables FTS5 keeps it in) is left out: it is derived from search_documents, and a
// migration may rebuild it.
inline TableDump DumpDatabase(SqlConnection& db, Engine engine) {
  const bool sqlite = engine == Engine::kSqlite;
  const std::vector<std::string> tables = ListColumn<std::string>(
      db, sqlite ? "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                   "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                 : "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                   "'public' AND table_type = 'BASE TABLE' ORDER BY table_name");
  TableDump dump;
  for (const std::string& name : tables) {
    DumpTable& table = dump[name];
    table.columns = ListColumn<std::string>(
        db,
        sqlite ? "SELECT name FROM pragma_table_info(?) ORDER BY cid"
               : "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                 "'public' AND table_name = ? ORDER BY ordinal_position",
        name);
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      sql += (i ? ", " : "") + table.columns[i];
    }
    Statement rows = db.Prepare(sql + " FROM " + name);
    while (rows.Step()) {
      DumpRow row;
      for (std::size_t i = 0; i < table.columns.size(); ++i) {
        row.push_back(rows.Next<std::optional<std::string>>());
      }
      table.rows.push_back(std::move(row));
    }
    std::sort(table.rows.begin(), table.rows.end());
  }
  return dump;
}

// A row as "('a', NULL, ...)", for failure messages.
inline std::string DescribeRow(const DumpRow& row) {
  std::string out = "(";
  for (std::size_t i = 0; i < row.size(); ++i) {
    out += (i ? ", " : "") + (row[i] ? "'" + *row[i] + "'" : std::string("NULL"));
  }
  return out + ")";
}

}  // namespace stegvis::store
