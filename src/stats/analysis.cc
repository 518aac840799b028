// Analyze: validation, then dispatch to the chart computations.
#include "stats/analysis.h"

#include "stats/rule_sets.h"
#include "stats/xmr.h"

namespace stegvis::stats {

core::Result<Analysis> Analyze(std::span<const Row> rows, const ChartOptions& options) {
  core::Result<Analysis> result =
      options.chart == ChartType::kXmR
          ? AnalyzeXmr(rows, options)
          : core::Result<Analysis>(
                core::Fail(core::Error::Internal("statistics engine not built yet")));
  // The rule set chosen in the options replaces the default marks (rule_sets.h).
  if (result) ApplyRuleSet(*result, options);
  return result;
}

}  // namespace stegvis::stats
