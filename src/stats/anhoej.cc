#include "stats/anhoej.h"

#include <algorithm>
#include <cmath>

#include "stats/binomial.h"

namespace stegvis::stats {

double LongestRunLimit(int n_useful) {
  if (n_useful <= 0) return kMissing;
  // log2 of an integer is never exactly k + 0.5, so the rounding rule does not matter.
  return std::round(std::log2(static_cast<double>(n_useful))) + 3;
}

double CrossingsLimit(int n_useful) {
  if (n_useful <= 0) return kMissing;
  return BinomialQuantile(0.05, n_useful - 1, 0.5);
}

RunsResult AnalyzeRuns(const PointColumns& points, std::size_t part) {
  RunsResult result;
  Part& out = result.part;
  int n_obs = 0, n_useful = 0, runs = 0, run = 0, longest = 0, side = 0;
  for (std::size_t i = points.PartFirsts()[part]; i < points.PartEnd(part); ++i) {
    if (!points.include(i)) continue;
    ++n_obs;
    const double d = points.y(i) - points.LineIn(Line::kCl, i, part);
    if (std::isnan(d) || d == 0) continue;  // missing, or on the centre line
    const int s = d > 0 ? 1 : -1;
    ++n_useful;
    if (s == side) {
      ++run;
    } else {
      side = s;
      run = 1;
      ++runs;
    }
    longest = std::max(longest, run);
  }
  out.n_obs = n_obs;
  out.n_useful = n_useful;
  if (n_useful == 0) return result;  // qicharts2: NA and no signal
  out.longest_run = longest;
  out.longest_run_max = LongestRunLimit(n_useful);
  out.crossings = runs - 1;
  out.crossings_min = CrossingsLimit(n_useful);
  result.longest_run_signal = out.longest_run > out.longest_run_max;
  result.crossings_signal = out.crossings < out.crossings_min;
  out.runs_signal = result.longest_run_signal || result.crossings_signal;
  return result;
}

}  // namespace stegvis::stats
