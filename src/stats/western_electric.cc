// Western Electric zone rules. See western_electric.h.
#include "stats/western_electric.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "stats/mdc_rules.h"
#include "stats/rule_sets.h"

namespace stegvis::stats {
namespace {

// How far a point is from the centre line in σ, with its side; NaN when it cannot be judged.
double Zscore(const PointColumns& pts, int i) {
  const double y = pts.y(i), cl = pts.cl(i);
  if (!pts.include(i) || std::isnan(y) || std::isnan(cl)) return NAN;
  const double up = pts.ucl(i) - cl, down = cl - pts.lcl(i);
  double width = NAN;
  if (!std::isnan(up) && !std::isnan(down))
    width = std::max(up, down);
  else if (!std::isnan(up))
    width = up;
  else if (!std::isnan(down))
    width = down;
  if (!(width > 0)) return NAN;
  return (y - cl) / (width / 3);
}

// Marks the points beyond `zone` σ in every window of `window` consecutive points in which at
// least `need` are beyond it on the same side.
void MarkKofM(PointColumns& pts, const std::vector<double>& z, int first, int need, int window,
              double zone, Rule rule) {
  const int n = static_cast<int>(z.size());
  for (int s = 0; s + window <= n; ++s) {
    for (int side : {1, -1}) {
      int count = 0;
      bool broken = false;
      for (int k = s; k < s + window; ++k) {
        if (std::isnan(z[k]))
          broken = true;
        else if (side * z[k] > zone)
          ++count;
      }
      if (broken || count < need) continue;
      for (int k = s; k < s + window; ++k)
        if (side * z[k] > zone) pts.AddRule(first + k, rule);
    }
  }
}

}  // namespace

void ApplyWesternElectricRules(Analysis& analysis, Direction direction) {
  PointColumns& pts = analysis.points;
  pts.ClearRules();
  for (Part& part : analysis.parts) {
    const int first = part.first, size = part.last - part.first + 1;
    std::vector<double> z(size);
    for (int k = 0; k < size; ++k) z[k] = Zscore(pts, first + k);

    // Rule 1 uses the limits themselves (as sigma_signal does), excluded points included.
    for (int k = 0; k < size; ++k) {
      const double y = pts.y(first + k);
      if (y > pts.ucl(first + k) || y < pts.lcl(first + k)) {
        pts.AddRule(first + k, Rule::kWesternElectric1);
      }
    }
    MarkKofM(pts, z, first, 2, 3, 2.0, Rule::kWesternElectric2);
    MarkKofM(pts, z, first, 4, 5, 1.0, Rule::kWesternElectric3);

    // Rule 4: runs of one side; anything that cannot be judged or is on the line breaks them.
    int run_start = 0, run_side = 0;
    for (int k = 0; k <= size; ++k) {
      const int s = k < size && !std::isnan(z[k]) ? (z[k] > 0) - (z[k] < 0) : 0;
      if (k < size && s != 0 && s == run_side) continue;
      if (run_side != 0 && k - run_start >= kWeRule4Length)
        for (int j = run_start; j < k; ++j) pts.AddRule(first + j, Rule::kWesternElectric4);
      run_start = k;
      run_side = s;
    }

    part.runs_signal = false;
    for (int k = 0; k < size; ++k) {
      const int i = first + k;
      const RuleMask rules = pts.rules(i);
      const bool runs = rules.Has(Rule::kWesternElectric2) || rules.Has(Rule::kWesternElectric3) ||
                        rules.Has(Rule::kWesternElectric4);
      const bool any = runs || rules.Has(Rule::kWesternElectric1);
      pts.set_runs_signal(i, runs);
      part.runs_signal = part.runs_signal || runs;
      const double d = pts.y(i) - pts.cl(i);
      pts.set_point_type(i, MdcPointType(any && !std::isnan(d) ? (d > 0) - (d < 0) : 0, direction));
    }
  }
}

}  // namespace stegvis::stats
