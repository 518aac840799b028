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
core::Result<std::vector<int>> PartStarts(const ChartOptions& o, std::span<const Row> rows,
                                          const std::vector<std::size_t>& first_row, int n) {
  std::vector<int> starts = {0};
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
      starts.push_back(a);
    }
  } else if (o.part_from_phase) {
    for (int i = 1; i < n; ++i) {
      if (rows[first_row[i]].phase != rows[first_row[i - 1]].phase) starts.push_back(i);
    }
  }
  return starts;
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

}  // namespace

core::Result<Analysis> Analyze(std::span<const Row> rows, const ChartOptions& options) {
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
  std::vector<Point>& points = analysis.points;
  const int n = static_cast<int>(points.size());

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
  auto starts = PartStarts(options, rows, periods->first_row, n);
  if (!starts) return core::Fail(starts.error());

  if (options.freeze > 0) {
    for (int i = options.freeze; i < n; ++i) points[i].baseline = false;
  }
  for (int e : options.exclude) points[e - 1].include = false;

  const LineOptions line_options{options.cl, options.screen_mr};
  LineScratch scratch;
  const bool runs_rules = options.chart != ChartType::kMR;  // qicharts2 ignores runs for MR
  const double multiply = options.multiply;
  const double target = options.target.value_or(kMissing);
  bool any_negative = false;
  for (std::size_t k = 0; k < starts->size(); ++k) {
    const int first = (*starts)[k];
    const int last = k + 1 < starts->size() ? (*starts)[k + 1] - 1 : n - 1;
    std::span<Point> part(points.data() + first, static_cast<std::size_t>(last - first + 1));
    ComputeLines(options.chart, part, line_options, scratch);
    RunsResult runs = AnalyzeRuns(part);  // in the data's units, before multiply
    Part summary = runs.part;
    summary.part = static_cast<int>(k) + 1;
    summary.first = first;
    summary.last = last;
    if (!runs_rules) {
      summary.runs_signal = false;
      runs.longest_run_signal = runs.crossings_signal = false;
    }
    // One pass over the part's points for everything else (the points are large; passes cost
    // memory bandwidth on long series).
    for (Point& p : part) {
      p.part = summary.part;
      p.runs_signal = summary.runs_signal;
      if (runs.longest_run_signal) p.rules.Set(Rule::kAnhoejLongestRun);
      if (runs.crossings_signal) p.rules.Set(Rule::kAnhoejCrossings);
      if (multiply != 1) {
        p.y *= multiply;
        p.cl *= multiply;
        p.lcl *= multiply;
        p.lcl_95 *= multiply;
        p.ucl_95 *= multiply;
        p.ucl *= multiply;
      }
      for (double* limit : {&p.lcl, &p.lcl_95, &p.ucl, &p.ucl_95}) {
        if (!std::isfinite(*limit)) *limit = kMissing;
      }
      p.target = target;
      p.sigma_signal = p.y > p.ucl || p.y < p.lcl;  // false when anything is NaN
      if (p.sigma_signal) p.rules.Set(Rule::kSigma);
      any_negative = any_negative || p.y < 0;
    }
    analysis.parts.push_back(summary);
  }
  if (!options.y_neg && !any_negative) {
    for (Point& p : points) {
      if (p.lcl < 0) p.lcl = 0;
      if (p.lcl_95 < 0) p.lcl_95 = 0;
    }
  }
  for (Point& p : points) {
    if (!p.sigma_signal && !p.runs_signal) continue;
    const int side = p.y > p.cl ? 1 : (p.y < p.cl ? -1 : 0);
    p.point_type = SideType(side, options.direction);
  }
  // The rule set chosen in the options replaces the default marks (rule_sets.h).
  ApplyRuleSet(analysis, options);
  return analysis;
}

}  // namespace stegvis::stats
