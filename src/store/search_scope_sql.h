#pragma once
// Scope words in SQLite's search index (migration 28, docs/schema.md): each document of the
// FTS5 table search_text carries, in a third column `scope`, one word that names whose it is
// — its project's team, its change package's programme, or (a reflection note) its
// organisation. A search by a reader who may see only a few teams asks the index for those
// words beside the query's, so the index intersects them in its own lists instead of the
// query walking every match of a common word (store/sql_search.cc). The words only narrow
// the search: the scope's SQL conditions still decide what a reader sees.
//
// A scope word holds letters only, consonants, so that the tokenizer (which splits at every
// non-letter and stems what has a vowel) keeps it whole: "xx" + the team's id with its digits
// written as consonants, "zz" + a programme's, "qq" + an organisation's.

#include <string>

#include "domain/organisation.h"
#include "store/migrations.h"

namespace stegvis::store {

std::string TeamScopeWord(domain::Id team_id);
std::string ProgrammeScopeWord(domain::Id programme_id);
std::string OrganisationScopeWord(domain::Id organisation_id);

// The migration's SQL: on SQLite, search_text again with the scope column, filled from what
// is indexed, and its triggers; on PostgreSQL the column search_documents.team_id, its index
// and the trigger that sets it.
std::string SearchScopeIndexSql(TextSearch text_search);

// On SQLite, the FTS5 table search_text with its scope column over the view search_content, filled
// from search_documents, and the triggers that keep it in step: for a migration that rebuilds
// search_documents (the old table, view and triggers dropped first).
std::string SqliteSearchTextSql();

}  // namespace stegvis::store
