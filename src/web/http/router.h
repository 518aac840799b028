#pragma once
// The one route table: method + path pattern + access rule -> handler. Patterns are literal
// segments and {name} placeholders ("/units/{id}"); a placeholder matches one non-empty
// segment and is handed to the handler in Request::path_params. Every route carries the
// rule the policy checks before its handler runs (domain::May with the rule's action on an
// organisation-wide resource of the rule's kind); handlers of /{id} routes ask the policy
// again about the object itself. There is no route without a rule.

#include <functional>
#include <map>
#include <string>
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
  // `fallback` answers requests no route matches; it gets the status (404 or 405) to send.
  Router(std::function<Response(Request&, int status)> fallback, Guard guard)
      : fallback_(std::move(fallback)), guard_(std::move(guard)) {}

  void Add(std::string method, std::string pattern, Rule rule, Handler handler);

  // Finds the route and runs it: 404 when no pattern matches the path, 405 (with Allow)
  // when a pattern matches but not for this method.
  Response Handle(Request& request) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
  std::function<Response(Request&, int)> fallback_;
  Guard guard_;
};

// True if `path` matches `pattern`; fills `params` with the placeholders' values.
bool MatchPattern(std::string_view pattern, std::string_view path,
                  std::map<std::string, std::string>& params);

}  // namespace stegvis::web
