#include "stats/moving_range.h"

namespace stegvis::stats {

double AverageMovingRange(std::span<const double> values, bool screen) {
  return AverageMovingRangeOf(
      [&](auto f) {
        for (double v : values) f(v);
      },
      screen);
}

}  // namespace stegvis::stats
