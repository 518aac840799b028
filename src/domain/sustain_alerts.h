#pragma once
// Alerts of sustained projects: a measure that continues under a sustain plan keeps its
// frozen baseline (Measure::baseline_points), and a special cause in the wrong direction after
// it — a point the engine judges a concern (stats::PointType::kConcern) — means the gain may
// be slipping. Pure: the analysis comes from AnalyzeMeasure.

#include <optional>
#include <string>
#include <vector>

#include "domain/measure.h"
#include "domain/measure_analysis.h"

namespace stegvis::domain {

struct SustainAlert {
  Id measure_id = 0;
  Id project_id = 0;
  std::string measure_name;
  std::string project_title;  // filled in by the caller that knows the project
  std::string period;         // the latest period judged a concern
  // The rules that fired on that point (stats::RuleName: "sigma", "anhoej_longest_run", ...);
  // pages word them with the catalogue's "chart.rule.<name>".
  std::vector<std::string> rules;
};

// The alert of `measure` analysed as `analysis` (its total): the latest point after the frozen
// baseline that is a special cause of concern, given the measure's direction. Nullopt when
// the baseline is not frozen over the total (BaselineUse::kFrozen), when no point after it is
// a concern, or when there is no total.
std::optional<SustainAlert> SustainAlertOf(const Measure& measure, const MeasureAnalysis& analysis);

}  // namespace stegvis::domain
