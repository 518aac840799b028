#pragma once
// A measure's observations through the statistics engine: the recommended chart (or the
// team's override), the analysis of the total, and for a measure split by sex each group's
// analysis side by side with the gap between them. Pure: no storage.

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "domain/measure.h"
#include "stats/analysis.h"
#include "stats/chart_choice.h"
#include "stats/gap.h"

namespace stegvis::domain {

struct MeasureAnalysis {
  stats::ChartChoice recommended;
  stats::ChartType chart = stats::ChartType::kRun;  // the override, or the recommended chart
  bool overridden = false;
  stats::Direction direction = stats::Direction::kUp;
  double multiply = 1;  // 100 for proportions (shown in percent)
  // The total: entered, or for counts, proportions and rates the sum of the groups in periods
  // where every group is present. Absent when there is no data.
  std::optional<stats::Analysis> total;
  // Women and men (or girls and boys), when both have data in at least one common period.
  std::optional<stats::GapAnalysis> groups;
  std::string group_a;  // "women" or "girls"
  std::string group_b;  // "men" or "boys"
  int periods = 0;      // periods with any value
};

// The stats rows of one group, in period order (a missing cell is no row: missing, not zero).
std::vector<stats::Row> RowsOf(const Measure& measure, const std::vector<Observation>& observations,
                               const std::string& group);

// Analyses the measure. Fails only when the engine refuses the data (Error::Invalid naming the
// row), which validation on entry makes unreachable for stored data.
// `phase_starts` (sorted periods) start new parts of every chart: each its own centre line
// and limits (the teams' phases after adopted changes, MeasurePhase).
core::Result<MeasureAnalysis> AnalyzeMeasure(const Measure& measure,
                                             const std::vector<Observation>& observations,
                                             const std::vector<std::string>& phase_starts = {});

}  // namespace stegvis::domain
