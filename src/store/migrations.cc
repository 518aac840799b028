#include "store/migrations.h"

namespace stegvis::store {
namespace {

// Times are Unix seconds (UTC) in 64-bit integers on every engine.
constexpr Migration kMigrations[] = {
    {1, "organisations, units and users", R"sql(
CREATE TABLE organisations (
  id {{id}},
  name TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE TABLE units (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  parent_id BIGINT REFERENCES units(id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('namnd', 'forvaltning', 'enhet')),
  created_at BIGINT NOT NULL
);
CREATE INDEX units_by_organisation ON units(organisation_id, name);
CREATE TABLE users (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  email TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  language TEXT NOT NULL DEFAULT 'sv' CHECK (language IN ('sv', 'en')),
  active INTEGER NOT NULL DEFAULT 1,
  password_hash TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
)sql"},
};

}  // namespace

std::span<const Migration> Migrations() {
  return kMigrations;
}

int LatestMigrationVersion() {
  return Migrations().back().version;
}

std::string RenderMigration(const Migration& migration, const Dialect& dialect) {
  std::string sql = migration.sql;
  const std::string_view token = "{{id}}";
  for (std::size_t pos = sql.find(token); pos != std::string::npos; pos = sql.find(token, pos)) {
    sql.replace(pos, token.size(), dialect.id_column);
    pos += dialect.id_column.size();
  }
  return sql;
}

}  // namespace stegvis::store
