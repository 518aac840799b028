#pragma once
// The NHS "Making Data Count" summary of a chart: the variation icon (what the latest point
// says) and the assurance icon (whether the process will meet a target), per part, as
// NHSRplotthedots 0.2.2's summary() gives them. Sources: docs/signals-and-verdicts.md.

#include <optional>
#include <vector>

#include "stats/analysis.h"

namespace stegvis::stats {

// Whether the process, as its limits describe it, meets the target.
enum class AssuranceType {
  kNone,            // no target, a neutral direction, or not the latest part
  kConsistentPass,  // the whole band between the limits is on the good side of the target
  kConsistentFail,  // the whole band is on the bad side of the target
  kInconsistent,    // the target lies between the limits: hit and miss (or no limits)
};

// "" (kNone), "consistent_pass", "consistent_fail", "inconsistent".
std::string_view AssuranceTypeName(AssuranceType type);

// The assurance of a process with limits [lcl, ucl] against `target`:
// with kUp, target > ucl fails and target < lcl passes; with kDown the reverse; otherwise
// (target within the limits, or a limit missing) inconsistent. kNone for kNeutral.
// The comparisons are strict, as in NHSRplotthedots.
AssuranceType Assurance(double target, double lcl, double ucl, Direction direction);

// The summary of one part (one rebase group for XmR).
struct PartSummary {
  int part = 1;
  double cl = kMissing, lcl = kMissing, ucl = kMissing;  // lines at the part's first point
  int n = 0;                                             // points in the part
  int common_cause = 0;                                  // points with no special cause
  int improvement = 0;                                   // points of type special_cause_improvement
  int concern = 0;                                       // points of type special_cause_concern
  PointType variation = PointType::kCommonCause;         // the point type of the part's last point
  AssuranceType assurance = AssuranceType::kNone;        // only for the last part
};

// One summary per part of `analysis`. The assurance of the last part uses the limits of the
// chart's last point, `options.target` and `options.direction`; earlier parts get kNone.
std::vector<PartSummary> Summarize(const Analysis& analysis, const ChartOptions& options);

}  // namespace stegvis::stats
