#include "store/search_index_sql.h"

namespace stegvis::store {
namespace {

// One searchable table: the SELECT that makes its search_documents rows (in the column order
// of kInsert), the key that picks the row a trigger fired for, and the condition that picks
// the rows to index when the migration runs.
struct Source {
  const char* name;  // names its triggers
  const char* table;
  const char* select;
  const char* key;
  const char* fill_where;
};

// The body of a cycle is every phase's text; the learning and the decision are in it.
constexpr Source kSources[] = {
    {"pdsa_cycles", "pdsa_cycles",
     "SELECT 'cycle', c.id, c.organisation_id, c.project_id, CAST(NULL AS BIGINT), c.decision, "
     "c.start_date, c.title, c.question || ' ' || c.prediction || ' ' || c.who || ' ' || "
     "c.what || ' ' || c.place || ' ' || c.data_plan || ' ' || c.observations || ' ' || "
     "c.surprises || ' ' || c.result || ' ' || c.learning || ' ' || c.next_step "
     "FROM pdsa_cycles c",
     "c.id", "1 = 1"},
    {"change_ideas", "change_ideas",
     "SELECT 'idea', i.id, i.organisation_id, i.project_id, i.programme_id, '', '', i.title, "
     "i.description FROM change_ideas i",
     "i.id", "1 = 1"},
    {"projects", "projects",
     "SELECT 'project', p.id, p.organisation_id, p.id, CAST(NULL AS BIGINT), '', '', p.title, "
     "p.problem || ' ' || p.aim_what || ' ' || p.aim_how_much || ' ' || p.aim_by_when || ' ' || "
     "p.aim_for_whom FROM projects p",
     "p.id", "1 = 1"},
    // A measure's 4R notes are saved as versions: the index holds the latest, under the
    // measure's id.
    {"gender_notes", "gender_notes",
     "SELECT 'gender_note', m.id, m.organisation_id, m.project_id, CAST(NULL AS BIGINT), '', '', "
     "m.name, g.representation || ' ' || g.resources || ' ' || g.realia || ' ' || g.realisera "
     "FROM gender_notes g JOIN measures m ON m.id = g.measure_id",
     "g.id",
     "g.version = (SELECT max(v.version) FROM gender_notes v WHERE v.measure_id = g.measure_id)"},
    {"reflection_notes", "reflection_notes",
     "SELECT 'reflection', r.id, r.organisation_id, CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), "
     "'', r.held_on, r.title, r.body || ' ' || r.peer FROM reflection_notes r",
     "r.id", "1 = 1"},
};

// Migration 30: a cycle that tests a change package's idea is shared with the whole programme
// as the idea's page shows it (docs/security.md, "Learning across teams"): its title,
// prediction, learning, decision and next step, and nothing else of the cycle. The document
// belongs to the programme, not to a project, so it is in the scope of the programme's
// readers. A cycle's idea never changes, nor a package idea's programme.
constexpr Source kSharedLearning = {
    "pdsa_learnings", "pdsa_cycles",
    "SELECT 'learning', c.id, c.organisation_id, CAST(NULL AS BIGINT), i.programme_id, "
    "c.decision, c.start_date, c.title, c.prediction || ' ' || c.learning || ' ' || c.next_step "
    "FROM pdsa_cycles c JOIN change_ideas i ON i.id = c.change_idea_id "
    "AND i.programme_id IS NOT NULL",
    "c.id", "1 = 1"};

// Migration 30 too: a team's monthly report (its project's title and month as the title, what
// it tested, learned and needs as the body, dated by its month's first day). The title is the
// project's as the report was last saved.
constexpr Source kMonthlyReports = {
    "monthly_reports", "monthly_reports",
    "SELECT 'monthly_report', r.id, r.organisation_id, r.project_id, CAST(NULL AS BIGINT), '', "
    "r.month || '-01', (SELECT p.title FROM projects p WHERE p.id = r.project_id) || ' ' || "
    "r.month, r.tested || ' ' || r.learned || ' ' || r.support FROM monthly_reports r",
    "r.id", "1 = 1"};

constexpr const char* kInsert =
    "INSERT INTO search_documents (kind, object_id, organisation_id, project_id, programme_id, "
    "decision, day, title, body) ";
constexpr const char* kUpsert =
    " ON CONFLICT (kind, object_id) DO UPDATE SET organisation_id = excluded.organisation_id, "
    "project_id = excluded.project_id, programme_id = excluded.programme_id, "
    "decision = excluded.decision, day = excluded.day, title = excluded.title, "
    "body = excluded.body";

// The statement a trigger runs for the row NEW of `source`.
std::string Refresh(const Source& source) {
  return std::string(kInsert) + source.select + " WHERE " + source.key + " = NEW.id" + kUpsert +
         ";\n";
}

std::string Fill(const Source& source) {
  return std::string(kInsert) + source.select + " WHERE " + source.fill_where + ";\n";
}

// The FTS5 table reads its text from search_documents (external content) and is kept in step
// with it by these triggers.
constexpr const char* kSqliteIndex = R"sql(
CREATE VIRTUAL TABLE search_text USING fts5(title, body, content = 'search_documents',
  content_rowid = 'id', tokenize = 'stegvis_swedish', prefix = '3 5');
CREATE TRIGGER search_documents_inserted AFTER INSERT ON search_documents BEGIN
  INSERT INTO search_text (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END;
CREATE TRIGGER search_documents_updated AFTER UPDATE ON search_documents BEGIN
  INSERT INTO search_text (search_text, rowid, title, body)
    VALUES ('delete', OLD.id, OLD.title, OLD.body);
  INSERT INTO search_text (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END;
)sql";

constexpr const char* kPostgresIndex = R"sql(
ALTER TABLE search_documents ADD COLUMN words tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('swedish', title), 'A') || setweight(to_tsvector('swedish', body), 'B')
) STORED;
CREATE INDEX search_documents_words ON search_documents USING GIN (words);
)sql";

std::string SqliteTriggers(const Source& source) {
  std::string out;
  for (const char* event : {"INSERT", "UPDATE"}) {
    out += std::string("CREATE TRIGGER search_") + source.name + "_" + event + " AFTER " + event +
           " ON " + source.table + " BEGIN\n  " + Refresh(source) + "END;\n";
  }
  return out;
}

std::string PostgresTriggers(const Source& source) {
  const std::string function = std::string("search_index_") + source.name;
  return "CREATE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  " +
         Refresh(source) + "  RETURN NULL;\nEND\n$$;\nCREATE TRIGGER search_" + source.name +
         " AFTER INSERT OR UPDATE ON " + source.table + " FOR EACH ROW EXECUTE FUNCTION " +
         function + "();\n";
}

}  // namespace

std::string SearchIndexSql(TextSearch text_search) {
  const bool fts5 = text_search == TextSearch::kFts5;
  std::string sql = fts5 ? kSqliteIndex : kPostgresIndex;
  for (const Source& source : kSources) {
    sql += Fill(source);
    sql += fts5 ? SqliteTriggers(source) : PostgresTriggers(source);
  }
  return sql;
}

std::string SqliteSourceTriggersSql() {
  std::string sql;
  for (const Source& source : kSources) sql += SqliteTriggers(source);
  return sql;
}

std::string SharedLearningIndexSql(TextSearch text_search) {
  const bool fts5 = text_search == TextSearch::kFts5;
  std::string sql;
  for (const Source& source : {kSharedLearning, kMonthlyReports}) {
    sql += Fill(source) + (fts5 ? SqliteTriggers(source) : PostgresTriggers(source));
  }
  return sql;
}

}  // namespace stegvis::store
