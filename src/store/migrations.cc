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
    {2, "teams, roles, sessions, login limits, password resets and the audit trail", R"sql(
CREATE TABLE teams (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);
CREATE INDEX teams_by_unit ON teams(unit_id, name);
CREATE TABLE memberships (
  id {{id}},
  user_id BIGINT NOT NULL REFERENCES users(id),
  role TEXT NOT NULL CHECK (role IN ('admin', 'strateg', 'chef', 'teammedlem', 'politiker')),
  scope_kind TEXT NOT NULL CHECK (scope_kind IN ('organisation', 'unit', 'programme', 'team')),
  scope_id BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (user_id, role, scope_kind, scope_id)
);
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions(user_id);
CREATE TABLE login_failures (
  subject TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  last_failure_at BIGINT NOT NULL,
  locked_until BIGINT NOT NULL
);
CREATE TABLE password_resets (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT
);
CREATE TABLE audit_events (
  id {{id}},
  organisation_id BIGINT,
  at BIGINT NOT NULL,
  actor_user_id BIGINT,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id BIGINT,
  before_json TEXT NOT NULL DEFAULT '',
  after_json TEXT NOT NULL DEFAULT '',
  remote_address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_object ON audit_events(object_type, object_id, id);
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
