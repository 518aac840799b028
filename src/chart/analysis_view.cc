#include "chart/analysis_view.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "chart/axis.h"

namespace stegvis::chart {

bool IsPartLevelRule(stats::Rule rule) {
  return rule == stats::Rule::kAnhoejLongestRun || rule == stats::Rule::kAnhoejCrossings ||
         rule == stats::Rule::kIhiTooFewRuns || rule == stats::Rule::kIhiTooManyRuns;
}

bool PartRunsSignal(const stats::Analysis& analysis, const stats::Part& part) {
  if (analysis.chart == stats::ChartType::kMR) return false;
  if (part.runs_signal) return true;
  for (const stats::Point& p : analysis.points) {
    if (p.part != part.part) continue;
    for (int r = 0; r < stats::kRuleCount; ++r) {
      const auto rule = static_cast<stats::Rule>(r);
      if (IsPartLevelRule(rule) && p.rules.Has(rule)) return true;
    }
  }
  return false;
}

Mark MarkOf(const stats::Point& point) {
  // Part-level runs rules do not single out a point.
  const bool only_runs = [&] {
    for (int r = 0; r < stats::kRuleCount; ++r) {
      const auto rule = static_cast<stats::Rule>(r);
      if (!IsPartLevelRule(rule) && point.rules.Has(rule)) return false;
    }
    return true;
  }();
  const bool special = point.sigma_signal || !only_runs;
  if (!point.include) return Mark::kExcluded;
  if (!special) return Mark::kCommon;
  switch (point.point_type) {
    case stats::PointType::kImprovement: return Mark::kImprovement;
    case stats::PointType::kConcern: return Mark::kConcern;
    default: return Mark::kNeutral;
  }
}

Lines LinesOf(const stats::Analysis& analysis, const stats::Point& p) {
  if (analysis.chart == stats::ChartType::kXmR && std::isfinite(p.mean))
    return {p.mean, p.lpl, p.upl, p.lcl_95, p.ucl_95};
  return {p.cl, p.lcl, p.ucl, p.lcl_95, p.ucl_95};
}

bool HasLimits(stats::ChartType chart) {
  return chart != stats::ChartType::kRun;
}

bool Shows2Sigma(stats::RuleSet rules) {
  return rules == stats::RuleSet::kMdc || rules == stats::RuleSet::kWesternElectric;
}

namespace {

// The fewest decimals (0 to 4) that write `v` exactly: 4 needs none, 4.5 one.
int DecimalsOf(double v) {
  double scaled = std::fabs(v);
  for (int d = 0; d < 4; ++d, scaled *= 10) {
    if (std::fabs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled)) return d;
  }
  return 4;
}

}  // namespace

int ValueDecimals(std::span<const stats::Analysis* const> analyses) {
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  int needed = 0;  // what the values and lines have: a count's median 4 has no decimals
  for (const stats::Analysis* a : analyses) {
    if (!a) continue;
    for (const stats::Point& p : a->points) {
      for (double v : {p.y, p.cl}) {
        if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
      }
      const Lines l = LinesOf(*a, p);
      for (double v : {p.y, l.cl, l.lcl, l.ucl}) {
        if (std::isfinite(v)) needed = std::max(needed, DecimalsOf(v));
      }
    }
  }
  if (!std::isfinite(lo)) return 1;
  // About three significant digits of the largest value (63.7, 18.2, 0.182, 1234), and at
  // least two of the spread, so 1 000 000.4 against 1 000 002.1 still shows a difference;
  // never more than the values have, so a count reads "4", not "4,0000".
  const double magnitude = std::max({std::fabs(lo), std::fabs(hi), 1e-9});
  const int by_magnitude = 2 - static_cast<int>(std::floor(std::log10(magnitude)));
  const int by_spread =
      hi > lo ? 1 - static_cast<int>(std::floor(std::log10(hi - lo))) : by_magnitude;
  return std::clamp(std::min(std::max(by_magnitude, by_spread), needed), 0, 4);
}

std::string SignalWords(const stats::Point& point, const ChartLabels& labels) {
  std::string out;
  for (int r = 0; r < stats::kRuleCount; ++r) {
    auto rule = static_cast<stats::Rule>(r);
    if (!point.rules.Has(rule)) continue;
    if (!out.empty()) out += "; ";
    out += RuleWords(labels, rule);
  }
  if (out.empty() && point.sigma_signal) out = RuleWords(labels, stats::Rule::kSigma);
  return out.empty() ? labels.no_signal : out;
}

const std::string& MarkName(Mark mark, const ChartLabels& labels) {
  switch (mark) {
    case Mark::kImprovement: return labels.improvement;
    case Mark::kConcern: return labels.concern;
    case Mark::kNeutral: return labels.special_neutral;
    case Mark::kExcluded: return labels.excluded;
    case Mark::kCommon: break;
  }
  return labels.common_cause;
}

}  // namespace stegvis::chart
