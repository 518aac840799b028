#pragma once
// Has a series improved? A words-ready verdict from a computed Analysis: improved,
// deteriorated, no signal (or changed, when no direction is better), with the points that
// support it, so the UI can say "8 points in a row below the median since March".
//
// Only *sustained* signals count: a shift (a long run on one side of the centre line) or a
// trend, by the thresholds of the analysis' rule set. Single points outside the limits are
// not a verdict (they are reported on the chart). The verdict reads the latest points: it
// follows the most recent sustained signal that still reaches them; a signal that has ended
// (the points since it lie on the other side of the centre line, or a new phase began) says
// what happened then, not now. Precise rules: docs/signals-and-verdicts.md.

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

// How one part (phase) reads at its own last point.
struct PartReading {
  SeriesVerdict verdict = SeriesVerdict::kNoSignal;
  std::optional<Evidence> basis;  // the signal that reaches the part's latest points
  std::optional<Evidence> ended;  // with no such signal: the part's most recent signal, if any
  int points = 0;                 // usable points in the part (included, not missing)
};

struct Judgement {
  SeriesVerdict verdict = SeriesVerdict::kNoSignal;
  // The signal the verdict rests on: the most recent one that reaches the latest points.
  std::optional<Evidence> basis;
  // With no current signal: the most recent signal, which has ended (kept so the words can
  // say what it was and when it ended). Empty when `basis` is set.
  std::optional<Evidence> ended;
  std::vector<Evidence> signals;  // every sustained signal, in order of their last point
  int part_first = 0;             // the first point (index) of the current part
  int part_points = 0;            // usable points in the current part (the current phase)
  // The fewest usable points in a part on which the rule set can find a shift at all.
  int points_needed = 0;
  // With more than one part: how the part before the last read at its own end.
  std::optional<PartReading> previous_part;
};

// The fewest usable points on which `rules` can find a shift: the smallest n whose shift length
// (below) is at most n. Anhøj: 7 (a run of 7 exceeds round(log2 7) + 3 = 6); IHI 6; MDC 7; WE 8.
int PointsNeededForShift(RuleSet rules);

// The shortest run on one side of the centre line that is a shift, per rule set:
// Anhøj: longest_run_max + 1 of the part (Anhøj & Olesen 2014); IHI: 6; MDC: 7;
// Western Electric rule 4: 8. Trends count for IHI (5 values) and MDC (7 points) only.
// An XmR analysis judged under kAnhoej (the default) is judged under kMdc, the rules its points
// carry. The verdict reads the current part (the last with a usable point): it follows the
// most recent signal of that part that still holds at its last point — a trend that ends
// there, or a shift with fewer than half of the usable points after it on the other side of
// the centre line. Without one the verdict is kNoSignal and `ended` names the most recent
// signal. Returns the judgement of `analysis` under `rules` and `direction`.
Judgement JudgeSeries(const Analysis& analysis, RuleSet rules, Direction direction);

}  // namespace stegvis::stats
