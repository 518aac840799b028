#pragma once
// A measure's observations through the statistics engine: the recommended chart (or the
// team's override), the analysis of the total, and for a measure split by sex each group's
// analysis side by side with the gap between them. Pure: no storage.

#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "domain/measure.h"
#include "stats/analysis.h"
#include "stats/chart_choice.h"
#include "stats/gap.h"

namespace stegvis::domain {

// How a measure's frozen baseline (Measure::baseline_points) applies to one series.
enum class BaselineUse {
  kNone,          // no frozen baseline: every point of its phase sets the lines
  kFrozen,        // the first baseline_points points set the lines, extended over the rest
  kTooFewPoints,  // frozen, but the series has fewer points: every point sets the lines
  kPhases,        // frozen, but phases have started: each phase sets its own lines
};

// "none", "frozen", "too_few_points", "phases".
std::string_view BaselineUseName(BaselineUse use);

struct MeasureAnalysis {
  stats::ChartChoice recommended;
  stats::ChartType chart = stats::ChartType::kRun;  // the override, or the recommended chart
  bool overridden = false;
  stats::Direction direction = stats::Direction::kUp;
  double multiply = 1;  // 100 for proportions (shown in percent)
  // The rules every series was marked and is judged by (the measure's rule set): the one
  // value to hand stats::JudgeSeries and the charts, so no view judges by other rules.
  stats::RuleSet rules = stats::RuleSet::kAnhoej;
  BaselineUse baseline_total = BaselineUse::kNone;   // how the total's lines were set
  BaselineUse baseline_groups = BaselineUse::kNone;  // ... and the groups' (and their gap's)
  // The total: entered, or for counts, proportions and rates the sum of the groups in periods
  // where every group is present. Absent when there is no data.
  std::optional<stats::Analysis> total;
  // Women and men (or girls and boys), when both have data in at least one common period.
  std::optional<stats::GapAnalysis> groups;
  std::string group_a;  // "women" or "girls"
  std::string group_b;  // "men" or "boys"
  int periods = 0;      // periods with any value
  // Excluded periods (PointNote) were left out of the total's lines; of the groups' only when
  // both groups have values in the same periods (the engine numbers points per series, and
  // the gap carries exclusions over only then): false when they had to be drawn with all.
  bool groups_exclude = true;
};

// The 1-based point numbers (stats::ChartOptions::exclude) of the `excluded` periods among
// `rows` (one row per period, in any order): the rank of each excluded row's period.
std::vector<int> ExcludedPoints(std::span<const stats::Row> rows,
                                const std::set<std::string>& excluded);

// The stats row of one observation (with a value): its period's ordinal as x, the period as
// label, the value as y and, for data types with a denominator, the denominator as n.
stats::Row RowOf(const Measure& measure, const Observation& observation);

// The stats rows of one group, in period order (a missing cell is no row: missing, not zero).
std::vector<stats::Row> RowsOf(const Measure& measure, const std::vector<Observation>& observations,
                               const std::string& group);

// The phase `period` falls in: the latest of `phase_starts` (sorted) not after it; "" when none.
std::string PhaseOf(const std::string& period, const std::vector<std::string>& phase_starts);

// The chart options every chart of the measure is drawn with (direction, percent for
// proportions, negative limits only for continuous values, target, the measure's rule set),
// parts from the rows' phases when `phased`; the chart type is left at its default for the
// caller to choose, and the frozen baseline to ApplyBaseline once it is.
stats::ChartOptions ChartOptionsOf(const Measure& measure, bool phased);

// How the measure's frozen baseline applies to a series of `points` plotted points, `phased`
// or not: kNone without one; kPhases when phased (the engine draws each phase's own lines and
// a baseline cannot be combined with them); kTooFewPoints when points < baseline_points (the
// lines then use every point until the series has that many); else kFrozen.
BaselineUse BaselineUseOf(const Measure& measure, int points, bool phased);

// Sets the frozen baseline in `options` (whose chart and part_from_phase are set) for a
// series of `points` points when BaselineUseOf says kFrozen: freeze, or on an XmR chart
// fix_after (the MDC way of fixing limits after the first N points). Returns the use.
BaselineUse ApplyBaseline(const Measure& measure, int points, stats::ChartOptions& options);

// Women and men side by side as AnalyzeMeasure analyses them: rows `a` and `b` of the two
// groups (RowOf, with their phases when `phased`), each on the team's chart override when
// set, else on the chart group A's data calls for, by the measure's rule set; the frozen
// baseline applies when both groups have at least baseline_points points (ApplyBaseline with
// the smaller count). The ratio only when `ratio` asks for it. The `excluded` periods are left
// out of the lines when both groups have the same periods (MeasureAnalysis::groups_exclude).
// Fails as stats::AnalyzeGap fails.
core::Result<stats::GapAnalysis> AnalyzeGroups(
    const Measure& measure, std::span<const stats::Row> a, std::span<const stats::Row> b,
    bool phased, stats::GapRatio ratio = stats::GapRatio::kWhenMeaningful,
    const std::set<std::string>& excluded = {});

// Analyses the measure. Fails only when the engine refuses the data (Error::Invalid naming the
// row), which validation on entry makes unreachable for stored data.
// `phase_starts` (sorted periods) start new parts of every chart: each its own centre line
// and limits (the teams' phases after adopted changes, MeasurePhase). The `excluded` periods
// (ExcludedPeriods of the measure's point notes) are left out of the lines and the runs
// analysis, and still marked when outside the limits (stats::ChartOptions::exclude).
core::Result<MeasureAnalysis> AnalyzeMeasure(const Measure& measure,
                                             const std::vector<Observation>& observations,
                                             const std::vector<std::string>& phase_starts = {},
                                             const std::set<std::string>& excluded = {});

}  // namespace stegvis::domain
