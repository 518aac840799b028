#include "domain/search.h"

#include <algorithm>

#include "core/date.h"
#include "core/swedish_words.h"
#include "core/text.h"
#include "domain/pdsa_cycles.h"
#include "domain/programmes.h"
#include "domain/reflection_note.h"
#include "domain/resources.h"
#include "domain/visible_work.h"

namespace stegvis::domain {
namespace {

constexpr std::size_t kExcerptWords = 28;  // words shown around the first match
constexpr std::size_t kWordsBefore = 6;    // of them, before it

core::Error Invalid(std::string field, std::string key) {
  return core::Error::Invalid("bad search " + field, field, std::move(key));
}

core::Result<void> CheckFilters(const SearchQuery& q) {
  if (!q.decision.empty() && q.decision != "adopt" && q.decision != "adapt" &&
      q.decision != "abandon") {
    return core::Fail(Invalid("decision", "search.error.decision"));
  }
  for (const auto& [field, value] : {std::pair{"from", &q.from}, std::pair{"to", &q.to}}) {
    if (!value->empty() && !core::IsIsoDate(*value)) {
      return core::Fail(Invalid(field, "error.bad_date"));
    }
  }
  if (!q.from.empty() && !q.to.empty() && q.from > q.to) {
    return core::Fail(Invalid("to", "search.error.period"));
  }
  if (q.offset < 0 || q.offset > kMaxSearchOffset) {
    return core::Fail(Invalid("next", "search.error.next"));
  }
  return {};
}

// The filters that name an object must name one the reader's organisation has; which of
// "none" or "another organisation's" it is stays unsaid.
core::Result<void> CheckFilterObjects(StoreTx& tx, const Principal& acting, const SearchQuery& q) {
  const Id org = acting.user.organisation_id;
  if (q.programme_id) {
    const std::vector<Programme> programmes = ListProgrammes(tx, org);
    if (std::none_of(programmes.begin(), programmes.end(),
                     [&](const Programme& p) { return p.id == *q.programme_id; })) {
      return core::Fail(Invalid("programme", "search.error.programme"));
    }
  }
  if (q.unit_id) {
    std::optional<Unit> unit = tx.Units().Find(*q.unit_id);
    if (!unit || unit->organisation_id != org) {
      return core::Fail(Invalid("unit", "search.error.unit"));
    }
  }
  if (q.goal_id) {
    std::optional<GoalEntry> goal = tx.Goals().FindEntry(*q.goal_id);
    if (!goal || goal->organisation_id != org) {
      return core::Fail(Invalid("goal", "search.error.goal"));
    }
  }
  return {};
}

// What the reader may see, by the rules of each kind's own pages: the teams they may view
// (projects, cycles, team ideas, 4R notes), the programmes whose change package they may
// read, and the units through which they may read reflection notes. A unit filter narrows
// it to that unit's part of the tree (and leaves out change packages, which belong to none).
SearchScope ScopeOf(StoreTx& tx, const Principal& acting, std::optional<Id> unit_id) {
  SearchScope scope;
  scope.organisation_id = acting.user.organisation_id;
  for (const VisibleTeam& team : VisibleTeams(tx, acting, unit_id)) {
    scope.team_ids.push_back(team.team.id);
  }
  if (!unit_id) {
    for (const Programme& programme : ListProgrammes(tx, acting.user.organisation_id)) {
      if (MayViewChangePackage(tx, acting, programme)) scope.programme_ids.push_back(programme.id);
    }
  }
  for (Id unit : ReflectionReadableUnits(tx, acting)) {
    const std::vector<Id> path = UnitPath(tx, unit);
    if (!unit_id || std::find(path.begin(), path.end(), *unit_id) != path.end()) {
      scope.reflection_unit_ids.push_back(unit);
    }
  }
  return scope;
}

// Runs of white space (the gaps between a document's fields) as one space.
std::string CollapseSpace(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    const bool is_space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (is_space && space) continue;
    out += is_space ? ' ' : c;
    space = is_space;
  }
  return out;
}

void Append(std::vector<ExcerptPiece>& pieces, std::string text, bool hit) {
  if (text.empty()) return;
  if (!pieces.empty() && pieces.back().hit == hit) {
    pieces.back().text += text;
  } else {
    pieces.push_back({std::move(text), hit});
  }
}

// A word matches when it starts with a query word's stem, as the index matched it.
bool IsHit(const core::TextWord& word, const std::vector<std::string>& stems) {
  return std::any_of(stems.begin(), stems.end(),
                     [&](const std::string& s) { return word.lower.starts_with(s); });
}

std::vector<ExcerptPiece> Excerpt(std::string_view text, const std::vector<std::string>& stems) {
  const std::vector<core::TextWord> words = core::SplitWords(text);
  std::vector<ExcerptPiece> out;
  if (words.empty()) return out;
  auto first_hit = std::find_if(words.begin(), words.end(),
                                [&](const core::TextWord& w) { return IsHit(w, stems); });
  const auto hit =
      static_cast<std::size_t>(first_hit == words.end() ? 0 : first_hit - words.begin());
  const std::size_t first = hit > kWordsBefore ? hit - kWordsBefore : 0;
  const std::size_t last = std::min(words.size(), first + kExcerptWords);
  if (first > 0) Append(out, "… ", false);
  std::size_t at = words[first].begin;
  for (std::size_t i = first; i < last; ++i) {
    Append(out, CollapseSpace(text.substr(at, words[i].begin - at)), false);
    Append(out, std::string(text.substr(words[i].begin, words[i].end - words[i].begin)),
           IsHit(words[i], stems));
    at = words[i].end;
  }
  if (last < words.size()) Append(out, " …", false);
  return out;
}

}  // namespace

std::string_view SearchKindName(SearchKind kind) {
  switch (kind) {
    case SearchKind::kCycle: return "cycle";
    case SearchKind::kIdea: return "idea";
    case SearchKind::kProject: return "project";
    case SearchKind::kGenderNote: return "gender_note";
    case SearchKind::kReflection: return "reflection";
    case SearchKind::kLearning: return "learning";
    case SearchKind::kMonthlyReport: return "monthly_report";
  }
  return "cycle";
}

std::optional<SearchKind> ParseSearchKind(std::string_view name) {
  for (SearchKind kind : kSearchKinds) {
    if (SearchKindName(kind) == name) return kind;
  }
  return std::nullopt;
}

core::Result<std::vector<std::string>> SearchWords(std::string_view q) {
  if (core::CodePointCount(q) > kMaxSearchChars) {
    return core::Fail(Invalid("q", "search.error.too_long"));
  }
  std::vector<core::TextWord> words = core::SplitWords(q);
  if (words.empty()) return core::Fail(Invalid("q", "search.error.empty"));
  if (words.size() > kMaxSearchWords) {
    return core::Fail(Invalid("q", "search.error.too_many_words"));
  }
  std::vector<std::string> out;
  for (core::TextWord& word : words) {
    if (!core::IsSwedishStopWord(word.lower)) out.push_back(std::move(word.lower));
  }
  if (out.empty()) return core::Fail(Invalid("q", "search.error.common_words"));
  return out;
}

namespace {

// One page of results inside `tx`, the query's words and filters checked.
core::Result<SearchResults> RunSearch(StoreTx& tx, const Principal& acting,
                                      const SearchQuery& query) {
  auto words = SearchWords(query.q);
  if (!words) return core::Fail(words.error());
  if (auto ok = CheckFilters(query); !ok) return core::Fail(ok.error());
  if (auto ok = CheckFilterObjects(tx, acting, query); !ok) return core::Fail(ok.error());
  core::SwedishStemmer stemmer;
  std::vector<std::string> stems;
  for (const std::string& word : *words) stems.push_back(stemmer.Stem(word));
  SearchRequest request;
  request.words = *words;
  request.scope = ScopeOf(tx, acting, query.unit_id);
  request.filter = {query.kinds,   query.decision, query.programme_id,
                    query.goal_id, query.from,     query.to};
  request.candidates = kSearchCandidates;
  request.limit = kSearchPageSize + 1;  // one more says whether there is a next page
  request.offset = query.offset;
  SearchHits hits = tx.Search().Find(request);
  SearchResults out;
  out.newest_only = hits.candidates >= kSearchCandidates;
  for (SearchDocument& doc : hits.documents) {
    if (static_cast<int>(out.results.size()) == kSearchPageSize) {
      out.next = query.offset + kSearchPageSize;
      break;
    }
    out.results.push_back({doc.kind, doc.id, std::move(doc.title), Excerpt(doc.body, stems),
                           doc.parent_id, std::move(doc.day)});
  }
  return out;
}

core::Error NoRole() {
  return core::Error::Forbidden("a user without a role sees only the start page");
}

}  // namespace

core::Result<SearchResults> Search(Store& store, const Principal& acting,
                                   const SearchQuery& query) {
  if (acting.memberships.empty()) return core::Fail(NoRole());
  // What needs no data is refused before a transaction starts.
  if (auto words = SearchWords(query.q); !words) return core::Fail(words.error());
  if (auto ok = CheckFilters(query); !ok) return core::Fail(ok.error());
  return store.Read(
      [&](StoreTx& tx) -> core::Result<SearchResults> { return RunSearch(tx, acting, query); });
}

core::Result<SearchPage> LoadSearchPage(Store& store, const Principal& acting,
                                        const std::optional<SearchQuery>& query) {
  if (acting.memberships.empty()) return core::Fail(NoRole());
  const Id org = acting.user.organisation_id;
  return store.Read([&](StoreTx& tx) -> core::Result<SearchPage> {
    SearchPage out;
    out.choices.programmes = ListProgrammes(tx, org);
    out.choices.units = tx.Units().List(org);
    for (GoalEntry& goal : tx.Goals().ListEntries(org)) {
      if (!goal.retired) out.choices.goals.push_back(std::move(goal));
    }
    if (query) {
      auto results = RunSearch(tx, acting, *query);
      if (results) {
        out.results = std::move(*results);
      } else {
        out.error = results.error();
      }
    }
    return out;
  });
}

std::string ExcerptText(const std::vector<ExcerptPiece>& excerpt) {
  std::string out;
  for (const ExcerptPiece& piece : excerpt) out += piece.text;
  return out;
}

}  // namespace stegvis::domain
