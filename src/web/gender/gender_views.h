#pragma once
// What the gender-analysis page and its JSON twin share: the engine's verdict over time in
// words, and "when" as people read it.

#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include <boost/json/object.hpp>

#include "core/describe.h"
#include "domain/verdict_history.h"
#include "web/app.h"

namespace stegvis::web {

// "2026-11-23 13:43" (UTC) for unix seconds.
std::string WhenText(std::int64_t unix_seconds);

// One span of the same gap verdict: "Från och med mars 2025: gapet minskar".
struct VerdictSpanView {
  std::string text;
  bool current = false;  // the last span, which lasts until now
};
constexpr auto Describe(std::type_identity<VerdictSpanView>) {
  return std::tuple{core::Field("text", &VerdictSpanView::text),
                    core::Field("current", &VerdictSpanView::current)};
}

// One period's reading: both groups' verdicts and the gap's, in words.
struct VerdictReadingView {
  std::string period;
  int common = 0;  // periods with a value for both groups up to then
  std::string a;
  std::string b;
  std::string gap;
  bool changed = false;  // the gap's verdict differs from the period before
};
constexpr auto Describe(std::type_identity<VerdictReadingView>) {
  using R = VerdictReadingView;
  return std::tuple{core::Field("period", &R::period), core::Field("common", &R::common),
                    core::Field("a", &R::a),           core::Field("b", &R::b),
                    core::Field("gap", &R::gap),       core::Field("changed", &R::changed)};
}

// The verdict over time for the page.
struct VerdictHistoryView {
  bool has_history = false;
  std::vector<VerdictSpanView> spans;
  std::vector<VerdictReadingView> readings;
  std::string a_label;  // "Kvinnor"
  std::string b_label;
  std::string explanation;
  std::string too_few;  // shown while there are too few periods for a verdict
  // The history was cut short by its time budget: what is missing, in words.
  bool is_incomplete = false;
  std::string incomplete;
};
constexpr auto Describe(std::type_identity<VerdictHistoryView>) {
  using H = VerdictHistoryView;
  return std::tuple{
      core::Field("has_history", &H::has_history), core::Field("spans", &H::spans),
      core::Field("readings", &H::readings),       core::Field("a_label", &H::a_label),
      core::Field("b_label", &H::b_label),         core::Field("explanation", &H::explanation),
      core::Field("too_few", &H::too_few),         core::Field("is_incomplete", &H::is_incomplete),
      core::Field("incomplete", &H::incomplete)};
}

// The history in `lang`. `a` and `b` are the groups ("women", "men" or "girls", "boys").
VerdictHistoryView VerdictHistoryOf(const App& app, const std::string& lang,
                                    const domain::VerdictHistory& history, const std::string& a,
                                    const std::string& b);

// The history as JSON (the API's representation): stable names, no words.
boost::json::object VerdictHistoryJson(const domain::VerdictHistory& history);

}  // namespace stegvis::web
