#pragma once
// The average moving range, the basis of sigma for I, T, P′ and U′ charts.

#include <cmath>
#include <limits>
#include <span>

#include "stats/descriptive.h"

namespace stegvis::stats {

// Screening limit for moving ranges: D4 for subgroups of two (Montgomery, Table VI; Nelson
// 1982). Moving ranges at or above kMrScreenFactor × the average moving range are dropped.
inline constexpr double kMrScreenFactor = 3.267;

// d2 for subgroups of two: sigma = average moving range / kD2 (Montgomery eq. 6.33).
inline constexpr double kD2 = 1.128;

// The mean of |values[i] - values[i-1]| over consecutive pairs where both are present (a NaN
// breaks the chain; it is not bridged). With `screen`, moving ranges >= 3.267 × that mean are
// dropped and the mean recomputed once (qicharts2 with qic.screenedmr = TRUE). NaN when there is
// no moving range (or, screened, when every moving range is dropped, as for constant data).
double AverageMovingRange(std::span<const double> values, bool screen);

// The same for the values that `each` gives (each(f) calls f(v) for every value in order; it is
// called several times), without storing the values or their moving ranges.
template <typename Each>
double AverageMovingRangeOf(Each each, bool screen) {
  auto ranges = [&](auto f) {
    bool first = true;
    double previous = 0;
    each([&](double v) {
      if (!first) f(std::fabs(v - previous));  // NaN if either is missing
      first = false;
      previous = v;
    });
  };
  const double amr = RMeanOf(ranges);
  if (!screen) return amr;
  const double limit = kMrScreenFactor * amr;
  return RMeanOf([&](auto f) {
    ranges([&](double mr) { f(mr < limit ? mr : std::numeric_limits<double>::quiet_NaN()); });
  });
}

}  // namespace stegvis::stats
