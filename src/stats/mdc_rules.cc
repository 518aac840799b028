// The MDC rules. Each rule is one pass that records where a qualifying sequence ends, and a
// second pass that marks every point of it; no allocation beyond the result vectors.
#include "stats/mdc_rules.h"

#include <cmath>
#include <cstddef>

namespace stegvis::stats {
namespace {

using Tri = std::optional<bool>;

Tri Greater(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::nullopt;
  return a > b;
}

// R's `|` and `&` on logicals with NA.
Tri Or(Tri a, Tri b) {
  if (a == true || b == true) return true;
  if (a == false && b == false) return false;
  return std::nullopt;
}
Tri And(Tri a, Tri b) {
  if (a == false || b == false) return false;
  if (a == true && b == true) return true;
  return std::nullopt;
}
Tri Not(Tri a) {
  if (!a) return std::nullopt;
  return !*a;
}

int Sign(double v) {
  return (v > 0) - (v < 0);
}

// A sequence that ends at point j covers points j-len+1 .. j. `ends[j]` is true where a
// qualifying sequence of `len` points ends; returns, per point, whether it lies in one.
// (A longer run has an end at each of its points from the len-th on, so it is all covered.)
std::vector<bool> MarkSequences(const std::vector<bool>& ends, std::size_t len) {
  std::vector<bool> part(ends.size(), false);
  for (std::size_t j = 0; j < ends.size(); ++j) {
    if (!ends[j]) continue;
    for (std::size_t k = j + 1 >= len ? j + 1 - len : 0; k <= j; ++k) part[k] = true;
  }
  return part;
}

}  // namespace

MdcFlags MdcFlagsOf(double y, double mean, double lpl, double upl, double nlpl, double nupl) {
  MdcFlags flags;
  flags.outside_limits = Or(Greater(y, upl), Greater(lpl, y));
  if (!std::isnan(y) && !std::isnan(mean)) flags.relative_to_mean = Sign(y - mean);
  flags.close_to_limits = And(Not(flags.outside_limits), Or(Greater(nlpl, y), Greater(y, nupl)));
  return flags;
}

std::vector<MdcSignal> MdcSignals(std::span<const double> y, std::span<const MdcFlags> flags) {
  constexpr std::size_t kRunLength = 7;    // NHS MDC: 7 points on one side of the mean
  constexpr std::size_t kTrendLength = 7;  // NHS MDC: 7 points going one way
  const std::size_t n = y.size();
  std::vector<MdcSignal> out(n);
  if (n == 0) return out;

  // Rule 2: run ends. A point on the mean (sign 0) or with unknown side breaks a run.
  std::vector<bool> run_end(n, false);
  std::size_t streak = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto& side = flags[i].relative_to_mean;
    if (!side || *side == 0) {
      streak = 0;
    } else if (i > 0 && flags[i - 1].relative_to_mean == side) {
      ++streak;
    } else {
      streak = 1;
    }
    run_end[i] = streak >= kRunLength;
  }

  // Rule 3: trend ends: 6 consecutive strict increases (or decreases) end at the 7th point.
  // Equal neighbours and missing values break a trend.
  std::vector<bool> trend_end(n, false);
  std::size_t ups = 0, downs = 0;
  for (std::size_t i = 1; i < n; ++i) {
    const double d = y[i] - y[i - 1];
    ups = d > 0 ? ups + 1 : 0;  // NaN compares false: resets both
    downs = d < 0 ? downs + 1 : 0;
    trend_end[i] = ups >= kTrendLength - 1 || downs >= kTrendLength - 1;
  }

  const std::vector<bool> in_run = MarkSequences(run_end, kRunLength);
  const std::vector<bool> in_trend = MarkSequences(trend_end, kTrendLength);

  // Rule 4: windows of 3 consecutive points, all known, all on one side of the mean, at
  // least 2 close to the limits.
  std::vector<bool> window_ok(n, false);  // window starting at s
  for (std::size_t s = 0; s + 2 < n; ++s) {
    int close = 0;
    bool known = true, same_side = true;
    const auto& side0 = flags[s].relative_to_mean;
    for (std::size_t k = s; k < s + 3; ++k) {
      if (!flags[k].close_to_limits)
        known = false;
      else
        close += *flags[k].close_to_limits ? 1 : 0;
      const auto& side = flags[k].relative_to_mean;
      if (!side || *side == 0 || side != side0) same_side = false;
    }
    window_ok[s] = known && same_side && close >= 2;
  }

  for (std::size_t i = 0; i < n; ++i) {
    MdcSignal& sig = out[i];
    const int side = flags[i].relative_to_mean.value_or(0);
    sig.outside_limits = flags[i].outside_limits == true;
    sig.run_of_seven = in_run[i];
    sig.trend_of_seven = in_trend[i];
    bool in_window = window_ok[i] || (i >= 1 && window_ok[i - 1]) || (i >= 2 && window_ok[i - 2]);
    sig.two_of_three = in_window && flags[i].close_to_limits == true;

    if (sig.outside_limits) {
      sig.primary = Rule::kMdcOutsideLimits;
      sig.sign = side == 1 ? 1 : -1;
    } else if (sig.trend_of_seven) {
      // The trend's direction at this point: towards the next point when that is part of a
      // trend too, else from the previous point (so a point shared by two trends takes the
      // later one's direction, as NHSRplotthedots labels it). Anything but a rise is
      // "decreasing" there.
      double d = 0;
      if (i + 1 < n && in_trend[i + 1])
        d = y[i + 1] - y[i];
      else if (i > 0)
        d = y[i] - y[i - 1];
      sig.primary = Rule::kMdcTrendOfSeven;
      sig.sign = d > 0 ? 1 : -1;
    } else if (sig.two_of_three) {
      sig.primary = Rule::kMdcTwoOfThree;
      sig.sign = side > 0 ? 1 : -1;
    } else if (sig.run_of_seven) {
      sig.primary = Rule::kMdcRunOfSeven;
      sig.sign = side > 0 ? 1 : -1;
    }
  }
  return out;
}

PointType MdcPointType(int sign, Direction direction) {
  if (sign == 0) return PointType::kCommonCause;
  switch (direction) {
    case Direction::kNeutral: return sign > 0 ? PointType::kNeutralHigh : PointType::kNeutralLow;
    case Direction::kUp: return sign > 0 ? PointType::kImprovement : PointType::kConcern;
    case Direction::kDown: return sign < 0 ? PointType::kImprovement : PointType::kConcern;
  }
  return PointType::kCommonCause;
}

}  // namespace stegvis::stats
