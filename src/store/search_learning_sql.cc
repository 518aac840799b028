#include "store/search_learning_sql.h"

#include "store/search_index_sql.h"
#include "store/search_scope_sql.h"

namespace stegvis::store {
namespace {

constexpr const char* kKinds =
    "kind IN ('cycle', 'idea', 'project', 'gender_note', 'reflection', 'learning', "
    "'monthly_report')";

// Every trigger that names search_documents, the FTS5 table over it and its view, then the table
// itself, copied into one with the wider CHECK (the ids kept: they are the FTS5 rowids).
std::string SqliteRebuild() {
  std::string sql =
      "DROP TRIGGER search_documents_inserted;\n"
      "DROP TRIGGER search_documents_updated;\n"
      "DROP TABLE search_text;\n"
      "DROP VIEW search_content;\n";
  for (const char* table :
       {"pdsa_cycles", "change_ideas", "projects", "gender_notes", "reflection_notes"}) {
    for (const char* event : {"INSERT", "UPDATE"}) {
      sql += std::string("DROP TRIGGER search_") + table + "_" + event + ";\n";
    }
  }
  sql += std::string(
             "CREATE TABLE search_documents_new (\n"
             "  id INTEGER PRIMARY KEY,\n"
             "  kind TEXT NOT NULL CHECK (") +
         kKinds +
         "),\n"
         "  object_id BIGINT NOT NULL,\n"
         "  organisation_id BIGINT NOT NULL REFERENCES organisations(id),\n"
         "  project_id BIGINT REFERENCES projects(id),\n"
         "  programme_id BIGINT REFERENCES programmes(id),\n"
         "  decision TEXT NOT NULL DEFAULT '',\n"
         "  day TEXT NOT NULL DEFAULT '',\n"
         "  title TEXT NOT NULL,\n"
         "  body TEXT NOT NULL,\n"
         "  UNIQUE (kind, object_id)\n"
         ");\n"
         "INSERT INTO search_documents_new (id, kind, object_id, organisation_id, project_id, "
         "programme_id, decision, day, title, body) SELECT id, kind, object_id, organisation_id, "
         "project_id, programme_id, decision, day, title, body FROM search_documents;\n"
         "DROP TABLE search_documents;\n"
         "ALTER TABLE search_documents_new RENAME TO search_documents;\n"
         "CREATE INDEX search_documents_by_project ON search_documents(project_id);\n";
  return sql;
}

}  // namespace

std::string SharedLearningKindSql(TextSearch text_search) {
  if (text_search == TextSearch::kTsvector) {
    return std::string(
               "ALTER TABLE search_documents DROP CONSTRAINT search_documents_kind_check;\n"
               "ALTER TABLE search_documents ADD CONSTRAINT search_documents_kind_check CHECK (") +
           kKinds + ");\n" + SharedLearningIndexSql(text_search);
  }
  // The new documents are written before the FTS5 table exists; its 'rebuild' indexes them all.
  return SqliteRebuild() + SqliteSourceTriggersSql() + SharedLearningIndexSql(text_search) +
         SqliteSearchTextSql();
}

}  // namespace stegvis::store
