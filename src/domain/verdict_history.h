#pragma once
// The engine's verdict on women and men over time: what the gap verdict (and each group's)
// read at the end of each period, had the analysis been run then on the data up to that
// period. Each reading is what the measure's own analysis (AnalyzeMeasure) of the observations
// with period ≤ the reading's period, with only the phases that had started by then, says of
// the groups — no hindsight from later periods. The rows are read once, in one pass over the
// periods; each reading analyses only the groups and their gap (AnalyzeGroups), the parts of
// the analysis its verdicts come from. Pure: no storage. Why this is the honest choice and how
// it is computed: docs/signals-and-verdicts.md, "Verdicts over time".

#include <chrono>
#include <string>
#include <vector>

#include "core/deadline.h"
#include "core/error.h"
#include "domain/measure.h"
#include "domain/observation_grid.h"
#include "stats/gap.h"
#include "stats/verdict.h"

namespace stegvis::domain {

// Readings start once both groups share this many periods: the run-chart rules are not
// meaningful on fewer (Perla's table starts at 10 points; Anhøj & Olesen 2014).
inline constexpr int kMinPeriodsForVerdict = 10;

struct VerdictReading {
  std::string period;      // the period the reading was taken at the end of
  int common_periods = 0;  // periods with a value for both groups up to then
  stats::SeriesVerdict verdict_a = stats::SeriesVerdict::kNoSignal;
  stats::SeriesVerdict verdict_b = stats::SeriesVerdict::kNoSignal;
  stats::GapVerdict gap = stats::GapVerdict::kUnchanged;
};

// What one computation of a history may spend before it stops and gives what it has (a
// deadline checked between readings), so that no view occupies a worker thread for long:
// the largest measure allowed takes well under it on an idle machine (docs/performance.md).
inline constexpr std::chrono::milliseconds kVerdictHistoryBudget{250};

// Consecutive readings with the same gap verdict: "from `from` (to `to`): narrowing".
struct VerdictSpan {
  std::string from;
  std::string to;
  stats::GapVerdict gap = stats::GapVerdict::kUnchanged;
  int readings = 0;
};

struct VerdictHistory {
  std::vector<VerdictReading> readings;  // in period order
  std::vector<VerdictSpan> spans;        // in period order; the last one holds today
  int min_periods = kMinPeriodsForVerdict;
  int analysis_runs = 0;  // readings analysed (AnalyzeGroups calls): at most `window`
  // False when the deadline passed before every reading was taken: `readings` and `spans`
  // then hold the readings up to the last one taken (each exact), and the later ones are
  // missing.
  bool complete = true;
};

// The most periods a history reads: the latest ones. As many as a measure may hold, so
// within that limit nothing is left out; a series stored before the limit existed is read
// from its latest kVerdictHistoryWindow periods on, and the work (one analysis of the groups
// per reading, over the periods up to it) stays what the largest measure allowed costs,
// whatever is stored.
inline constexpr int kVerdictHistoryWindow = static_cast<int>(kMaxPeriodsPerMeasure);

// The history of a measure split by sex (empty for kNone or too few common periods): one
// reading per period from the min_periods-th common one, over the latest `window` periods.
// `phase_starts` as AnalyzeMeasure takes them. With a `deadline`, it is checked before each
// reading; once passed, the history stops there and is returned with complete = false.
// Fails only when the engine refuses the data.
core::Result<VerdictHistory> ComputeVerdictHistory(const Measure& measure,
                                                   const std::vector<Observation>& observations,
                                                   const std::vector<std::string>& phase_starts,
                                                   int min_periods = kMinPeriodsForVerdict,
                                                   int window = kVerdictHistoryWindow,
                                                   const core::Deadline* deadline = nullptr);

}  // namespace stegvis::domain
