#pragma once
// What the gender-analysis page and its JSON twin share: the engine's verdict over time in
// words, and "when" as people read it.

#include <string>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "domain/verdict_history.h"
#include "web/app.h"

namespace stegvis::web {

// "2026-11-23 13:43" (UTC) for unix seconds.
std::string WhenText(std::int64_t unix_seconds);

// The history for the page: `spans` ("Från och med mars 2025: gapet minskar"), `readings`
// (period, women, men, gap in words) and `has_history`, in `lang`. `a` and `b` are the groups
// ("women", "men" or "girls", "boys").
boost::json::object VerdictHistoryView(const App& app, const std::string& lang,
                                       const domain::VerdictHistory& history, const std::string& a,
                                       const std::string& b);

// The history as JSON (the API's representation): stable names, no words.
boost::json::object VerdictHistoryJson(const domain::VerdictHistory& history);

}  // namespace stegvis::web
