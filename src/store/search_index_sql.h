#pragma once
// The search index of migration 21 (docs/schema.md): each searchable text — a PDSA cycle's
// every phase, a change idea, a project's problem and aim, a measure's latest 4R notes, a
// reflection note — is one row of search_documents, written by triggers on its own table in
// the same transaction as the text, and filled from what exists when the migration runs.
// SQLite indexes the rows in the FTS5 table search_text (tokenizer "stegvis_swedish");
// PostgreSQL in the generated tsvector column `words` (configuration `swedish`) with a GIN
// index.

#include <string>

#include "store/migrations.h"

namespace stegvis::store {

// The SQL that creates the engine's index, its triggers, and fills it.
std::string SearchIndexSql(TextSearch text_search);

// On SQLite, the triggers that keep search_documents in step with each searchable table (as
// SearchIndexSql makes them), for a migration that rebuilds search_documents.
std::string SqliteSourceTriggersSql();

// Migration 30: the documents of kind "learning" — what a cycle on a change package's idea
// shares with the programme (title, prediction, learning, decision, next step) — and of kind
// "monthly_report" (a team's monthly report), their triggers, and their first filling.
std::string SharedLearningIndexSql(TextSearch text_search);

}  // namespace stegvis::store
