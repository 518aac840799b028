#pragma once
// The full-text search index (docs/schema.md, "search_documents"), inside one transaction
// (domain/store.h). The index follows every write by itself (database triggers); this
// repository only reads it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/organisation.h"

namespace stegvis::domain {

// What a search result is. Stored names (SearchKindName): "cycle", "idea", "project",
// "gender_note" (a measure's 4R notes), "reflection", "learning" (what a cycle on a change
// package's idea shares with the programme's other teams: title, prediction, learning,
// decision and next step), "monthly_report" (a team's monthly report).
enum class SearchKind {
  kCycle,
  kIdea,
  kProject,
  kGenderNote,
  kReflection,
  kLearning,
  kMonthlyReport
};
inline constexpr SearchKind kSearchKinds[] = {SearchKind::kCycle,         SearchKind::kLearning,
                                              SearchKind::kIdea,          SearchKind::kProject,
                                              SearchKind::kMonthlyReport, SearchKind::kGenderNote,
                                              SearchKind::kReflection};
std::string_view SearchKindName(SearchKind kind);
std::optional<SearchKind> ParseSearchKind(std::string_view name);

// What the reader may see, as the lists of each kind decide it (domain/search.cc): only
// documents inside it are ever read, counted or ranked.
struct SearchScope {
  Id organisation_id = 0;
  std::vector<Id> team_ids;  // projects, cycles, team ideas, reports and 4R notes of these teams
  // the change packages (programme ideas) of these programmes, and what their cycles share
  std::vector<Id> programme_ids;
  std::vector<Id> reflection_unit_ids;  // reflection notes linked to one of these units
};

struct SearchFilter {
  std::vector<SearchKind> kinds;   // empty: every kind
  std::string decision;            // "adopt", "adapt", "abandon": cycles with it; empty: any
  std::optional<Id> programme_id;  // work of the programme's projects and its change package
  std::optional<Id> goal_id;       // work of projects (or their aims, or programmes) linked to it
  std::string from;  // ISO dates: dated documents (cycles by start, monthly reports by month,
  std::string to;    // reflection notes by meeting) within them; empty: open
};

struct SearchRequest {
  std::vector<std::string> words;  // lower case, letters and digits only; all must match
  SearchScope scope;
  SearchFilter filter;
  int candidates = 1000;  // how many of the newest matching documents are ranked
  int limit = 10;
  int offset = 0;
};

struct SearchDocument {
  SearchKind kind = SearchKind::kCycle;
  Id id =
      0;  // of the cycle (also of a learning), idea, project, measure (4R notes), note or report
  std::string title;
  std::string body;
  // A learning's change idea (the one its cycle tested); a monthly report's project.
  std::optional<Id> parent_id;
  std::string day;  // ISO date of a dated document (a cycle's start, a report's month); or empty
};

struct SearchHits {
  std::vector<SearchDocument> documents;  // best first: `limit` of them from `offset` on
  int candidates = 0;  // how many were ranked (when it equals the request's: maybe more match)
};

class SearchRepository {
 public:
  virtual ~SearchRepository() = default;

  // The documents inside the scope and filter that hold every word (each as a stem and as
  // the start of a longer word: "hemgång" finds "hemgångsplanering"): the newest
  // `candidates` of them, best match first; `limit` of them from `offset` on.
  virtual SearchHits Find(const SearchRequest& request) = 0;
};

}  // namespace stegvis::domain
