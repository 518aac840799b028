#include "domain/sustain_alerts.h"

#include "stats/analysis.h"

namespace stegvis::domain {

std::optional<SustainAlert> SustainAlertOf(const Measure& measure,
                                           const MeasureAnalysis& analysis) {
  if (!analysis.total || analysis.baseline_total != BaselineUse::kFrozen) return std::nullopt;
  if (!measure.baseline_points) return std::nullopt;
  const stats::PointColumns& points = analysis.total->points;
  const std::size_t first_after = static_cast<std::size_t>(*measure.baseline_points);
  for (std::size_t i = points.size(); i > first_after; --i) {
    const std::size_t at = i - 1;
    if (points.point_type(at) != stats::PointType::kConcern) continue;
    SustainAlert alert{measure.id, measure.project_id.value_or(0), measure.name,
                       "",         std::string(points.label(at)),  {}};
    const stats::RuleMask fired = points.rules(at);
    for (int r = 0; r < stats::kRuleCount; ++r) {
      const auto rule = static_cast<stats::Rule>(r);
      if (fired.Has(rule)) alert.rules.emplace_back(stats::RuleName(rule));
    }
    return alert;
  }
  return std::nullopt;
}

}  // namespace stegvis::domain
