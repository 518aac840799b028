#pragma once
// Women and men (or any two groups) side by side: each group's own chart and verdict, and the
// gap between them, judged on the difference A − B (the series the page draws under the
// groups), and the ratio A / B where that makes sense. The verdicts are plain enums plus the
// points that support them; the UI words them. Precise rules: docs/signals-and-verdicts.md.

#include <optional>
#include <span>
#include <string_view>

#include "core/error.h"
#include "stats/analysis.h"
#include "stats/verdict.h"

namespace stegvis::stats {

enum class GapVerdict {
  kUnchanged,     // no rule fired on A − B in the current phase, which has enough points
  kNarrowing,     // the signals in A − B that describe the latest points move it towards zero
  kWidening,      // ... away from zero
  kChanged,       // signals in A − B, but not one of those ways now (both, none, or ended)
  kTooFewPoints,  // no rule fired, and the phase has fewer common periods than the rules need
};

// "unchanged", "narrowing", "widening", "changed", "too_few_points".
std::string_view GapVerdictName(GapVerdict verdict);

struct GapAnalysis {
  Analysis group_a;     // the first group (e.g. women), analysed with the options
  Analysis group_b;     // the second group (e.g. men)
  Judgement verdict_a;  // improved / deteriorated / no signal for group A
  Judgement verdict_b;
  Analysis difference;  // A − B per period present in both (else missing)
  GapVerdict gap_verdict = GapVerdict::kTooFewPoints;
  // The signals in `difference` (indices index difference.points), each with `better` +1 when
  // it moves A − B towards zero and -1 away from zero; kImproved reads as narrowing.
  Judgement gap_judgement;
  std::optional<Analysis> ratio;  // A / B, only when every value of both groups is > 0
};

// Whether AnalyzeGap analyses the ratio A / B (kSkip when only the verdicts are wanted: they do
// not read it).
enum class GapRatio { kWhenMeaningful, kSkip };

// Analyses two groups measured on the same periods (rows aligned by x; a period missing in one
// group is missing in the difference, never zero). Each group is analysed by Analyze with
// `options`. The difference and ratio series are continuous values: they use the I chart
// (kXmR when options.chart is kXmR; a run chart with fewer than kMinPointsForLimits periods),
// the same rule set, no target, no given centre line and no multiply (the groups' values are
// already multiplied). freeze, part_at, exclude, fix_after and rebase carry over only when both
// groups have the same periods. The gap verdict judges the difference under the same rule set:
// a signal moves it towards zero when its points lie nearer zero, on average, than the points
// of its phase before it (a trend: when its last point is nearer zero than its first), away
// from zero when farther.
// With kSkip, `ratio` stays empty.
// Fails with the first group's error (field prefixed "group A: " / "group B: "), or
// Error::Invalid (field "groups") when the groups share no period.
core::Result<GapAnalysis> AnalyzeGap(std::span<const Row> group_a, std::span<const Row> group_b,
                                     const ChartOptions& options,
                                     GapRatio ratio = GapRatio::kWhenMeaningful);

}  // namespace stegvis::stats
