#pragma once
// The one route table: method + path pattern + access rule -> handler. Patterns are literal
// segments and {name} placeholders ("/units/{id}"); a placeholder matches one non-empty
// segment and is handed to the handler in Request::path_params. Every route carries the
// rule the policy checks before its handler runs (domain::May with the rule's action on an
// organisation-wide resource of the rule's kind); handlers of /{id} routes ask the policy
// again about the object itself. There is no route without a rule.
//
// Matching does not depend on the order routes were added: at each segment a literal beats a
// placeholder ("/reflektioner/ny" before "/reflektioner/{id}"), falling back to the placeholder
// when the literal leads nowhere for the request's method. Patterns are split once, when
// added; matching a request walks a tree of segments and allocates nothing.

#include <array>
#include <cstddef>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/access.h"
#include "web/http/http.h"
#include "web/http/visitor.h"

namespace stegvis::web {

using Handler = std::function<Response(Request&, const Visitor&)>;

// The access rule of a route: the action and the kind of resource it acts on.
struct Rule {
  domain::Action action;
  domain::ResourceKind kind;
};

struct Route {
  std::string method;   // "GET", "POST", ...; GET routes answer HEAD too
  std::string pattern;  // "/units/{id}"
  Rule rule;
  Handler handler;
};

// Runs a matched route: identifies the visitor, applies the rule and CSRF check, then calls
// route.handler (see access_guard.h).
using Guard = std::function<Response(Request&, const Route&)>;

class Router {
 public:
  // The most segments a path may have to match anything; deeper paths are 404.
  static constexpr std::size_t kMaxSegments = 16;

  // `fallback` answers requests no route matches; it gets the status (404 or 405) to send.
  Router(std::function<Response(Request&, int status)> fallback, Guard guard);
  Router(Router&&) noexcept;
  Router& operator=(Router&&) noexcept;
  ~Router();

  // Adds a route. A pattern starts with '/', has at most kMaxSegments segments and at most
  // PathParams::kMax placeholders, and a method + pattern is added once (asserted: these are
  // programmer errors).
  void Add(std::string method, std::string pattern, Rule rule, Handler handler);

  // Finds the route and runs it: 404 when no pattern matches the path, 405 (with Allow, the
  // methods of every pattern that matches) when patterns match but not for this method.
  Response Handle(Request& request) const;

  // Every route, in the order added.
  const std::vector<Route>& routes() const { return routes_; }

 private:
  struct Node;
  using Segments = std::span<const std::string_view>;

  // The route for `method` below `node` for the remaining `segments`, literals first; -1 if
  // none.
  std::ptrdiff_t Find(const Node& node, Segments segments, std::string_view method) const;
  // Adds the index of every route below `node` whose pattern matches `segments`.
  void CollectMatching(const Node& node, Segments segments, std::vector<std::size_t>& out) const;

  std::vector<Route> routes_;
  std::vector<std::vector<std::string>> split_;  // routes_[i]'s pattern, split into segments
  std::unique_ptr<Node> root_;
  std::function<Response(Request&, int)> fallback_;
  Guard guard_;
};

// True if `segment` of a pattern is a placeholder ("{id}").
bool IsPlaceholder(std::string_view segment);

// Splits `path` at '/' into `out` ("/" has no segments, "/a/" has "a" and ""); the number of
// segments, or nothing when there are more than out.size() or `path` does not start with '/'.
std::optional<std::size_t> SplitPath(std::string_view path, std::span<std::string_view> out);

}  // namespace stegvis::web
