#include "web/search/search_query.h"

#include <tuple>

#include "web/render/forms.h"

namespace stegvis::web {
namespace {

core::Error Refused(std::string_view field, std::string key) {
  return core::Error::Invalid("bad search parameter", std::string(field), std::move(key));
}

// An empty or absent parameter is no filter; `what` names the filter in the error's key.
core::Result<std::optional<domain::Id>> OptionalId(const Request& request, std::string_view name,
                                                   std::string_view what) {
  std::optional<std::string> text = request.Query(name);
  if (!text || text->empty()) return std::optional<domain::Id>();
  std::optional<domain::Id> id = ParseId(*text);
  if (!id) return core::Fail(Refused(name, "search.error." + std::string(what)));
  return id;
}

}  // namespace

core::Result<domain::SearchQuery> ReadSearchQuery(const Request& request,
                                                  const SearchParamNames& names) {
  domain::SearchQuery q;
  q.q = request.Query("q").value_or("");
  for (const auto& [name, value] : request.query) {
    if (name != names.kind || value.empty()) continue;
    std::optional<domain::SearchKind> kind = domain::ParseSearchKind(value);
    if (!kind) return core::Fail(Refused(names.kind, "search.error.kind"));
    q.kinds.push_back(*kind);
  }
  q.decision = request.Query(names.decision).value_or("");
  for (auto [name, what, out] :
       {std::tuple{names.programme, "programme", &q.programme_id},
        std::tuple{names.unit, "unit", &q.unit_id}, std::tuple{names.goal, "goal", &q.goal_id}}) {
    auto id = OptionalId(request, name, what);
    if (!id) return core::Fail(id.error());
    *out = *id;
  }
  q.from = request.Query(names.from).value_or("");
  q.to = request.Query(names.to).value_or("");
  if (std::optional<std::string> offset = request.Query(names.offset); offset && !offset->empty()) {
    auto n = ParseWholeNumber(*offset, 0, domain::kMaxSearchOffset, std::string(names.offset));
    if (!n) return core::Fail(n.error());
    q.offset = static_cast<int>(*n);
  }
  return q;
}

std::string SearchResultUrl(const domain::SearchResult& result) {
  const std::string n = std::to_string(result.id);
  switch (result.kind) {
    case domain::SearchKind::kCycle: return "/pgsa/" + n;
    case domain::SearchKind::kIdea: return "/forandringsideer/" + n;
    case domain::SearchKind::kProject: return "/projekt/" + n;
    case domain::SearchKind::kGenderNote: return "/matt/" + n + "/jamstalldhetsanalys";
    case domain::SearchKind::kReflection: return "/reflektioner/" + n;
    // The idea's page shows the cycle's shared learning, in its row.
    case domain::SearchKind::kLearning:
      return "/forandringsideer/" + std::to_string(result.parent_id.value_or(0)) + "#cykel-" + n;
    case domain::SearchKind::kMonthlyReport:
      return "/projekt/" + std::to_string(result.parent_id.value_or(0)) + "/manadsrapport/" +
             result.day.substr(0, 7);
  }
  return "/sok";
}

}  // namespace stegvis::web
