#pragma once
// Migration 37 (docs/schema.md): a membership may hold the role "coach" (a programme's
// coach, domain/access.h). SQLite cannot change a CHECK, so there memberships is built again
// by the procedure of SQLite's ALTER TABLE documentation (new table, copy, drop, rename); no
// other table references it. PostgreSQL replaces the constraint in place. Both end with the
// same columns in the same order.

#include <string>

#include "store/database_url.h"

namespace stegvis::store {

// The migration's SQL for `engine`.
std::string CoachRoleSql(Engine engine);

}  // namespace stegvis::store
