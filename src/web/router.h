#pragma once
// The one route table: method + path pattern -> handler. Patterns are literal segments and
// {name} placeholders ("/units/{id}"); a placeholder matches one non-empty segment and is
// handed to the handler in Request::path_params.

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "web/http.h"

namespace stegvis::web {

using Handler = std::function<Response(Request&)>;

struct Route {
  std::string method;   // "GET", "POST", ...; GET routes answer HEAD too
  std::string pattern;  // "/units/{id}"
  Handler handler;
};

class Router {
 public:
  // `fallback` answers requests no route matches; it gets the status (404 or 405) to send.
  explicit Router(std::function<Response(Request&, int status)> fallback)
      : fallback_(std::move(fallback)) {}

  void Add(std::string method, std::string pattern, Handler handler);

  // Finds the route and runs it: 404 when no pattern matches the path, 405 (with Allow)
  // when a pattern matches but not for this method.
  Response Handle(Request& request) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
  std::function<Response(Request&, int)> fallback_;
};

// True if `path` matches `pattern`; fills `params` with the placeholders' values.
bool MatchPattern(std::string_view pattern, std::string_view path,
                  std::map<std::string, std::string>& params);

}  // namespace stegvis::web
