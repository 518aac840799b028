#pragma once
// Women and men (or any two groups) side by side: each group's own chart and verdict, and the
// gap between them: the difference A − B, its size |A − B|, and the ratio A / B where that makes
// sense. The verdicts are plain enums plus the points that support them; the UI words them.
// Precise rules: docs/signals-and-verdicts.md.

#include <optional>
#include <span>
#include <string_view>

#include "core/error.h"
#include "stats/analysis.h"
#include "stats/verdict.h"

namespace stegvis::stats {

enum class GapVerdict {
  kUnchanged,  // no sustained signal in |A − B|
  kNarrowing,  // the latest sustained signal in |A − B| is below its centre line / decreasing
  kWidening,   // ... above its centre line / increasing
};

// "unchanged", "narrowing", "widening".
std::string_view GapVerdictName(GapVerdict verdict);

struct GapAnalysis {
  Analysis group_a;     // the first group (e.g. women), analysed with the options
  Analysis group_b;     // the second group (e.g. men)
  Judgement verdict_a;  // improved / deteriorated / no signal for group A
  Judgement verdict_b;
  Analysis difference;  // A − B per period present in both (else missing)
  Analysis gap;         // |A − B|: the size of the gap, whichever group is ahead
  GapVerdict gap_verdict = GapVerdict::kUnchanged;
  Judgement gap_judgement;        // the signals in `gap` (evidence indices index gap.points)
  std::optional<Analysis> ratio;  // A / B, only when every value of both groups is > 0
};

// Analyses two groups measured on the same periods (rows aligned by x; a period missing in one
// group is missing in the difference, never zero). Each group is analysed by Analyze with
// `options`. The difference, gap and ratio series are continuous values: they use the I chart
// (kXmR when options.chart is kXmR; a run chart with fewer than kMinPointsForLimits periods),
// the same rule set, no target, no given centre line and no multiply (the groups' values are
// already multiplied). freeze, part_at, exclude, fix_after and rebase carry over only when both
// groups have the same periods. The gap series is judged with Direction::kDown: a smaller
// |A − B| is better, whichever way the measure itself is better.
// Fails with the first group's error (field prefixed "group A: " / "group B: "), or
// Error::Invalid (field "groups") when the groups share no period.
core::Result<GapAnalysis> AnalyzeGap(std::span<const Row> group_a, std::span<const Row> group_b,
                                     const ChartOptions& options);

}  // namespace stegvis::stats
