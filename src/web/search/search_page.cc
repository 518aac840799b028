// The search page (GET /sok) and its JSON twin (GET /api/v1/search): the same domain call
// (domain::Search, domain::LoadSearchPage), the same scope. The page marks the matching words
// with <mark> around escaped pieces; the JSON gives the excerpt as plain text.

#include <boost/json/array.hpp>
#include <boost/url/url.hpp>

#include "domain/goals.h"
#include "web/goals/goal_views.h"
#include "web/render/json_response.h"
#include "web/render/page.h"
#include "web/search/handlers.h"
#include "web/search/search_query.h"
#include "web/search/search_view.h"

namespace stegvis::web {
namespace {

std::string KindLabel(const App& app, const std::string& lang, domain::SearchKind kind) {
  return app.catalogue.Get(lang, "search.kind." + std::string(domain::SearchKindName(kind)));
}

OptionView Option(std::string value, std::string label, const std::string& chosen) {
  const bool selected = value == chosen;
  return {std::move(value), std::move(label), selected};
}

std::string IdText(const std::optional<domain::Id>& id) {
  return id ? std::to_string(*id) : std::string();
}

// The form's choices, what `q` asked for selected.
void AddChoices(const App& app, const std::string& lang, const domain::SearchChoices& choices,
                const domain::SearchQuery& q, SearchView& view) {
  const std::string kind =
      q.kinds.empty() ? std::string() : std::string(domain::SearchKindName(q.kinds.front()));
  for (domain::SearchKind k : domain::kSearchKinds) {
    view.kinds.push_back(
        Option(std::string(domain::SearchKindName(k)), KindLabel(app, lang, k), kind));
  }
  for (const char* d : {"adopt", "adapt", "abandon"}) {
    view.decisions.push_back(
        Option(d, app.catalogue.Get(lang, std::string("pdsa.decision.") + d), q.decision));
  }
  for (const domain::Programme& p : choices.programmes) {
    view.programmes.push_back(Option(std::to_string(p.id), p.name, IdText(q.programme_id)));
  }
  for (const domain::Unit& u : choices.units) {
    view.units.push_back(Option(std::to_string(u.id), u.name, IdText(q.unit_id)));
  }
  for (const domain::GoalEntry& g : choices.goals) {
    view.goals.push_back(Option(std::to_string(g.id),
                                GoalLabel(app, lang, g) + " " + domain::GoalTitle(g, lang),
                                IdText(q.goal_id)));
  }
}

// The form's field for a field the domain names in English (the API's parameter names), so
// the error summary links to it.
std::string PageField(const std::string& field) {
  const SearchParamNames& api = kApiParams;
  const SearchParamNames& page = kPageParams;
  for (auto [from, to] : {std::pair{api.kind, page.kind}, std::pair{api.decision, page.decision},
                          std::pair{api.programme, page.programme}, std::pair{api.unit, page.unit},
                          std::pair{api.goal, page.goal}, std::pair{api.from, page.from},
                          std::pair{api.to, page.to}, std::pair{api.offset, page.offset}}) {
    if (field == from) return std::string(to);
  }
  return field;
}

// The address of the next page: the same query from `next` on.
std::string NextHref(const Request& request, int next) {
  boost::urls::url href;
  href.set_path("/sok");
  for (const auto& [name, value] : request.query) {
    if (name != kPageParams.offset) href.params().append({name, value});
  }
  href.params().append({kPageParams.offset, std::to_string(next)});
  return std::string(href.buffer());
}

void AddResults(const App& app, const std::string& lang, const Request& request,
                const domain::SearchResults& results, SearchView& view) {
  for (const domain::SearchResult& r : results.results) {
    SearchResultView row{KindLabel(app, lang, r.kind), r.title, SearchResultUrl(r), {}};
    for (const domain::ExcerptPiece& piece : r.excerpt)
      row.excerpt.push_back({piece.text, piece.hit});
    view.results.push_back(std::move(row));
  }
  view.has_results = !view.results.empty();
  if (results.newest_only) {
    view.newest_only = app.catalogue.Format(lang, "search.newest_only",
                                            {{"n", std::to_string(domain::kSearchCandidates)}});
  }
  if (results.next) view.next_href = NextHref(request, *results.next);
}

}  // namespace

HandlerResult SearchPage(const App& app, Request& request, const Visitor& visitor) {
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  auto query = ReadSearchQuery(request, kPageParams);
  const bool asked = request.Query("q").has_value();
  std::optional<domain::SearchQuery> run;
  if (query && asked) run = *query;
  auto loaded = domain::LoadSearchPage(app.store, *visitor.principal(), run);
  if (!loaded) return core::Fail(loaded.error());
  const domain::SearchPage& page = *loaded;
  SearchView view;
  const domain::SearchQuery shown = query ? *query : domain::SearchQuery{};
  view.q = request.Query("q").value_or("");
  view.from = shown.from;
  view.to = shown.to;
  AddChoices(app, lang, page.choices, shown, view);
  std::optional<core::Error> error = query ? page.error : std::optional(query.error());
  if (error) {
    error->field = PageField(error->field);
    view.errors.push_back(FormErrorOf(app, lang, *error));
    view.has_errors = true;
  } else if (page.results) {
    view.searched = true;
    AddResults(app, lang, request, *page.results, view);
  }
  return RenderPage(app, request, {"search", "search.title", "search", error ? 422 : 200}, view,
                    language, visitor);
}

HandlerResult ApiSearch(const App& app, Request& request, const Visitor& visitor) {
  auto query = ReadSearchQuery(request, kApiParams);
  if (!query) return core::Fail(query.error());
  auto found = domain::Search(app.store, *visitor.principal(), *query);
  if (!found) return core::Fail(found.error());
  boost::json::array results;
  for (const domain::SearchResult& r : found->results) {
    results.push_back(boost::json::object{{"kind", domain::SearchKindName(r.kind)},
                                          {"id", r.id},
                                          {"title", r.title},
                                          {"excerpt", domain::ExcerptText(r.excerpt)},
                                          {"url", SearchResultUrl(r)}});
  }
  return JsonValue(boost::json::object{
      {"results", std::move(results)},
      {"next", found->next ? boost::json::value(*found->next) : boost::json::value(nullptr)},
      {"newest_only", found->newest_only}});
}

}  // namespace stegvis::web
