#include "store/coach_role_sql.h"

namespace stegvis::store {
namespace {

constexpr const char* kSqlite = R"sql(
CREATE TABLE memberships_coach (
  id INTEGER PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  role TEXT NOT NULL
    CHECK (role IN ('admin', 'strateg', 'chef', 'teammedlem', 'politiker', 'coach')),
  scope_kind TEXT NOT NULL CHECK (scope_kind IN ('organisation', 'unit', 'programme', 'team')),
  scope_id BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (user_id, role, scope_kind, scope_id)
);
INSERT INTO memberships_coach (id, user_id, role, scope_kind, scope_id, created_at)
  SELECT id, user_id, role, scope_kind, scope_id, created_at FROM memberships;
DROP TABLE memberships;
ALTER TABLE memberships_coach RENAME TO memberships;
)sql";

constexpr const char* kPostgres = R"sql(
ALTER TABLE memberships DROP CONSTRAINT memberships_role_check;
ALTER TABLE memberships ADD CONSTRAINT memberships_role_check
  CHECK (role IN ('admin', 'strateg', 'chef', 'teammedlem', 'politiker', 'coach'));
)sql";

}  // namespace

std::string CoachRoleSql(Engine engine) {
  return engine == Engine::kSqlite ? kSqlite : kPostgres;
}

}  // namespace stegvis::store
