#include "store/sql_search.h"

#include <string>

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
  return " AND (p.team_id IN " + ids + " OR (d.kind = 'idea' AND d.programme_id IN " + ids +
         ") OR (d.kind = 'reflection' AND d.organisation_id = ? AND EXISTS (SELECT 1 FROM "
         "reflection_note_units u WHERE u.note_id = d.object_id AND u.unit_id IN " +
         ids +
         ")))"
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

std::string SearchSql(TextSearch engine) {
  if (engine == TextSearch::kFts5) {
    // bm25: lower is better; a word in the title weighs four times one in the body.
    return "SELECT d.kind, d.object_id, d.title, d.body FROM search_text "
           "JOIN search_documents d ON d.id = search_text.rowid "
           "LEFT JOIN projects p ON p.id = d.project_id "
           "WHERE search_text MATCH ?" +
           Conditions(engine) + " ORDER BY bm25(search_text, 4.0, 1.0), d.id LIMIT ? OFFSET ?";
  }
  return "SELECT d.kind, d.object_id, d.title, d.body FROM search_documents d "
         "LEFT JOIN projects p ON p.id = d.project_id "
         "WHERE d.words @@ to_tsquery('swedish', ?)" +
         Conditions(engine) +
         " ORDER BY ts_rank(d.words, to_tsquery('swedish', ?)) DESC, d.id LIMIT ? OFFSET ?";
}

// Every word must match, as its stem or the start of a longer word. The words hold only
// letters and digits (domain/search.cc), so nothing in them is query syntax.
std::string MatchExpression(TextSearch engine, const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) {
    if (engine == TextSearch::kFts5) {
      out += (out.empty() ? "\"" : " \"") + word + "\"*";
    } else {
      out += (out.empty() ? "" : " & ") + word + ":*";
    }
  }
  return out;
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

std::vector<domain::SearchDocument> SqlSearch::Find(const domain::SearchRequest& r) {
  const std::string match = MatchExpression(text_search_, r.words);
  const std::string kinds = JsonArray(r.filter.kinds, [](domain::SearchKind kind) {
    return "\"" + std::string(domain::SearchKindName(kind)) + "\"";
  });
  Statement s = db_.Prepare(SearchSql(text_search_));
  s.Params(match, IdArray(r.scope.team_ids), IdArray(r.scope.programme_ids),
           r.scope.organisation_id, IdArray(r.scope.reflection_unit_ids), kinds, kinds,
           r.filter.decision, r.filter.decision, r.filter.programme_id, r.filter.programme_id,
           r.filter.goal_id, r.filter.goal_id, r.filter.from, r.filter.from, r.filter.to,
           r.filter.to);
  if (text_search_ == TextSearch::kTsvector) s.Param(match);
  s.Params(r.limit, r.offset);
  std::vector<domain::SearchDocument> out;
  while (s.Step()) {
    domain::SearchDocument doc;
    doc.kind = domain::ParseSearchKind(s.Next<std::string>()).value_or(domain::SearchKind::kCycle);
    doc.id = s.Next<domain::Id>();
    doc.title = s.Next<std::string>();
    doc.body = s.Next<std::string>();
    out.push_back(std::move(doc));
  }
  return out;
}

}  // namespace stegvis::store
