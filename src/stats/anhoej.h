#pragma once
// The Anhøj runs rules (Anhøj & Olesen 2014, "Run charts revisited", PLoS ONE 9(11): e113825;
// Anhøj 2015, "Diagnostic value of run chart analysis", PLoS ONE 10(3): e0121349):
// a part of a chart shows non-random variation when its longest run on one side of the centre
// line is longer than round(log2 n) + 3, or when it crosses the centre line fewer times than
// the 5th percentile of Binomial(n - 1, 0.5), where n counts the useful points (not missing,
// not excluded, not on the centre line).

#include <cstddef>

#include "stats/analysis.h"

namespace stegvis::stats {

// The longest run a random series of `n_useful` points should show: round(log2 n) + 3
// (Schilling 2012). NaN for n_useful 0.
double LongestRunLimit(int n_useful);

// The fewest crossings a random series of `n_useful` points should show:
// qbinom(0.05, n_useful - 1, 0.5) (Chen 2010). NaN for n_useful 0.
double CrossingsLimit(int n_useful);

// The result of the runs analysis of one part.
struct RunsResult {
  Part part;                        // n_obs .. runs_signal filled in (part/first/last are not)
  bool longest_run_signal = false;  // longest_run > longest_run_max
  bool crossings_signal = false;    // crossings < crossings_min
};

// Runs analysis of part `part` (0-based) of `points` against each point's cl, over the points
// with include set.
RunsResult AnalyzeRuns(const PointColumns& points, std::size_t part);

}  // namespace stegvis::stats
