#pragma once
// What the report to the nämnd shows (unit_report.mustache), as a typed view built from
// domain::UnitReport: plain language first (a summary, the work by status, the measures with
// new signals for women and men, the gaps that narrowed or widened, the decided PDSA tests
// with what was learned, the goals addressed and not), then the small charts of the measures
// with signals; and the period picker.

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/describe.h"
#include "domain/unit_report.h"
#include "web/app.h"
#include "web/render/typed_view.h"

namespace stegvis::web {

struct ReportChoiceView {
  std::string code;  // "2026-T2"
  std::string label;
  bool selected = false;
};
constexpr auto Describe(std::type_identity<ReportChoiceView>) {
  using V = ReportChoiceView;
  return std::tuple{core::Field("code", &V::code), core::Field("label", &V::label),
                    core::Field("selected", &V::selected)};
}

struct ReportItemView {
  domain::Id id = 0;
  std::string name;
  std::string detail;  // the status, team or what the item rests on, in words
};
constexpr auto Describe(std::type_identity<ReportItemView>) {
  using V = ReportItemView;
  return std::tuple{core::Field("id", &V::id), core::Field("name", &V::name),
                    core::Field("detail", &V::detail)};
}

struct ReportMeasureView {
  domain::Id id = 0;
  std::string name;
  std::string project;
  std::string team;
  std::vector<std::string> lines;  // the signals or the gap, one sentence each
};
constexpr auto Describe(std::type_identity<ReportMeasureView>) {
  using V = ReportMeasureView;
  return std::tuple{core::Field("id", &V::id), core::Field("name", &V::name),
                    core::Field("project", &V::project), core::Field("team", &V::team),
                    core::Field("lines", &V::lines)};
}

struct ReportCycleView {
  domain::Id id = 0;
  std::string title;
  std::string detail;  // project, team and the day of the decision
  std::optional<std::string> learning;
  std::optional<std::string> result;
};
constexpr auto Describe(std::type_identity<ReportCycleView>) {
  using V = ReportCycleView;
  return std::tuple{core::Field("id", &V::id), core::Field("title", &V::title),
                    core::Field("detail", &V::detail), core::Field("learning", &V::learning),
                    core::Field("result", &V::result)};
}

// One decision's list of cycles.
struct ReportDecisionView {
  std::string heading;
  std::string css;  // "adopted", "adapted" or "abandoned"
  bool has_cycles = false;
  std::vector<ReportCycleView> cycles;
};
constexpr auto Describe(std::type_identity<ReportDecisionView>) {
  using V = ReportDecisionView;
  return std::tuple{core::Field("heading", &V::heading), core::Field("css", &V::css),
                    core::Field("has_cycles", &V::has_cycles), core::Field("cycles", &V::cycles)};
}

struct ReportChartView {
  domain::Id id = 0;
  std::string name;
  RawHtml svg;  // women and men with the gap, wide and narrow
  std::vector<std::string> verdicts;
};
constexpr auto Describe(std::type_identity<ReportChartView>) {
  using V = ReportChartView;
  return std::tuple{core::Field("id", &V::id), core::Field("name", &V::name),
                    core::Field("svg", &V::svg), core::Field("verdicts", &V::verdicts)};
}

struct UnitReportView {
  domain::Id id = 0;
  std::string unit;
  std::string period;  // the period in words
  std::string code;    // "2026-T2"
  std::string today;
  std::vector<ReportChoiceView> choices;
  std::vector<std::string> summary;  // the plain-language summary, one sentence each
  bool has_projects = false;
  std::vector<ReportItemView> projects;
  bool has_programmes = false;
  std::vector<ReportItemView> programmes;
  bool has_signals = false;
  std::vector<ReportMeasureView> signals;
  bool has_gaps = false;
  std::vector<ReportMeasureView> gaps;
  std::vector<ReportDecisionView> decisions;
  bool has_goals_addressed = false;
  std::vector<ReportItemView> goals_addressed;
  bool has_goals_unaddressed = false;
  std::vector<ReportItemView> goals_unaddressed;
  bool has_charts = false;
  std::vector<ReportChartView> charts;
};
constexpr auto Describe(std::type_identity<UnitReportView>) {
  using V = UnitReportView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("unit", &V::unit),
                    core::Field("period", &V::period),
                    core::Field("code", &V::code),
                    core::Field("today", &V::today),
                    core::Field("choices", &V::choices),
                    core::Field("summary", &V::summary),
                    core::Field("has_projects", &V::has_projects),
                    core::Field("projects", &V::projects),
                    core::Field("has_programmes", &V::has_programmes),
                    core::Field("programmes", &V::programmes),
                    core::Field("has_signals", &V::has_signals),
                    core::Field("signals", &V::signals),
                    core::Field("has_gaps", &V::has_gaps),
                    core::Field("gaps", &V::gaps),
                    core::Field("decisions", &V::decisions),
                    core::Field("has_goals_addressed", &V::has_goals_addressed),
                    core::Field("goals_addressed", &V::goals_addressed),
                    core::Field("has_goals_unaddressed", &V::has_goals_unaddressed),
                    core::Field("goals_unaddressed", &V::goals_unaddressed),
                    core::Field("has_charts", &V::has_charts),
                    core::Field("charts", &V::charts)};
}

// The period in words: "tertial 2 2026 (maj–augusti)", "helåret 2026".
std::string ReportPeriodWords(const App& app, const std::string& lang,
                              const domain::ReportPeriod& period);

// The period asked for in the request's "period" query (the default when absent) as of
// `today`; ParseReportPeriod's errors otherwise.
core::Result<domain::ReportPeriod> RequestedPeriod(const Request& request, core::Date today);

// A new signal in words: "Förbättring för kvinnor: värden utanför styrgränserna (maj 2026 –
// augusti 2026)". `s.periods` is not empty.
std::string SignalWords(const App& app, const std::string& lang, const domain::GroupSignal& s);

// The gap line of a measure in words, with its values before and at the end of the period.
std::string GapWords(const App& app, const std::string& lang, const domain::ReportMeasure& m);

// The report's view in `lang` (charts drawn). Fails only when the engine refuses the data.
core::Result<UnitReportView> MakeUnitReportView(const App& app, const std::string& lang,
                                                const domain::UnitReport& report, core::Date today);

}  // namespace stegvis::web
