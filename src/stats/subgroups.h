#pragma once
// From input rows to periods: validation of the raw values, sorting by x and aggregation of
// rows with equal x into one period (qicharts2's qic.agg, first half).

#include <cstddef>
#include <span>
#include <vector>

#include "core/error.h"
#include "stats/analysis.h"

namespace stegvis::stats {

// The periods of a chart, in x order.
struct Periods {
  // One point per period with x, label, y (before multiply), y_sum, y_length, y_mean, y_sd and
  // n filled in; no parts or lines yet.
  PointColumns points;
  // For each period, the index in the input rows of its first row (in input order among the
  // rows with that x), for the phase column; empty when the series has no phases.
  std::vector<std::size_t> first_row;
};

// Validates `rows` for `chart` and aggregates them. When any row has a denominator, a row
// whose value or denominator is missing is missing as a whole; y = sum(y) / sum(n) and n =
// sum(n) (0 when all are missing). Without denominators y = agg(y) over the non-missing values
// (NaN when there are none: unlike R, whose sum of no values is 0, a missing period is never
// zero). y_sum is likewise NaN for a period without values.
// Fails with Error::Invalid, field "row N" (1-based input row), for: no rows; x not finite;
// y or n infinite; n negative; for p/pp/u/up/c/g a negative y; for p/pp/u/up no denominator at
// all, or a denominator of zero with a value; for p/pp y larger than n; for t a value <= 0.
core::Result<Periods> AggregatePeriods(const Series& rows, ChartType chart, Aggregation agg);

}  // namespace stegvis::stats
