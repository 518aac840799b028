#include "store/sql_search.h"

#include <string>

#include "store/search_scope_sql.h"

namespace stegvis::store {
namespace {

// A list of ids or names travels as one JSON array parameter, so the statement's text (and
// its cached plan) is the same whatever the reader's scope. `{}` is the engine's id list.
constexpr const char* kSqliteIds = "(SELECT value FROM json_each(?))";
constexpr const char* kPostgresIds =
    "(SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(? AS json)))";
constexpr const char* kSqliteNames = "(SELECT value FROM json_each(?))";
constexpr const char* kPostgresNames =
    "(SELECT value FROM json_array_elements_text(CAST(? AS json)))";

// Scope first (what the reader may see: docs/security.md), then the filters; every value is a
// parameter. Package ideas have no project; reflection notes are seen through their units.
std::string Conditions(TextSearch engine) {
  const std::string ids = engine == TextSearch::kFts5 ? kSqliteIds : kPostgresIds;
  const std::string names = engine == TextSearch::kFts5 ? kSqliteNames : kPostgresNames;
  // PostgreSQL reads a few teams' documents through search_documents_by_team (migration 28);
  // the other kinds belong to no team.
  // The teams are an array there, so that the plan made for them knows how many they are.
  const std::string team = engine == TextSearch::kFts5 ? "p.team_id" : "d.team_id";
  const std::string teams =
      engine == TextSearch::kFts5 ? "p.team_id IN " + ids : "d.team_id = ANY(CAST(? AS BIGINT[]))";
  // A cycle's shared learning (kind "learning") is for the programme's other teams: the
  // reader's own teams' cycles are found as cycles.
  const std::string own_cycle =
      engine == TextSearch::kFts5 ? "q.team_id IN " + ids : "q.team_id = ANY(CAST(? AS BIGINT[]))";
  return " AND (" + teams + " OR (" + team +
         " IS NULL AND ((d.kind IN ('idea', 'learning') AND d.programme_id IN " + ids +
         ") OR (d.kind = 'reflection' AND d.organisation_id = ? AND EXISTS (SELECT 1 FROM "
         "reflection_note_units u WHERE u.note_id = d.object_id AND u.unit_id IN " +
         ids +
         ")))))"
         " AND (d.kind <> 'learning' OR NOT EXISTS (SELECT 1 FROM pdsa_cycles c JOIN projects q "
         "ON q.id = c.project_id WHERE c.id = d.object_id AND " +
         own_cycle +
         "))"
         " AND (? = '[]' OR d.kind IN " +
         names +
         ")"
         " AND (? = '' OR d.decision = ?)"
         " AND (CAST(? AS BIGINT) IS NULL OR COALESCE(d.programme_id, p.programme_id) = ?)"
         " AND (CAST(? AS BIGINT) IS NULL OR EXISTS (SELECT 1 FROM goal_links g WHERE "
         "g.goal_id = ? AND ((g.object_type IN ('project', 'aim') AND g.object_id = d.project_id)"
         " OR (g.object_type = 'programme' AND "
         "g.object_id = COALESCE(d.programme_id, p.programme_id)))))"
         " AND (? = '' OR (d.day <> '' AND d.day >= ?))"
         " AND (? = '' OR (d.day <> '' AND d.day <= ?))";
}

// The newest `candidates` matching documents inside the scope and filter (the index streams
// its matches newest first and stops there), ranked; a page of them. Ranking only a bounded
// set keeps a common word as quick as a rare one (docs/performance.md, "Search"). The last
// column says how many candidates there were, so the caller knows when the bound was reached.
std::string SearchSql(TextSearch engine) {
  std::string candidates;
  if (engine == TextSearch::kFts5) {
    // Lower is better; a word in the title weighs four times one in the body; the scope words
    // (store/search_scope_sql.h) nothing.
    candidates =
        "SELECT d.id, stegvis_rank(search_text, 4.0, 1.0, 0.0) AS score FROM search_text "
        "JOIN search_documents d ON d.id = search_text.rowid "
        "LEFT JOIN projects p ON p.id = d.project_id WHERE search_text MATCH ?" +
        Conditions(engine) + " ORDER BY search_text.rowid DESC LIMIT ?";
  } else {
    candidates =
        "SELECT d.id, -ts_rank(d.words, to_tsquery('swedish', ?)) AS score "
        "FROM search_documents d LEFT JOIN projects p ON p.id = d.project_id "
        "WHERE d.words @@ to_tsquery('swedish', ?)" +
        Conditions(engine) + " ORDER BY d.id DESC LIMIT ?";
  }
  return "WITH candidates AS MATERIALIZED (" + candidates +
         ") SELECT d.kind, d.object_id, d.title, d.body, (SELECT count(*) FROM candidates), "
         "CASE d.kind WHEN 'learning' THEN (SELECT c.change_idea_id FROM pdsa_cycles c "
         "WHERE c.id = d.object_id) WHEN 'monthly_report' THEN d.project_id END, d.day "
         "FROM candidates c JOIN search_documents d ON d.id = c.id "
         "ORDER BY c.score, d.id LIMIT ? OFFSET ?";
}

// A reader who may see at most this many teams and programmes has their scope words in the
// query (store/search_scope_sql.h); for more, the index's lists of them would cost more than
// the scope's SQL conditions on the newest matches.
constexpr std::size_t kMaxScopeWords = 32;

// On SQLite, the scope words of `scope` as an FTS5 condition, or nothing when there are too
// many to help.
std::string ScopeCondition(const domain::SearchScope& scope) {
  if (scope.team_ids.size() + scope.programme_ids.size() > kMaxScopeWords) return "";
  std::vector<std::string> words;
  for (domain::Id team : scope.team_ids) words.push_back(TeamScopeWord(team));
  for (domain::Id programme : scope.programme_ids) words.push_back(ProgrammeScopeWord(programme));
  if (!scope.reflection_unit_ids.empty()) {
    words.push_back(OrganisationScopeWord(scope.organisation_id));
  }
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "\"" : " OR \"") + word + "\"";
  return out.empty() ? "" : "scope : (" + out + ")";
}

// Every word must match, as its stem or the start of a longer word, in the title or the body.
// The words hold only letters and digits (domain/search.cc), so nothing in them is query
// syntax.
std::string MatchExpression(TextSearch engine, const domain::SearchRequest& r) {
  std::string out;
  for (const std::string& word : r.words) {
    if (engine == TextSearch::kFts5) {
      out += (out.empty() ? "\"" : " \"") + word + "\"*";
    } else {
      out += (out.empty() ? "" : " & ") + word + ":*";
    }
  }
  if (engine != TextSearch::kFts5) return out;
  const std::string scope = ScopeCondition(r.scope);
  return "{title body} : (" + out + ")" + (scope.empty() ? "" : " AND " + scope);
}

template <typename T, typename F>
std::string JsonArray(const std::vector<T>& values, F&& item) {
  std::string out = "[";
  for (const T& value : values) {
    if (out.size() > 1) out += ",";
    out += item(value);
  }
  return out + "]";
}

std::string IdArray(const std::vector<domain::Id>& ids) {
  return JsonArray(ids, [](domain::Id id) { return std::to_string(id); });
}

}  // namespace

domain::SearchHits SqlSearch::Find(const domain::SearchRequest& r) {
  if (r.scope.team_ids.empty() && r.scope.programme_ids.empty() &&
      r.scope.reflection_unit_ids.empty()) {
    return {};  // the reader may see nothing
  }
  const std::string match = MatchExpression(text_search_, r);
  const std::string kinds = JsonArray(r.filter.kinds, [](domain::SearchKind kind) {
    return "\"" + std::string(domain::SearchKindName(kind)) + "\"";
  });
  if (text_search_ == TextSearch::kTsvector) {
    // A plan made for this query's own words and filters: a generic plan cannot know whether
    // a word is common (read the documents newest first) or rare (read the word's index), nor
    // which filters are empty, and reads every match instead. Until the transaction ends.
    db_.Exec("SET LOCAL plan_cache_mode = force_custom_plan");
    db_.Exec("SET LOCAL jit = off");  // compiling the plan would cost more than running it
  }
  Statement s = db_.Prepare(SearchSql(text_search_));
  if (text_search_ == TextSearch::kTsvector) s.Param(match);
  std::string teams = IdArray(r.scope.team_ids);
  if (text_search_ == TextSearch::kTsvector) teams = "{" + teams.substr(1, teams.size() - 2) + "}";
  s.Params(match, teams, IdArray(r.scope.programme_ids), r.scope.organisation_id,
           IdArray(r.scope.reflection_unit_ids), teams, kinds, kinds, r.filter.decision,
           r.filter.decision, r.filter.programme_id, r.filter.programme_id, r.filter.goal_id,
           r.filter.goal_id, r.filter.from, r.filter.from, r.filter.to, r.filter.to);
  s.Params(r.candidates, r.limit, r.offset);
  domain::SearchHits out;
  while (s.Step()) {
    domain::SearchDocument doc;
    doc.kind = domain::ParseSearchKind(s.Next<std::string>()).value_or(domain::SearchKind::kCycle);
    doc.id = s.Next<domain::Id>();
    doc.title = s.Next<std::string>();
    doc.body = s.Next<std::string>();
    out.candidates = static_cast<int>(s.Next<std::int64_t>());
    doc.parent_id = s.Next<std::optional<domain::Id>>();
    doc.day = s.Next<std::string>();
    out.documents.push_back(std::move(doc));
  }
  return out;
}

}  // namespace stegvis::store
