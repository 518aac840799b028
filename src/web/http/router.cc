#include "web/http/router.h"

#include <algorithm>
#include <cassert>

namespace stegvis::web {

// One segment position of the patterns: the literal segments that may come next, the
// placeholder that may come next, and the routes whose patterns end here.
struct Router::Node {
  std::vector<std::pair<std::string, std::unique_ptr<Node>>> literals;
  std::unique_ptr<Node> placeholder;
  std::vector<std::size_t> routes;  // indices into routes_, in the order added
};

namespace {

bool MethodServes(std::string_view route_method, std::string_view method) {
  return route_method == method || (route_method == "GET" && method == "HEAD");
}

}  // namespace

bool IsPlaceholder(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

std::optional<std::size_t> SplitPath(std::string_view path, std::span<std::string_view> out) {
  if (!path.starts_with('/')) return std::nullopt;
  path.remove_prefix(1);
  if (path.empty()) return 0;
  std::size_t n = 0;
  for (;;) {
    if (n == out.size()) return std::nullopt;
    std::size_t slash = path.find('/');
    out[n++] = path.substr(0, slash);
    if (slash == std::string_view::npos) return n;
    path.remove_prefix(slash + 1);
  }
}

Router::Router(std::function<Response(Request&, int status)> fallback, Guard guard)
    : root_(std::make_unique<Node>()), fallback_(std::move(fallback)), guard_(std::move(guard)) {}
Router::Router(Router&&) noexcept = default;
Router& Router::operator=(Router&&) noexcept = default;
Router::~Router() = default;

void Router::Add(std::string method, std::string pattern, Rule rule, Handler handler) {
  std::array<std::string_view, kMaxSegments> parts;
  std::optional<std::size_t> n = SplitPath(pattern, parts);
  assert(n && "a pattern starts with '/' and has at most kMaxSegments segments");
  std::vector<std::string> segments(parts.begin(), parts.begin() + static_cast<std::ptrdiff_t>(*n));
  assert(std::count_if(segments.begin(), segments.end(), IsPlaceholder) <=
         static_cast<std::ptrdiff_t>(PathParams::kMax));
  Node* node = root_.get();
  for (const std::string& segment : segments) {
    if (IsPlaceholder(segment)) {
      if (!node->placeholder) node->placeholder = std::make_unique<Node>();
      node = node->placeholder.get();
      continue;
    }
    auto it = std::find_if(node->literals.begin(), node->literals.end(),
                           [&](const auto& literal) { return literal.first == segment; });
    if (it == node->literals.end()) {
      node->literals.emplace_back(segment, std::make_unique<Node>());
      it = std::prev(node->literals.end());
    }
    node = it->second.get();
  }
  for (std::size_t i : node->routes) {
    assert(routes_[i].method != method && "a method + pattern is added once");
    (void)i;
  }
  node->routes.push_back(routes_.size());
  routes_.push_back({std::move(method), std::move(pattern), rule, std::move(handler)});
  split_.push_back(std::move(segments));
}

std::ptrdiff_t Router::Find(const Node& node, Segments segments, std::string_view method) const {
  if (segments.empty()) {
    // An exact method first, so a HEAD route (should one be added) beats the GET route.
    for (std::size_t i : node.routes) {
      if (routes_[i].method == method) return static_cast<std::ptrdiff_t>(i);
    }
    for (std::size_t i : node.routes) {
      if (MethodServes(routes_[i].method, method)) return static_cast<std::ptrdiff_t>(i);
    }
    return -1;
  }
  for (const auto& [literal, child] : node.literals) {
    if (literal != segments.front()) continue;
    std::ptrdiff_t found = Find(*child, segments.subspan(1), method);
    if (found >= 0) return found;
    break;
  }
  if (node.placeholder && !segments.front().empty()) {
    return Find(*node.placeholder, segments.subspan(1), method);
  }
  return -1;
}

void Router::CollectMatching(const Node& node, Segments segments,
                             std::vector<std::size_t>& out) const {
  if (segments.empty()) {
    out.insert(out.end(), node.routes.begin(), node.routes.end());
    return;
  }
  for (const auto& [literal, child] : node.literals) {
    if (literal == segments.front()) CollectMatching(*child, segments.subspan(1), out);
  }
  if (node.placeholder && !segments.front().empty()) {
    CollectMatching(*node.placeholder, segments.subspan(1), out);
  }
}

Response Router::Handle(Request& request) const {
  std::array<std::string_view, kMaxSegments> parts;
  std::optional<std::size_t> n = SplitPath(request.path, parts);
  if (!n) return fallback_(request, 404);
  const Segments segments(parts.data(), *n);
  const std::ptrdiff_t found = Find(*root_, segments, request.method);
  if (found >= 0) {
    const auto index = static_cast<std::size_t>(found);
    request.path_params.Clear();
    for (std::size_t i = 0; i < segments.size(); ++i) {
      const std::string& segment = split_[index][i];
      if (!IsPlaceholder(segment)) continue;
      request.path_params.Add(std::string_view(segment).substr(1, segment.size() - 2),
                              static_cast<std::size_t>(segments[i].data() - request.path.data()),
                              segments[i].size());
    }
    return guard_(request, routes_[index]);
  }
  // Only refusals get here, so allocating for the Allow header costs a request nothing.
  std::vector<std::size_t> matching;
  CollectMatching(*root_, segments, matching);
  if (matching.empty()) return fallback_(request, 404);
  std::sort(matching.begin(), matching.end());
  std::vector<std::string_view> methods;
  for (std::size_t i : matching) {
    for (std::string_view m : {std::string_view(routes_[i].method), std::string_view("HEAD")}) {
      if (std::find(methods.begin(), methods.end(), m) == methods.end()) methods.push_back(m);
      if (routes_[i].method != "GET") break;
    }
  }
  std::string allowed;
  for (std::string_view m : methods) {
    if (!allowed.empty()) allowed += ", ";
    allowed += m;
  }
  Response response = fallback_(request, 405);
  response.SetHeader("Allow", allowed);
  return response;
}

}  // namespace stegvis::web
