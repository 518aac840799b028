#include "stats/laney.h"

#include <algorithm>
#include <cmath>

#include "stats/descriptive.h"
#include "stats/moving_range.h"

namespace stegvis::stats {

void LaneyLines(bool proportion, const PartOf& part, const LineOptions& options,
                LineScratch& scratch) {
  PointColumns& p = part.points;
  auto in_base = [&](std::size_t i) { return p.baseline(i) && p.include(i); };
  double cl = 0;
  if (options.cl) {
    cl = *options.cl;
  } else {
    scratch.a.clear();
    scratch.b.clear();
    for (std::size_t i = part.first; i < part.end; ++i) {
      if (!in_base(i)) continue;
      scratch.a.push_back(p.y_sum(i));
      scratch.b.push_back(p.n(i));
    }
    cl = RSum(scratch.a) / RSum(scratch.b);
  }
  // The within-subgroup sigma of each point: binomial or Poisson.
  auto sigma_of = [&](std::size_t i) {
    return proportion ? std::sqrt(cl * (1 - cl) / p.n(i)) : std::sqrt(cl / p.n(i));
  };
  // z over the baseline points; their average moving range / d2 is sigma_z (Laney 2002).
  scratch.a.clear();
  for (std::size_t i = part.first; i < part.end; ++i) {
    if (in_base(i)) scratch.a.push_back((p.y(i) - cl) / sigma_of(i));
  }
  const double sigma_z = AverageMovingRange(scratch.a, options.screen_mr) / kD2;
  auto clamp = [&](double limit) {
    if (!std::isfinite(limit)) return limit;
    if (limit < 0) return 0.0;
    return proportion && limit > 1 ? 1.0 : limit;
  };
  for (std::size_t i = part.first; i < part.end; ++i) {
    const double sigma = sigma_of(i) * sigma_z;
    p.SetPointLine(Line::kCl, i, cl);
    p.SetPointLine(Line::kUcl, i, clamp(cl + 3 * sigma));
    p.SetPointLine(Line::kUcl95, i, clamp(cl + 2 * sigma));
    p.SetPointLine(Line::kLcl, i, clamp(cl - 3 * sigma));
    p.SetPointLine(Line::kLcl95, i, clamp(cl - 2 * sigma));
  }
}

}  // namespace stegvis::stats
