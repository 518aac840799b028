#include "stats/moving_range.h"

#include <cmath>

#include "stats/descriptive.h"

namespace stegvis::stats {

double AverageMovingRange(std::span<const double> values, bool screen,
                          std::vector<double>& scratch) {
  if (values.size() < 2) return std::nan("");
  scratch.resize(values.size() - 1);
  for (std::size_t i = 1; i < values.size(); ++i) {
    scratch[i - 1] = std::fabs(values[i] - values[i - 1]);  // NaN if either is missing
  }
  double amr = RMean(scratch);
  if (screen) {
    const double limit = kMrScreenFactor * amr;
    for (double& mr : scratch) {
      if (!(mr < limit)) mr = std::nan("");
    }
    amr = RMean(scratch);
  }
  return amr;
}

}  // namespace stegvis::stats
