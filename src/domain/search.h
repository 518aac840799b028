#pragma once
// Search across what everyone learned (issue #14): PDSA cycles (every phase's text, with
// their learning), change ideas, projects' problems and aims, measures' 4R notes and
// managers' reflection notes, ranked best first, with the matching words marked in a short
// excerpt. A result never reveals what the reader may not see: the index is read only inside
// the reader's scope, decided by the same rules as each kind's own lists (visible teams,
// change packages, reflection notes' units), so neither a title nor a count leaks.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "domain/access.h"
#include "domain/goal.h"
#include "domain/programme.h"
#include "domain/store.h"

namespace stegvis::domain {

inline constexpr std::size_t kMaxSearchChars = 200;  // of the query, in characters
inline constexpr std::size_t kMaxSearchWords = 8;
inline constexpr int kSearchPageSize = 10;
inline constexpr int kMaxSearchOffset = 500;
// A query ranks at most this many of the newest documents that match it, so that a common
// word costs no more than a rare one (docs/performance.md, "Search"); more than every page
// the offset allows.
inline constexpr int kSearchCandidates = 1000;

// What the reader asked for: the words and the filters (search_repository.h).
struct SearchQuery {
  std::string q = {};
  std::vector<SearchKind> kinds = {};  // empty: every kind
  std::string decision = {};           // "adopt", "adapt", "abandon" or empty
  std::optional<Id> programme_id = {};
  std::optional<Id> unit_id = {};  // the unit's teams and those of units below it; its notes
  std::optional<Id> goal_id = {};
  std::string from = {};  // ISO dates or empty
  std::string to = {};
  int offset = 0;  // where the page starts (the `next` of the page before)
};

// A stretch of an excerpt; `hit` when it is a word the query matched.
struct ExcerptPiece {
  std::string text;
  bool hit = false;
};

struct SearchResult {
  SearchKind kind = SearchKind::kCycle;
  Id id = 0;
  std::string title;
  std::vector<ExcerptPiece> excerpt;  // about kExcerptWords words around the first match
  std::optional<Id> parent_id;        // SearchDocument's: a learning's idea, a report's project
  std::string day;                    // SearchDocument's
};

struct SearchResults {
  std::vector<SearchResult> results;  // best first, at most kSearchPageSize
  std::optional<int> next;            // the offset of the next page, when there is one
  bool newest_only = false;           // more documents matched than were ranked: the newest were
};

// The query's words, lower case, letters and digits only, without Swedish stop words
// ("och", "alla": core::IsSwedishStopWord). kInvalidInput (field "q") when there is no word,
// only stop words, or more than kMaxSearchChars characters or kMaxSearchWords words.
core::Result<std::vector<std::string>> SearchWords(std::string_view q);

// One page of results for the principal, in one read transaction. kForbidden for a user
// without a role (who sees only the start page). kInvalidInput naming the
// field for a bad query (SearchWords), decision, date, period (from after to), offset, or a
// programme, unit or goal filter that is not one the principal's organisation has (whether
// it does not exist or is another organisation's: the answer is the same).
core::Result<SearchResults> Search(Store& store, const Principal& acting, const SearchQuery& query);

// What the search form offers to filter by: the programmes the organisation takes part in,
// its units, and its goals catalogue (retired entries left out).
struct SearchChoices {
  std::vector<Programme> programmes;
  std::vector<Unit> units;
  std::vector<GoalEntry> goals;
};
struct SearchPage {
  SearchChoices choices;
  std::optional<SearchResults> results;  // when a query was given and is good
  std::optional<core::Error> error;      // when it was refused (as Search refuses it)
};

// The search page in one read transaction: the choices and, with a query, its results or
// the reason it was refused. kForbidden for a user without a role.
core::Result<SearchPage> LoadSearchPage(Store& store, const Principal& acting,
                                        const std::optional<SearchQuery>& query);

// The excerpt as plain text.
std::string ExcerptText(const std::vector<ExcerptPiece>& excerpt);

}  // namespace stegvis::domain
