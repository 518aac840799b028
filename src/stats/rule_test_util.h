#pragma once
// Test helper: an Analysis with one part and the given values and lines, for the rule tests.

#include <cmath>
#include <vector>

#include "stats/analysis.h"

namespace stegvis::stats::testing {

inline Analysis OnePart(const std::vector<double>& ys, double cl, double lcl = NAN,
                        double ucl = NAN) {
  Analysis a;
  for (std::size_t i = 0; i < ys.size(); ++i) {
    Point p;
    p.x = double(i + 1);
    p.y = ys[i];
    p.cl = cl;
    p.lcl = lcl;
    p.ucl = ucl;
    a.points.push_back(p);
  }
  Part part;
  part.first = 0;
  part.last = static_cast<int>(ys.size()) - 1;
  a.parts.push_back(part);
  return a;
}

}  // namespace stegvis::stats::testing
