#pragma once
// Has a series improved? A words-ready verdict from a computed Analysis: improved,
// deteriorated, changed, no signal or too few points, with every signal it rests on, so the
// UI can say "8 points in a row below the median since March".
//
// Every rule of the rule set that fired in the current phase counts: points beyond a limit,
// points in the outer zones, a long run (shift), a trend, too few or too many crossings of the
// centre line. Each signal has a side and says whether it still describes the latest points;
// the verdict follows the signals that do. "No signal" means that no rule fired in the current
// phase and the phase has enough points for the rules to have found one; with fewer points
// the verdict is "too few points". Precise rules and sources: docs/signals-and-verdicts.md.

#include <optional>
#include <string_view>
#include <vector>

#include "stats/analysis.h"

namespace stegvis::stats {

enum class SeriesVerdict {
  kNoSignal,      // no rule fired in the current phase, which has enough points to judge
  kImproved,      // the signals that describe the latest points go the better way
  kDeteriorated,  // ... the worse way
  kChanged,       // signals, but no one direction now: both ways, none, ended, or no better way
  kTooFewPoints,  // no rule fired, and the phase has fewer points than the rules need
};

// "no_signal", "improved", "deteriorated", "changed", "too_few_points".
std::string_view SeriesVerdictName(SeriesVerdict verdict);

// What kind of pattern a rule found.
enum class SignalKind {
  kBeyondLimit,    // one point outside the limits (3σ, MDC process limits, IHI astronomical, WE 1)
  kNearLimit,      // one point of a pattern in the outer zones (MDC 2 of 3, WE 2, WE 3)
  kShift,          // a long run on one side of the centre line (Anhøj, IHI, MDC, WE 4)
  kTrend,          // points going up (or down) in a row (IHI, MDC)
  kFewCrossings,   // too few crossings of the centre line (Anhøj) or too few runs (IHI)
  kManyCrossings,  // too many runs (IHI): the points swing across the line more than by chance
};

// "beyond_limit", "near_limit", "shift", "trend", "few_crossings", "many_crossings".
std::string_view SignalKindName(SignalKind kind);
// One signal: the points first..last (indices into Analysis::points, inclusive), the rule,
// its side and how it reads.
struct Evidence {
  SignalKind kind = SignalKind::kShift;
  Rule rule = Rule::kAnhoejLongestRun;
  int first = 0;
  int last = 0;
  int points = 0;  // points that count (points on the centre line and missing ones do not)
  // +1 above the centre line / increasing, -1 below / decreasing, 0 no side (kManyCrossings).
  // For kFewCrossings: the side of the latest run, which first..last then spans.
  int side = 0;
  // Whether the signal still describes the latest points of its phase (see JudgeSeries).
  bool holds = false;
  // +1 the better way, -1 the worse way, 0 neither (no side, or no better direction). For the
  // gap between groups: +1 towards zero (narrowing), -1 away from zero (widening).
  int better = 0;
  // kFewCrossings / kManyCrossings: the crossings counted and the fewest (most) that
  // common-cause variation gives; -1 otherwise.
  int crossings = -1;
  int crossings_limit = -1;
};

// How one part (phase) reads at its own last point.
struct PartReading {
  SeriesVerdict verdict = SeriesVerdict::kTooFewPoints;
  std::vector<Evidence> signals;  // every signal of the part, by last point, then first point
  int first = 0;                  // the part's first point (index)
  int points = 0;                 // usable points in the part (included, not missing)
};

struct Judgement {
  SeriesVerdict verdict = SeriesVerdict::kTooFewPoints;
  Direction direction = Direction::kNeutral;  // the direction the series was judged by
  std::vector<Evidence> signals;  // every signal of the current phase, by last, then first
  int part_first = 0;             // the first point (index) of the current phase
  int part_points = 0;            // usable points in the current phase
  int points_needed = 0;          // PointsNeededToJudge of the rule set judged by
  // With more than one part: how the part before the current one read at its own end.
  std::optional<PartReading> previous_part;
};

// The fewest usable points in a phase below which the absence of a signal says little, per
// rule set (sources in docs/signals-and-verdicts.md): Anhøj (runs + 3σ limits) 12, the points
// from which the limits are drawn (kMinPointsForLimits); IHI 10, where Perla's runs table
// starts; MDC 13, below which NHSRplotthedots warns of a short group (kXmrShortGroupPoints);
// Western Electric 20, the subgroups Montgomery asks for before the limits are trusted.
int PointsNeededToJudge(RuleSet rules);

// The verdict from a phase's signals (with `holds` and `better` set) and its usable points:
// no signals: kTooFewPoints below `needed` points, else kNoSignal; otherwise, of the signals
// that hold: only better (or no-side) ones with at least one better: kImproved; only worse
// (or no-side) ones with at least one worse: kDeteriorated; anything else, or none holding:
// kChanged.
SeriesVerdict DecideVerdict(const std::vector<Evidence>& signals, int points, int needed);

// Judges `analysis` under `rules` and `direction`. An XmR analysis judged under kAnhoej (the
// default) is judged under kMdc, the rules its points carry. The current phase is the last part
// with a usable point. Its signals, and whether each holds at the phase's last point:
//   kBeyondLimit, kNearLimit  every usable point after it lies on its side of the centre line
//                             (or on the line);
//   kShift                    runs of at least the set's shift length (Anhøj longest_run_max
//                             + 1; IHI 6; MDC 7; WE 8); it holds unless at least two usable
//                             points after it, and at least half of them, lie across the line,
//                             or one after it across the line is beyond a limit;
//   kTrend                    it ends at the last usable point;
//   kFewCrossings             always; its side is that of the latest run (a last run of one
//                             point not beyond a limit does not count: one point across is
//                             noise) when the points before that run lie mostly on the other
//                             side, else 0 (the series is back where it was);
//   kManyCrossings            always, with no side.
// `better` is side × (+1 for kUp, -1 for kDown), 0 for kNeutral. Returns the judgement.
Judgement JudgeSeries(const Analysis& analysis, RuleSet rules, Direction direction);

}  // namespace stegvis::stats
