#pragma once
// The IHI run-chart rules (Provost & Murray, The Health Care Data Guide, 2011, ch. 3;
// Perla, Provost & Murray, BMJ Qual Saf 2011;20:46-51), applied to a computed Analysis:
//
//   shift  6 or more consecutive points on one side of the centre line; points on the line
//          are skipped (they neither add to nor break a shift);
//   trend  5 or more consecutive points all going up or all going down; a point equal to the
//          one before is skipped (it neither adds to nor breaks a trend);
//   runs   too few or too many runs (crossings + 1) for the number of points not on the line,
//          from the Swed & Eisenhart (1943) distribution of runs (see IhiRunsLimits);
//   astronomical point  outside the 3σ limits; on a run chart (no limits) outside the
//          I-chart limits mean ± 2.66 × average moving range of the part (our choice: the
//          book leaves this rule to judgment).
//
// Sources and our choices in detail: docs/signals-and-verdicts.md.

#include "stats/analysis.h"

namespace stegvis::stats {

inline constexpr int kIhiShiftLength = 6;
inline constexpr int kIhiTrendLength = 5;
// The runs rule needs this many points off the centre line (the table starts at 10).
inline constexpr int kIhiRunsMinPoints = 10;

// The limits of the runs rule for `n_useful` points not on the centre line: fewer runs than
// `min_runs` is too few, more than `max_runs` too many. Computed from the exact distribution of
// the number of runs with floor(n/2) and ceil(n/2) points on either side, 2.5 % in each tail
// (Swed & Eisenhart 1943, the basis of Perla et al.'s Table 1), for n up to 100; above that
// from its normal approximation. For n < kIhiRunsMinPoints both are 0 (rule not applied).
struct RunsLimits {
  int min_runs = 0;
  int max_runs = 0;
};
RunsLimits IhiRunsLimits(int n_useful);

// Marks the IHI rules on every point of `analysis` (Rule::kIhi*), part by part, replacing the
// default marks (rule_sets.h); sets Point::runs_signal and Part::runs_signal from
// the shift, trend and runs rules, and Point::point_type from the direction of the strongest
// rule on the point (astronomical > trend > shift > runs). Missing and excluded points are left
// out of shifts, trends and runs (they still can be astronomical).
void ApplyIhiRules(Analysis& analysis, Direction direction);

}  // namespace stegvis::stats
