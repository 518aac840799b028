#pragma once
// The Western Electric zone rules (Western Electric Co., Statistical Quality Control Handbook,
// 1956, pp. 25-28; Montgomery, Introduction to Statistical Quality Control, 6th ed. 2009,
// §5.3.6), applied to a computed control chart:
//
//   1  one point beyond 3σ (outside the control limits);
//   2  2 of 3 consecutive points beyond 2σ, on the same side of the centre line;
//   3  4 of 5 consecutive points beyond 1σ, on the same side;
//   4  8 consecutive points on one side of the centre line.
//
// σ at a point is the wider of ucl − cl and cl − lcl, divided by 3: a limit clamped at a bound
// (0 for counts, 1 for proportions) is nearer the line than 3σ, and the wider side is the
// unclamped one. For rules 2 and 3 the points beyond the zone are marked (the 1 or 2 other
// points of the window need not be); for rule 4 every point of the run. A point on the centre
// line, a missing or excluded point, or a point without limits breaks every window.
// Sources and choices: docs/signals-and-verdicts.md.

#include "stats/analysis.h"

namespace stegvis::stats {

inline constexpr int kWeRule4Length = 8;

// Marks Rule::kWesternElectric1..4 on every point, part by part, replacing the default marks
// (rule_sets.h); sets runs_signal (rules 2-4) on points and parts, and the point type
// from `direction` and the point's side of the centre line (every WE rule is one-sided).
void ApplyWesternElectricRules(Analysis& analysis, Direction direction);

}  // namespace stegvis::stats
