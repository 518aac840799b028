#pragma once
// Migration 29 (docs/schema.md): an offer of an adopted idea goes to a team or to a
// programme's change package, and may be declined. idea_offers gains programme_id, team_id
// becomes optional with a check that exactly one of the two is set, the status may be
// 'declined', and taken_by/taken_at become answered_by/answered_at (whoever took, accepted or
// declined it). SQLite cannot change a column's NOT NULL or a CHECK, so there the table is
// built again (nothing references it); PostgreSQL alters it in place. Both end with the same
// columns in the same order.

#include <string>

#include "store/database_url.h"

namespace stegvis::store {

// The migration's SQL for `engine`.
std::string AnswerableIdeaOffersSql(Engine engine);

}  // namespace stegvis::store
