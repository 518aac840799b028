#pragma once
// Centre line and limits of one part of a chart (qicharts2's qic.<chart> functions). Works in
// the data's own units: multiply is applied afterwards by the caller.

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include "stats/analysis.h"

namespace stegvis::stats {

// What the line computations need besides the points.
struct LineOptions {
  std::optional<double> cl;  // a given centre line (in the data's units, before multiply)
  bool screen_mr = true;     // screen large moving ranges (I, T, P′, U′)
};

// Reusable storage, so a long series is analysed without allocating per part or per point.
struct LineScratch {
  std::vector<double> a, b;
};

// One part of the points: part number `index` (0-based), points first..end-1.
struct PartOf {
  PointColumns& points;
  std::size_t index, first, end;
};

// Part `part` (0-based) of `points`, whose parts are set.
PartOf PartAt(PointColumns& points, std::size_t part);

// Fills cl, lcl, ucl, lcl_95, ucl_95 of every point of `part` (in x order) for `chart`, using
// the points with baseline && include for the estimates: one value for the part where the
// chart's lines are constant, values per point where they vary (Xbar, S, P, U, P′, U′). For
// MR, S, C and T charts it also replaces y by what the chart plots (moving range, subgroup sd,
// count, the back-transformed value). Limits may be ±Inf or NaN (e.g. a zero denominator); the
// caller turns non-finite limits into missing ones. Not for kXmR.
void ComputeLines(ChartType chart, const PartOf& part, const LineOptions& options,
                  LineScratch& scratch);

// The unbiasing constant c4(n) = sqrt(2/(n-1)) Γ(n/2) / Γ((n-1)/2) (Montgomery, Appendix VI),
// NaN for n <= 1.
double C4(double n);

}  // namespace stegvis::stats
