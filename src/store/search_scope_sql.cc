#include "store/search_scope_sql.h"

namespace stegvis::store {
namespace {

constexpr const char* kDigitLetters = "bcdfghjklm";  // 0 … 9

std::string ScopeWord(const char* prefix, domain::Id id) {
  std::string out = prefix;
  for (char digit : std::to_string(id)) out += kDigitLetters[digit - '0'];
  return out;
}

// The SQL that writes the id `column` holds as ScopeWord does.
std::string SqlDigits(const std::string& column) {
  std::string out = "CAST(" + column + " AS TEXT)";
  for (int digit = 0; digit < 10; ++digit) {
    out = "replace(" + out + ", '" + std::to_string(digit) + "', '" + kDigitLetters[digit] + "')";
  }
  return out;
}

// The scope word of the search_documents row `row` (NEW, OLD or a table alias). A project's
// team never changes (domain/project.h), so the word of a row never changes either.
std::string SqlScopeWord(const std::string& row) {
  return "CASE WHEN " + row + ".project_id IS NOT NULL THEN 'xx' || " +
         SqlDigits("(SELECT p.team_id FROM projects p WHERE p.id = " + row + ".project_id)") +
         " WHEN " + row + ".programme_id IS NOT NULL THEN 'zz' || " +
         SqlDigits(row + ".programme_id") + " ELSE 'qq' || " + SqlDigits(row + ".organisation_id") +
         " END";
}

std::string SqliteScopeIndex() {
  return "DROP TRIGGER search_documents_inserted;\n"
         "DROP TRIGGER search_documents_updated;\n"
         "DROP TABLE search_text;\n" +
         SqliteSearchTextSql();
}

}  // namespace

std::string SqliteSearchTextSql() {
  return "CREATE VIEW search_content AS SELECT d.id, d.title, d.body, " + SqlScopeWord("d") +
         " AS scope FROM search_documents d;\n"
         "CREATE VIRTUAL TABLE search_text USING fts5(title, body, scope, "
         "content = 'search_content', content_rowid = 'id', tokenize = 'stegvis_swedish', "
         "prefix = '3 5');\n"
         "INSERT INTO search_text (search_text) VALUES ('rebuild');\n"
         "CREATE TRIGGER search_documents_inserted AFTER INSERT ON search_documents BEGIN\n"
         "  INSERT INTO search_text (rowid, title, body, scope) VALUES (NEW.id, NEW.title, "
         "NEW.body, " +
         SqlScopeWord("NEW") +
         ");\nEND;\n"
         "CREATE TRIGGER search_documents_updated AFTER UPDATE ON search_documents BEGIN\n"
         "  INSERT INTO search_text (search_text, rowid, title, body, scope) VALUES ('delete', "
         "OLD.id, OLD.title, OLD.body, " +
         SqlScopeWord("OLD") +
         ");\n"
         "  INSERT INTO search_text (rowid, title, body, scope) VALUES (NEW.id, NEW.title, "
         "NEW.body, " +
         SqlScopeWord("NEW") + ");\nEND;\n";
}

namespace {

// PostgreSQL keeps the team of a document's project in search_documents.team_id (set by a
// trigger before each write), indexed with the document's id, so a reader of a few teams
// reads those teams' documents newest first instead of every match of a common word.
constexpr const char* kPostgresScopeIndex = R"sql(
ALTER TABLE search_documents ADD COLUMN team_id BIGINT REFERENCES teams(id);
UPDATE search_documents d SET team_id = p.team_id FROM projects p WHERE p.id = d.project_id;
CREATE INDEX search_documents_by_team ON search_documents(team_id, id);
CREATE FUNCTION search_documents_team() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.team_id := (SELECT p.team_id FROM projects p WHERE p.id = NEW.project_id);
  RETURN NEW;
END
$$;
CREATE TRIGGER search_documents_team BEFORE INSERT OR UPDATE ON search_documents
  FOR EACH ROW EXECUTE FUNCTION search_documents_team();
)sql";

}  // namespace

std::string TeamScopeWord(domain::Id team_id) {
  return ScopeWord("xx", team_id);
}
std::string ProgrammeScopeWord(domain::Id programme_id) {
  return ScopeWord("zz", programme_id);
}
std::string OrganisationScopeWord(domain::Id organisation_id) {
  return ScopeWord("qq", organisation_id);
}

std::string SearchScopeIndexSql(TextSearch text_search) {
  return text_search == TextSearch::kFts5 ? SqliteScopeIndex() : kPostgresScopeIndex;
}

}  // namespace stegvis::store
