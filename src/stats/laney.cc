#include "stats/laney.h"

#include <algorithm>
#include <cmath>

#include "stats/descriptive.h"
#include "stats/moving_range.h"

namespace stegvis::stats {

void LaneyLines(bool proportion, std::span<Point> part, const LineOptions& options,
                LineScratch& scratch) {
  auto in_base = [](const Point& p) { return p.baseline && p.include; };
  double cl = 0;
  if (options.cl) {
    cl = *options.cl;
  } else {
    scratch.a.clear();
    scratch.b.clear();
    for (const Point& p : part) {
      if (!in_base(p)) continue;
      scratch.a.push_back(p.y_sum);
      scratch.b.push_back(p.n);
    }
    cl = RSum(scratch.a) / RSum(scratch.b);
  }
  // The within-subgroup sigma of each point: binomial or Poisson.
  auto sigma_of = [&](const Point& p) {
    return proportion ? std::sqrt(cl * (1 - cl) / p.n) : std::sqrt(cl / p.n);
  };
  // z over the baseline points; their average moving range / d2 is sigma_z (Laney 2002).
  scratch.a.clear();
  for (const Point& p : part) {
    if (in_base(p)) scratch.a.push_back((p.y - cl) / sigma_of(p));
  }
  const double sigma_z = AverageMovingRange(scratch.a, options.screen_mr, scratch.b) / kD2;
  for (Point& p : part) {
    const double sigma = sigma_of(p) * sigma_z;
    p.cl = cl;
    p.ucl = cl + 3 * sigma;
    p.ucl_95 = cl + 2 * sigma;
    p.lcl = cl - 3 * sigma;
    p.lcl_95 = cl - 2 * sigma;
    for (double* limit : {&p.lcl, &p.lcl_95, &p.ucl, &p.ucl_95}) {
      if (!std::isfinite(*limit)) continue;
      if (*limit < 0) *limit = 0;
      if (proportion && *limit > 1) *limit = 1;
    }
  }
}

}  // namespace stegvis::stats
