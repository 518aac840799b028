// The XmR chart of NHS "Making Data Count". See xmr.h for what it computes and
// docs/signals-and-verdicts.md for the sources.
#include "stats/xmr.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

namespace stegvis::stats {
namespace {

// The mean as R's mean() computes it: a long-double sum, then one correction pass. Matching
// R here keeps the lines within a few ulps of the reference, so the flags (which compare
// values with the lines) agree exactly. NaN for an empty input, as R gives.
double RMean(const std::vector<double>& v) {
  if (v.empty()) return kMissing;
  long double s = 0;
  for (double x : v) s += x;
  s /= static_cast<long double>(v.size());
  if (std::isfinite(static_cast<double>(s))) {
    long double t = 0;
    for (double x : v) t += x - s;
    s += t / static_cast<long double>(v.size());
  }
  return static_cast<double>(s);
}

std::string_view LabelOf(const Series& rows, std::size_t i) {
  return rows.labels.empty() ? std::string_view() : rows.labels[i];
}

std::string RowName(std::size_t index) {
  return "row " + std::to_string(index + 1);
}

struct Lines {
  double mean, lpl, upl, nlpl, nupl;
};

// The lines of one group from the values that set them (NaN = missing).
Lines GroupLines(const std::vector<double>& fix_y, bool screen) {
  std::vector<double> values;
  values.reserve(fix_y.size());
  for (double v : fix_y)
    if (!std::isnan(v)) values.push_back(v);
  const double mean = RMean(values);

  std::vector<double> ranges;
  ranges.reserve(fix_y.size());
  for (std::size_t i = 1; i < fix_y.size(); ++i) {
    const double mr = std::fabs(fix_y[i] - fix_y[i - 1]);
    if (!std::isnan(mr)) ranges.push_back(mr);
  }
  double amr = RMean(ranges);
  if (screen) {
    // NaN AMR (fewer than 2 values) drops every range, as R's comparison with NA does.
    std::vector<double> kept;
    for (double mr : ranges)
      if (mr < kXmrScreenFactor * amr) kept.push_back(mr);
    amr = RMean(kept);
  }
  // The same order of operations as NHSRplotthedots, so the lines agree to the last bit.
  const double close = 2 * (kXmrLimitFactor / 3);
  return {mean, mean - kXmrLimitFactor * amr, mean + kXmrLimitFactor * amr, mean - close * amr,
          mean + close * amr};
}

}  // namespace

core::Result<Analysis> AnalyzeXmr(const Series& rows, const ChartOptions& options) {
  if (!(options.multiply > 0) || !std::isfinite(options.multiply))
    return core::Fail(core::Error::Invalid("multiply must be a positive number", "multiply"));
  if (options.fix_after < 0 || options.fix_after == 1)
    return core::Fail(core::Error::Invalid(
        "fix_after must be 0 (not fixed) or at least 2 points (one moving range)", "fix_after"));

  auto n_of = [&](std::size_t i) { return rows.n.empty() ? kMissing : rows.n[i]; };
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (std::isnan(rows.x[i]) || std::isinf(rows.x[i]))
      return core::Fail(core::Error::Invalid("x is missing or not a number", RowName(i)));
    if (std::isinf(rows.y[i])) return core::Fail(core::Error::Invalid("y is infinite", RowName(i)));
    const double n = n_of(i);
    if (!std::isnan(n) && (std::isinf(n) || n <= 0))
      return core::Fail(
          core::Error::Invalid("the denominator n must be a positive number", RowName(i)));
  }

  std::vector<std::size_t> order(rows.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return rows.x[a] < rows.x[b]; });
  for (std::size_t k = 1; k < order.size(); ++k) {
    if (rows.x[order[k]] == rows.x[order[k - 1]]) {
      // NHSRplotthedots refuses duplicate dates; an XmR point is one period.
      const std::size_t later = std::max(order[k], order[k - 1]);
      const std::size_t earlier = std::min(order[k], order[k - 1]);
      return core::Fail(core::Error::Invalid("the period '" + std::string(LabelOf(rows, later)) +
                                                 "' is given twice (also in " + RowName(earlier) +
                                                 ")",
                                             RowName(later)));
    }
  }

  Analysis analysis;
  analysis.chart = ChartType::kXmR;
  const std::size_t n = order.size();
  // Built as records (an XmR chart is short: one point per period of a measure), then kept
  // column-wise.
  std::vector<Point> points(n);
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t r = order[k];
    const double y = rows.y[r], denominator = n_of(r);
    Point& p = points[k];
    p.x = rows.x[r];
    p.label = std::string(LabelOf(rows, r));
    const double value = std::isnan(denominator) ? y : y / denominator;
    p.y = value * options.multiply;
    p.y_length = std::isnan(y) ? 0 : 1;
    p.y_sum = std::isnan(y) ? 0 : y;
    p.y_mean = y;
    p.n = denominator;
    p.target = options.target.value_or(kMissing);
  }

  // Group starts: the first point, each rebase point.
  std::vector<std::size_t> starts{0};
  for (int at : options.part_at) {
    if (at < 1 || static_cast<std::size_t>(at) >= n)
      return core::Fail(core::Error::Invalid(
          "a new part must start after a point between 1 and " + std::to_string(n - 1), "part_at"));
    starts.push_back(static_cast<std::size_t>(at));
  }
  if (options.rebase_at_x) {
    const double at = *options.rebase_at_x;
    auto it = std::find_if(points.begin(), points.end(), [&](const Point& p) { return p.x >= at; });
    if (it != points.end()) starts.push_back(static_cast<std::size_t>(it - points.begin()));
  }
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  if (n == 0) return analysis;

  for (std::size_t g = 0; g < starts.size(); ++g) {
    const std::size_t begin = starts[g];
    const std::size_t end = g + 1 < starts.size() ? starts[g + 1] : n;
    const std::size_t size = end - begin;

    std::vector<double> y(size), fix_y(size);
    for (std::size_t i = 0; i < size; ++i) {
      y[i] = points[begin + i].y;
      const bool fixed = options.fix_after > 0 && i >= static_cast<std::size_t>(options.fix_after);
      fix_y[i] = fixed ? kMissing : y[i];
    }
    const Lines lines = GroupLines(fix_y, options.screen_mr);

    std::vector<MdcFlags> flags(size);
    for (std::size_t i = 0; i < size; ++i)
      flags[i] = MdcFlagsOf(y[i], lines.mean, lines.lpl, lines.upl, lines.nlpl, lines.nupl);
    const std::vector<MdcSignal> signals = MdcSignals(y, flags);

    Part part;
    part.part = static_cast<int>(g) + 1;
    part.first = static_cast<int>(begin);
    part.last = static_cast<int>(end) - 1;
    part.n_obs = static_cast<int>(size);
    for (std::size_t i = 0; i < size; ++i) {
      Point& p = points[begin + i];
      p.part = part.part;
      // Within fix_after: the value helped set the lines (NHSRplotthedots' fix_y).
      p.baseline = !(options.fix_after > 0 && i >= static_cast<std::size_t>(options.fix_after));
      p.mean = p.cl = lines.mean;
      p.lpl = p.lcl = lines.lpl;
      p.upl = p.ucl = lines.upl;
      p.lcl_95 = lines.nlpl;
      p.ucl_95 = lines.nupl;
      const MdcSignal& s = signals[i];
      p.sigma_signal = s.outside_limits;
      if (s.outside_limits) p.rules.Set(Rule::kMdcOutsideLimits);
      if (s.run_of_seven) p.rules.Set(Rule::kMdcRunOfSeven);
      if (s.trend_of_seven) p.rules.Set(Rule::kMdcTrendOfSeven);
      if (s.two_of_three) p.rules.Set(Rule::kMdcTwoOfThree);
      p.point_type = MdcPointType(s.sign, options.direction);
      if (!std::isnan(y[i])) ++part.n_useful;
    }
    analysis.parts.push_back(part);
  }
  analysis.points = PointColumns(points);
  return analysis;
}

MdcFlags XmrFlags(const Point& point) {
  return MdcFlagsOf(point.y, point.mean, point.lpl, point.upl, point.lcl_95, point.ucl_95);
}

std::optional<Rule> MdcPrimaryRule(const Point& point) {
  for (Rule rule : {Rule::kMdcOutsideLimits, Rule::kMdcTrendOfSeven, Rule::kMdcTwoOfThree,
                    Rule::kMdcRunOfSeven}) {
    if (point.rules.Has(rule)) return rule;
  }
  return std::nullopt;
}

}  // namespace stegvis::stats
