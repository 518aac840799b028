#include "chart/axis.h"

#include <algorithm>
#include <cmath>

#include "chart/number_format.h"

namespace stegvis::chart {
namespace {

// The nice number at or above `raw` among 1, 2, 2.5, 5 × 10^k (Heckbert, "Nice numbers for
// graph labels", Graphics Gems, 1990, with 2.5 added because quarters read well).
double NiceStep(double raw) {
  double exponent = std::floor(std::log10(raw));
  double base = std::pow(10.0, exponent);
  double fraction = raw / base;
  double nice = fraction <= 1     ? 1
                : fraction <= 2   ? 2
                : fraction <= 2.5 ? 2.5
                : fraction <= 5   ? 5
                                  : 10;
  return nice * base;
}

}  // namespace

Axis NiceAxis(double lo, double hi, int target_ticks) {
  if (!std::isfinite(lo) || !std::isfinite(hi)) lo = 0, hi = 1;
  if (lo > hi) std::swap(lo, hi);
  if (hi - lo < 1e-12 * std::max(1.0, std::fabs(hi))) {
    double pad = lo == 0 ? 1 : std::fabs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  target_ticks = std::max(target_ticks, 2);
  Axis axis;
  axis.step = NiceStep((hi - lo) / (target_ticks - 1));
  axis.min = std::floor(lo / axis.step + 1e-9) * axis.step;
  axis.max = std::ceil(hi / axis.step - 1e-9) * axis.step;
  axis.decimals = DecimalsForStep(axis.step);
  const int count = static_cast<int>(std::lround((axis.max - axis.min) / axis.step));
  for (int i = 0; i <= count; ++i) {
    double tick = axis.min + i * axis.step;
    if (std::fabs(tick) < axis.step * 1e-9) tick = 0;  // no "-0"
    axis.ticks.push_back(tick);
  }
  return axis;
}

}  // namespace stegvis::chart
