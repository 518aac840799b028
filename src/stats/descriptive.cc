#include "stats/descriptive.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace stegvis::stats {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// R's two-pass mean of the non-NaN values; `count` of them is known.
long double MeanOf(std::span<const double> values, std::size_t count) {
  long double sum = 0;
  for (double v : values) {
    if (!std::isnan(v)) sum += v;
  }
  long double mean = sum / static_cast<long double>(count);
  if (std::isfinite(static_cast<double>(mean))) {
    long double correction = 0;
    for (double v : values) {
      if (!std::isnan(v)) correction += v - mean;
    }
    mean += correction / static_cast<long double>(count);
  }
  return mean;
}

std::size_t CountNonNaN(std::span<const double> values) {
  std::size_t count = 0;
  for (double v : values) count += std::isnan(v) ? 0 : 1;
  return count;
}

}  // namespace

double RSum(std::span<const double> values) {
  long double sum = 0;
  for (double v : values) {
    if (!std::isnan(v)) sum += v;
  }
  return static_cast<double>(sum);
}

double RMean(std::span<const double> values) {
  return RMeanOf([&](auto f) {
    for (double v : values) f(v);
  });
}

double RMedian(std::span<double> values) {
  auto end = std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); });
  const std::size_t count = static_cast<std::size_t>(end - values.begin());
  if (count == 0) return kNaN;
  const std::size_t half = (count + 1) / 2;  // R's 1-based `half`
  std::nth_element(values.begin(), values.begin() + (half - 1), end);
  const double lower = values[half - 1];
  if (count % 2 == 1) return lower;
  // Even count: R takes mean() of the two middle values.
  const double upper = *std::min_element(values.begin() + half, end);
  const double pair[2] = {lower, upper};
  return static_cast<double>(MeanOf(pair, 2));
}

double RSd(std::span<const double> values) {
  const std::size_t count = CountNonNaN(values);
  if (count < 2) return kNaN;
  const long double mean = MeanOf(values, count);
  // cov.c rounds the mean to double before the sum of squares.
  const double mean_double = static_cast<double>(mean);
  long double squares = 0;
  for (double v : values) {
    if (std::isnan(v)) continue;
    const double d = v - mean_double;  // double arithmetic, as in cov.c
    squares += d * d;
  }
  return std::sqrt(static_cast<double>(squares / static_cast<long double>(count - 1)));
}

}  // namespace stegvis::stats
