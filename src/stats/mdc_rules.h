#pragma once
// The four NHS England "Making Data Count" (MDC) special-cause rules on one group of points
// (one rebase group), as NHSRplotthedots 0.2.2 applies them:
//
//   1. a point outside the process limits;
//   2. a run of 7 or more consecutive points on one side of the mean;
//   3. a trend of 7 or more consecutive points each higher (or each lower) than the one before;
//   4. 2 of 3 consecutive points close to a limit (beyond mean ± (2/3)·2.66·AMR but inside the
//      limits), all three on the same side of the mean.
//
// Every point of a qualifying sequence is marked. When several rules mark a point its label
// follows the precedence outside limits > trend > 2 of 3 > run (NHSRplotthedots'
// ptd_special_cause_type). Missing values (NaN) never take part in a run, trend or 2-of-3
// window: a window that holds one does not qualify. Sources: docs/signals-and-verdicts.md.

#include <optional>
#include <span>
#include <vector>

#include "stats/analysis.h"

namespace stegvis::stats {

// The per-point facts the MDC rules read. An empty optional is R's NA (a missing value or
// missing limits); it never satisfies a rule.
struct MdcFlags {
  std::optional<bool> outside_limits;   // y > upl or y < lpl
  std::optional<int> relative_to_mean;  // sign(y - mean): -1, 0 or 1
  std::optional<bool> close_to_limits;  // not outside, and y < nlpl or y > nupl
};

// The flags of one value against the lines of its group: `lpl`/`upl` the process limits,
// `nlpl`/`nupl` the "close to limits" lines. NaN inputs give empty optionals where R gives NA
// (R's three-valued logic: NA | TRUE is TRUE, NA & FALSE is FALSE).
MdcFlags MdcFlagsOf(double y, double mean, double lpl, double upl, double nlpl, double nupl);

// What the MDC rules found for one point.
struct MdcSignal {
  bool outside_limits = false;  // rule 1
  bool run_of_seven = false;    // rule 2 (the point is part of a run of 7 or more)
  bool trend_of_seven = false;  // rule 3 (the point is part of a trend of 7 or more)
  bool two_of_three = false;    // rule 4 (the point is one of the 2 close to a limit)
  // The rule that names the point (precedence above); empty for common cause.
  std::optional<Rule> primary;
  // The side of that rule: +1 above the mean / increasing, -1 below / decreasing, 0 for
  // common cause.
  int sign = 0;
};

// Applies the four rules to the points of one group. `y` and `flags` have equal length and
// are in x order. Returns one MdcSignal per point.
std::vector<MdcSignal> MdcSignals(std::span<const double> y, std::span<const MdcFlags> flags);

// The MDC point type of a point whose rule has side `sign` (+1, -1, or 0 for common cause):
// with kUp, +1 is an improvement; with kDown, -1 is; with kNeutral, neutral high/low.
PointType MdcPointType(int sign, Direction direction);

}  // namespace stegvis::stats
