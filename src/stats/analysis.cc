// Analyze: validation, then dispatch to the chart computations.
#include "stats/analysis.h"

namespace stegvis::stats {

core::Result<Analysis> Analyze(std::span<const Row> rows, const ChartOptions& options) {
  (void)rows;
  (void)options;
  return core::Fail(core::Error::Internal("statistics engine not built yet"));
}

}  // namespace stegvis::stats
