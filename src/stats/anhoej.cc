#include "stats/anhoej.h"

#include <algorithm>
#include <cmath>
#include <span>

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
  const std::size_t first = points.PartFirsts()[part], end = points.PartEnd(part);
  const std::span<const double> y = points.y_values();
  const std::span<const double> cl_per_point = points.LinePointValues(Line::kCl);
  const double cl_of_part = points.LineIn(Line::kCl, first, part);
  // Without branches on the data: the sides of a random series change at random.
  for (std::size_t i = first; i < end; ++i) {
    const int included = points.include(i);
    const double d = y[i] - (cl_per_point.empty() ? cl_of_part : cl_per_point[i]);
    // 0 when missing or on the centre line (NaN compares false).
    const int s = included * ((d > 0) - (d < 0));
    const int useful = s != 0;
    const int new_run = useful & (s != side);
    n_obs += included;
    n_useful += useful;
    runs += new_run;
    run = new_run ? 1 : run + useful;
    side = useful ? s : side;
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
