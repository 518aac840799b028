#pragma once
// Has a series improved? A words-ready verdict from a computed Analysis: improved,
// deteriorated, no signal (or changed, when no direction is better), with the points that
// support it, so the UI can say "8 points in a row below the median since March".
//
// Only *sustained* signals count: a shift (a long run on one side of the centre line) or a
// trend, by the thresholds of the analysis' rule set. Single points outside the limits are
// not a verdict (they are reported on the chart). The verdict follows the most recent
// sustained signal. Precise rules: docs/signals-and-verdicts.md.

#include <optional>
#include <string_view>
#include <vector>

#include "stats/analysis.h"

namespace stegvis::stats {

enum class SeriesVerdict {
  kNoSignal,      // no sustained shift or trend
  kImproved,      // the latest sustained signal goes the better way
  kDeteriorated,  // the latest sustained signal goes the worse way
  kChanged,       // a sustained signal, but no direction is better (Direction::kNeutral)
};

// "no_signal", "improved", "deteriorated", "changed".
std::string_view SeriesVerdictName(SeriesVerdict verdict);

// One sustained signal: the points first..last (indices into Analysis::points, inclusive),
// the rule that makes it a signal, and its side.
struct Evidence {
  Rule rule = Rule::kAnhoejLongestRun;  // a shift rule or a trend rule of the rule set
  int first = 0;
  int last = 0;
  int points = 0;  // points that count (points on the centre line and missing ones do not)
  int side = 0;    // +1 above the centre line / increasing, -1 below / decreasing
};

struct Judgement {
  SeriesVerdict verdict = SeriesVerdict::kNoSignal;
  std::optional<Evidence> basis;  // the signal the verdict rests on (the most recent one)
  std::vector<Evidence> signals;  // every sustained signal, in order of their last point
};

// The shortest run on one side of the centre line that is a shift, per rule set:
// Anhøj: longest_run_max + 1 of the part (Anhøj & Olesen 2014); IHI: 6; MDC: 7;
// Western Electric rule 4: 8. Trends count for IHI (5 values) and MDC (7 points) only.
// An XmR analysis judged under kAnhoej (the default) is judged under kMdc, the rules its points
// carry. Returns the judgement of `analysis` under `rules` and `direction`.
Judgement JudgeSeries(const Analysis& analysis, RuleSet rules, Direction direction);

}  // namespace stegvis::stats
