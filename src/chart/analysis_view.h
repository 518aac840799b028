#pragma once
// Read-only helpers over stats types that the renderers share: which lines a chart has,
// how a point is marked, and the decimals its values need.

#include <span>
#include <string>
#include <vector>

#include "chart/chart_input.h"
#include "chart/labels.h"
#include "stats/analysis.h"

namespace stegvis::chart {

// How a point is drawn. Special causes come from Point::point_type; a point counts as special
// only when a point rule fired on it (or it is outside the limits). The Anhøj runs rules are
// a property of the whole part and are drawn on the centre line instead, so they never mark
// every point of a part.
enum class Mark { kCommon, kExcluded, kImprovement, kConcern, kNeutral };

Mark MarkOf(const stats::Point& point);

// True for the rules that judge a whole part rather than a point: the Anhøj longest run and
// crossings, and the IHI too few / too many runs. They are drawn on the centre line.
bool IsPartLevelRule(stats::Rule rule);

// True if `part` has a runs signal: Part::runs_signal, or a part-level rule on its points.
// Never for MR charts (qicharts2 does not judge runs there).
bool PartRunsSignal(const stats::Analysis& analysis, const stats::Part& part);

// The lines of a point: for XmR the MDC mean and process limits, else cl/lcl/ucl.
struct Lines {
  double cl, lcl, ucl, lcl_95, ucl_95;
};
Lines LinesOf(const stats::Analysis& analysis, const stats::Point& point);

// True if the chart has control limits (every chart except run).
bool HasLimits(stats::ChartType chart);

// True if 2σ lines are drawn: the rule set uses them (MDC, Western Electric).
bool Shows2Sigma(stats::RuleSet rules);

// The decimals that show values of these analyses: about three significant digits of the
// largest value and two of the spread between smallest and largest, but never more than the
// values, centre lines and limits have (whole counts and their median of 4 show none), 0 to 4.
int ValueDecimals(std::span<const stats::Analysis* const> analyses);

// The words for the rules that fired on `point` ("utanför styrgränserna; ..."), or
// labels.no_signal.
std::string SignalWords(const stats::Point& point, const ChartLabels& labels);

// The legend name of a point mark.
const std::string& MarkName(Mark mark, const ChartLabels& labels);

}  // namespace stegvis::chart
