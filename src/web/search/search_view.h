#pragma once
// What the search page shows (search.mustache), as a typed view: the form with its filters,
// and the results, each with its kind, title, link and an excerpt whose matching words are
// marked. Every text is escaped by the template; the marking is the template's own <mark>
// around pieces, never markup taken from the data.

#include <optional>
#include <string>
#include <vector>

#include "core/describe.h"
#include "web/render/form_view.h"

namespace stegvis::web {

struct ExcerptPieceView {
  std::string text;
  bool hit = false;
};
constexpr auto Describe(std::type_identity<ExcerptPieceView>) {
  return std::tuple{core::Field("text", &ExcerptPieceView::text),
                    core::Field("hit", &ExcerptPieceView::hit)};
}

struct SearchResultView {
  std::string kind;  // in words
  std::string title;
  std::string url;
  std::vector<ExcerptPieceView> excerpt;
};
constexpr auto Describe(std::type_identity<SearchResultView>) {
  using V = SearchResultView;
  return std::tuple{core::Field("kind", &V::kind), core::Field("title", &V::title),
                    core::Field("url", &V::url), core::Field("excerpt", &V::excerpt)};
}

struct SearchView {
  std::string q;
  std::vector<OptionView> kinds;
  std::vector<OptionView> decisions;
  std::vector<OptionView> programmes;
  std::vector<OptionView> units;
  std::vector<OptionView> goals;
  std::string from;
  std::string to;
  bool searched = false;  // a query was run (so "no results" may be said)
  std::vector<SearchResultView> results;
  bool has_results = false;
  // When more matched than were ranked (domain::SearchResults), the words that say so.
  std::optional<std::string> newest_only;
  std::optional<std::string> next_href;  // the next page's address
  bool has_errors = false;
  std::vector<FormErrorView> errors;
};
constexpr auto Describe(std::type_identity<SearchView>) {
  using V = SearchView;
  return std::tuple{core::Field("q", &V::q),
                    core::Field("kinds", &V::kinds),
                    core::Field("decisions", &V::decisions),
                    core::Field("programmes", &V::programmes),
                    core::Field("units", &V::units),
                    core::Field("goals", &V::goals),
                    core::Field("from", &V::from),
                    core::Field("to", &V::to),
                    core::Field("searched", &V::searched),
                    core::Field("results", &V::results),
                    core::Field("newest_only", &V::newest_only),
                    core::Field("has_results", &V::has_results),
                    core::Field("next_href", &V::next_href),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors)};
}

}  // namespace stegvis::web
