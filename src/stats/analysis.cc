// Analyze: option checks, then periods -> parts -> lines -> runs analysis -> signals, in the
// order qicharts2's qic.agg does them (see docs/statistics.md).
#include "stats/analysis.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "stats/anhoej.h"
#include "stats/control_limits.h"
#include "stats/rule_sets.h"
#include "stats/subgroups.h"
#include "stats/xmr.h"

namespace stegvis::stats {
namespace {

core::Error OptionError(const std::string& field, const std::string& message) {
  return core::Error::Invalid(message, field);
}

// Options that can be checked before the number of points is known.
core::Result<void> CheckOptions(const ChartOptions& o) {
  if (!std::isfinite(o.multiply) || o.multiply <= 0) {
    return core::Fail(OptionError("multiply", "multiply must be a number greater than 0"));
  }
  if (o.cl && !std::isfinite(*o.cl)) {
    return core::Fail(OptionError("cl", "the centre line must be a finite number"));
  }
  if (o.target && !std::isfinite(*o.target)) {
    return core::Fail(OptionError("target", "the target must be a finite number"));
  }
  if (o.freeze < 0) return core::Fail(OptionError("freeze", "freeze cannot be negative"));
  if (o.fix_after < 0) return core::Fail(OptionError("fix_after", "fix_after cannot be negative"));
  if (o.freeze > 0 && (!o.part_at.empty() || o.part_from_phase)) {
    // qicharts2 silently ignores freeze when parts are given; saying so is kinder.
    return core::Fail(OptionError(
        "freeze", "freeze cannot be combined with parts (the first part is the baseline)"));
  }
  return {};
}

// The index of the first point of each part (always starting with 0).
core::Result<std::vector<std::size_t>> PartStarts(const ChartOptions& o, const Series& rows,
                                                  const std::vector<std::size_t>& first_row,
                                                  int n) {
  std::vector<std::size_t> starts = {0};
  if (!o.part_at.empty()) {
    std::vector<int> at = o.part_at;
    std::sort(at.begin(), at.end());
    at.erase(std::unique(at.begin(), at.end()), at.end());
    for (int a : at) {
      if (a < 1 || a >= n) {
        return core::Fail(OptionError("part_at", "a new part can start after point 1 to " +
                                                     std::to_string(n - 1) + ", not after point " +
                                                     std::to_string(a)));
      }
      starts.push_back(static_cast<std::size_t>(a));
    }
  } else if (o.part_from_phase && !rows.phases.empty()) {
    for (int i = 1; i < n; ++i) {
      if (rows.phases[first_row[i]] != rows.phases[first_row[i - 1]]) starts.push_back(i);
    }
  }
  return starts;
}

// Fails when freeze or exclude name points that are not there.
core::Result<void> CheckPointOptions(const ChartOptions& options, int n) {
  if (options.freeze > n) {
    return core::Fail(OptionError("freeze", "freeze is " + std::to_string(options.freeze) +
                                                " but there are only " + std::to_string(n) +
                                                " points"));
  }
  for (int e : options.exclude) {
    if (e < 1 || e > n) {
      return core::Fail(OptionError("exclude", "point " + std::to_string(e) +
                                                   " cannot be excluded: the points are 1 to " +
                                                   std::to_string(n)));
    }
  }
  return {};
}

// Multiplies the part's values and lines, turns non-finite limits into missing ones and sets
// the target.
void ScaleAndTidy(PointColumns& points, std::size_t part, double multiply, double target) {
  if (multiply != 1) {
    for (std::size_t i = points.PartFirsts()[part]; i < points.PartEnd(part); ++i) {
      points.set_y(i, points.y(i) * multiply);
    }
    for (Line line : {Line::kCl, Line::kLcl, Line::kLcl95, Line::kUcl95, Line::kUcl}) {
      points.MapPartLine(line, part, [&](double v) { return v * multiply; });
    }
  }
  for (Line line : {Line::kLcl, Line::kLcl95, Line::kUcl, Line::kUcl95}) {
    points.MapPartLine(line, part, [](double v) { return std::isfinite(v) ? v : kMissing; });
  }
  points.SetPartLine(Line::kTarget, part, target);
}

// The verdict for a point with a special-cause signal on the given side of the centre line.
PointType SideType(int side, Direction direction) {
  if (side == 0) return PointType::kCommonCause;
  switch (direction) {
    case Direction::kUp: return side > 0 ? PointType::kImprovement : PointType::kConcern;
    case Direction::kDown: return side > 0 ? PointType::kConcern : PointType::kImprovement;
    case Direction::kNeutral: break;
  }
  return side > 0 ? PointType::kNeutralHigh : PointType::kNeutralLow;
}

// The part's runs signals, sigma signals and point types on its points, with its lower and
// upper limit and centre line at point i given by lcl(i), ucl(i) and cl(i); true if a plotted
// value is negative.
template <typename Lcl, typename Ucl, typename Cl>
bool MarkPoints(PointColumns& points, std::size_t part, const RunsResult& runs, Direction direction,
                Lcl lcl, Ucl ucl, Cl cl) {
  bool any_negative = false;
  const bool runs_signal = runs.part.runs_signal;
  RuleMask part_rules;
  if (runs.longest_run_signal) part_rules.Set(Rule::kAnhoejLongestRun);
  if (runs.crossings_signal) part_rules.Set(Rule::kAnhoejCrossings);
  for (std::size_t i = points.PartFirsts()[part]; i < points.PartEnd(part); ++i) {
    const double y = points.y(i);
    const bool sigma = y > ucl(i) || y < lcl(i);  // false when anything is NaN
    points.set_runs_signal(i, runs_signal);
    points.set_sigma_signal(i, sigma);
    RuleMask rules = part_rules;
    if (sigma) rules.Set(Rule::kSigma);
    points.SetRules(i, rules);
    any_negative = any_negative || y < 0;
    if (sigma || runs_signal) {
      const double c = cl(i);
      points.set_point_type(i, SideType(y > c ? 1 : (y < c ? -1 : 0), direction));
    }
  }
  return any_negative;
}

// MarkPoints with the part's lines, read once when they are constant over the part.
bool MarkPart(PointColumns& points, std::size_t part, const RunsResult& runs, Direction direction) {
  auto line_of = [&](Line line) {
    return [&points, line, part](std::size_t i) { return points.LineIn(line, i, part); };
  };
  if (points.LinePerPoint(Line::kLcl) || points.LinePerPoint(Line::kUcl) ||
      points.LinePerPoint(Line::kCl)) {
    return MarkPoints(points, part, runs, direction, line_of(Line::kLcl), line_of(Line::kUcl),
                      line_of(Line::kCl));
  }
  auto constant = [&](Line line) {
    const double value = points.LineIn(line, 0, part);
    return [value](std::size_t) { return value; };
  };
  return MarkPoints(points, part, runs, direction, constant(Line::kLcl), constant(Line::kUcl),
                    constant(Line::kCl));
}

}  // namespace

core::Result<Analysis> Analyze(std::span<const Row> rows, const ChartOptions& options) {
  return Analyze(ToSeries(rows), options);
}

core::Result<Analysis> Analyze(const Series& rows, const ChartOptions& options) {
  if (options.chart == ChartType::kXmR) {
    auto xmr = AnalyzeXmr(rows, options);
    // The rule set chosen in the options replaces the default marks (rule_sets.h).
    if (xmr) ApplyRuleSet(*xmr, options);
    return xmr;
  }
  if (auto ok = CheckOptions(options); !ok) return core::Fail(ok.error());
  auto periods = AggregatePeriods(rows, options.chart, options.agg);
  if (!periods) return core::Fail(periods.error());

  Analysis analysis;
  analysis.chart = options.chart;
  analysis.points = std::move(periods->points);
  PointColumns& points = analysis.points;
  const int n = static_cast<int>(points.size());
  if (auto ok = CheckPointOptions(options, n); !ok) return core::Fail(ok.error());
  auto starts = PartStarts(options, rows, periods->first_row, n);
  if (!starts) return core::Fail(starts.error());
  points.SetParts(*starts);
  if (options.freeze > 0) {
    for (int i = options.freeze; i < n; ++i) points.set_baseline(i, false);
  }
  for (int e : options.exclude) points.set_include(e - 1, false);

  const LineOptions line_options{options.cl, options.screen_mr};
  LineScratch scratch;
  const bool runs_rules = options.chart != ChartType::kMR;  // qicharts2 ignores runs for MR
  const double target = options.target.value_or(kMissing);
  bool any_negative = false;
  for (std::size_t k = 0; k < starts->size(); ++k) {
    const PartOf part = PartAt(points, k);
    ComputeLines(options.chart, part, line_options, scratch);
    RunsResult runs = AnalyzeRuns(points, k);  // in the data's units, before multiply
    Part& summary = analysis.parts.emplace_back(runs.part);
    summary.part = static_cast<int>(k) + 1;
    summary.first = static_cast<int>(part.first);
    summary.last = static_cast<int>(part.end) - 1;
    if (!runs_rules) {
      summary.runs_signal = false;
      runs.part.runs_signal = runs.longest_run_signal = runs.crossings_signal = false;
    }
    ScaleAndTidy(points, k, options.multiply, target);
    any_negative = MarkPart(points, k, runs, options.direction) || any_negative;
  }
  if (!options.y_neg && !any_negative) {
    for (Line line : {Line::kLcl, Line::kLcl95}) {
      points.MapLine(line, [](double v) { return v < 0 ? 0.0 : v; });
    }
  }
  // The rule set chosen in the options replaces the default marks (rule_sets.h).
  ApplyRuleSet(analysis, options);
  return analysis;
}

}  // namespace stegvis::stats
