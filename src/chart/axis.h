#pragma once
// The value axis: "nice" ticks (1, 2, 2.5, 5 × 10^k) that cover the data and the lines.

#include <vector>

namespace stegvis::chart {

struct Axis {
  double min = 0;             // the axis starts here (a tick)
  double max = 1;             // and ends here (a tick)
  double step = 0.2;          // distance between ticks
  int decimals = 1;           // decimals to show a tick value
  std::vector<double> ticks;  // min, min + step, ..., max
};

// Returns an axis covering [lo, hi] with about `target_ticks` ticks (at least 2).
// A degenerate range (lo == hi) is widened around the value; non-finite bounds give [0, 1].
Axis NiceAxis(double lo, double hi, int target_ticks = 6);

}  // namespace stegvis::chart
