#pragma once
// The NHS England "Making Data Count" XmR chart, computed as NHSRplotthedots 0.2.2's
// ptd_spc() does (the reference in tests/reference/data/spc; formulas and sources in
// docs/signals-and-verdicts.md):
//
//   mean = mean of the group's values (the first `fix_after` of them when set);
//   AMR  = mean of the moving ranges of those values (a missing value breaks a range), with
//          ranges >= 3.267 × AMR dropped and AMR recomputed once when screening is on;
//   process limits mean ± 2.66 × AMR; "close to limits" beyond mean ± (2/3)·2.66 × AMR.
//
// A group is one rebase group; in the Analysis each group is a Part. The points carry
// mean/lpl/upl (and cl/lcl/ucl equal to them), lcl_95/ucl_95 = the "close to limits" lines,
// baseline = the value helped set the lines (NHSRplotthedots' fix_y is y there, else NA),
// sigma_signal = outside the limits, the MDC rules that fired and the MDC point type.

#include <optional>
#include <span>

#include "core/error.h"
#include "stats/analysis.h"
#include "stats/mdc_rules.h"

namespace stegvis::stats {

// Process limits are mean ± kXmrLimitFactor × AMR (NHS MDC uses 2.66, not 3/1.128).
inline constexpr double kXmrLimitFactor = 2.66;
// Moving ranges at or above kXmrScreenFactor × AMR are dropped before the limits (D4 for n=2).
inline constexpr double kXmrScreenFactor = 3.267;
// Groups with fewer points than this get the short-group warning (trial limits).
inline constexpr int kXmrShortGroupPoints = 13;

// Computes the XmR chart. Uses from `options`: direction, target, multiply, screen_mr,
// fix_after (0 = not fixed; else >= 2), rebase_at_x (a new group from the first point with
// x >= it) and part_at (more rebase points, by 1-based point number); freeze, exclude, cl,
// agg and the rule set do not apply. Each row is one period, sorted here by x. If a row has a
// denominator n, the value is y / n.
// Fails with Error::Invalid naming the 1-based row ("row 7"): NaN x, infinite y or n, n <= 0,
// or two rows with the same x (a period given twice); or naming the option ("fix_after",
// "part_at", "multiply") when it is out of range.
core::Result<Analysis> AnalyzeXmr(const Series& rows, const ChartOptions& options);

// The MDC flags of a point of an XmR Analysis, from its y and lines (so they always agree
// with what was drawn).
MdcFlags XmrFlags(const Point& point);

// The MDC rule that names `point` (outside limits > trend > 2 of 3 > run), or none for
// common cause.
std::optional<Rule> MdcPrimaryRule(const Point& point);

// True when `part` has too few points for stable limits (NHSRplotthedots'
// short_group_warning).
inline bool ShortGroupWarning(const Part& part) {
  return part.last - part.first + 1 < kXmrShortGroupPoints;
}

}  // namespace stegvis::stats
