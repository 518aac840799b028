#pragma once
// Migration 30 (docs/schema.md): the search index learns two more kinds of document:
// "learning" — what a cycle on a change package's idea shares with every team of the programme
// (its title, prediction, learning, decision and next step; docs/security.md, "Learning across
// teams") — and "monthly_report", a team's monthly report.
// search_documents' CHECK on kind gains the name: PostgreSQL alters the constraint; SQLite
// cannot, so it rebuilds the table, and with it the FTS5 table, its view and every trigger
// that names the table.

#include <string>

#include "store/migrations.h"

namespace stegvis::store {

std::string SharedLearningKindSql(TextSearch text_search);

}  // namespace stegvis::store
