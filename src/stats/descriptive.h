#pragma once
// Sums, means, medians and standard deviations computed the way R computes them, so centre
// lines that qicharts2 gets from R match to the last bit where it matters (a point exactly on
// the centre line is left out of the runs analysis, so "exactly" is not academic).
//
// R accumulates in long double and corrects the mean with a second pass (src/main/summary.c,
// src/library/stats/src/cov.c); on x86-64 Linux both R and g++ use the 80-bit x87 format.
// Every function skips NaN values (R's na.rm = TRUE).

#include <cmath>
#include <cstddef>
#include <limits>
#include <span>

namespace stegvis::stats {

// R's mean of the values that `each` gives, without storing them: each(f) calls f(v) for every
// value in order (twice: R's mean takes a second, correcting pass). NaN values are skipped;
// NaN if there are none. The same result as RMean over the same values.
template <typename Each>
double RMeanOf(Each each) {
  long double sum = 0;
  std::size_t count = 0;
  each([&](double v) {
    if (std::isnan(v)) return;
    sum += v;
    ++count;
  });
  if (count == 0) return std::numeric_limits<double>::quiet_NaN();
  long double mean = sum / static_cast<long double>(count);
  if (std::isfinite(static_cast<double>(mean))) {
    long double correction = 0;
    each([&](double v) {
      if (!std::isnan(v)) correction += v - mean;
    });
    mean += correction / static_cast<long double>(count);
  }
  return static_cast<double>(mean);
}

// Sum of the non-NaN values (0 if there are none), accumulated in long double.
double RSum(std::span<const double> values);

// Mean of the non-NaN values as R's mean(x, na.rm = TRUE): NaN if there are none.
double RMean(std::span<const double> values);

// Median of the non-NaN values as R's median(x, na.rm = TRUE): NaN if there are none.
// Reorders `values` (it is a scratch copy).
double RMedian(std::span<double> values);

// Sample standard deviation of the non-NaN values as R's sd(x, na.rm = TRUE): NaN if fewer
// than two.
double RSd(std::span<const double> values);

}  // namespace stegvis::stats
