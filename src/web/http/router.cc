#include "web/http/router.h"

namespace stegvis::web {
namespace {

// "/" -> {}, "/a/b" -> {"a", "b"}, "/a/" -> {"a", ""} (a trailing slash is a different path).
std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> out;
  if (path.starts_with('/')) path.remove_prefix(1);
  if (path.empty()) return out;
  for (;;) {
    std::size_t slash = path.find('/');
    out.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) return out;
    path.remove_prefix(slash + 1);
  }
}

}  // namespace

bool MatchPattern(std::string_view pattern, std::string_view path,
                  std::map<std::string, std::string>& params) {
  std::vector<std::string_view> want = Segments(pattern), have = Segments(path);
  if (want.size() != have.size()) return false;
  std::map<std::string, std::string> found;
  for (std::size_t i = 0; i < want.size(); ++i) {
    bool placeholder = want[i].size() > 2 && want[i].front() == '{' && want[i].back() == '}';
    if (placeholder && !have[i].empty()) {
      found.emplace(std::string(want[i].substr(1, want[i].size() - 2)), std::string(have[i]));
    } else if (placeholder || want[i] != have[i]) {
      return false;
    }
  }
  params = std::move(found);
  return true;
}

void Router::Add(std::string method, std::string pattern, Rule rule, Handler handler) {
  routes_.push_back({std::move(method), std::move(pattern), rule, std::move(handler)});
}

Response Router::Handle(Request& request) const {
  std::string allowed;
  for (const Route& route : routes_) {
    std::map<std::string, std::string> params;
    if (!MatchPattern(route.pattern, request.path, params)) continue;
    bool method_ok =
        route.method == request.method || (route.method == "GET" && request.method == "HEAD");
    if (method_ok) {
      request.path_params = std::move(params);
      return guard_(request, route);
    }
    if (!allowed.empty()) allowed += ", ";
    allowed += route.method;
    if (route.method == "GET") allowed += ", HEAD";
  }
  if (allowed.empty()) return fallback_(request, 404);
  Response response = fallback_(request, 405);
  response.SetHeader("Allow", allowed);
  return response;
}

}  // namespace stegvis::web
