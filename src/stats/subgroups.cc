#include "stats/subgroups.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "stats/descriptive.h"

namespace stegvis::stats {
namespace {

core::Error RowError(std::size_t row_index, const std::string& message) {
  return core::Error::Invalid(message, "row " + std::to_string(row_index + 1));
}

bool IsCountChart(ChartType chart) {
  return chart == ChartType::kP || chart == ChartType::kPP || chart == ChartType::kU ||
         chart == ChartType::kUP || chart == ChartType::kC || chart == ChartType::kG;
}

bool NeedsDenominator(ChartType chart) {
  return chart == ChartType::kP || chart == ChartType::kPP || chart == ChartType::kU ||
         chart == ChartType::kUP;
}

bool IsProportion(ChartType chart) {
  return chart == ChartType::kP || chart == ChartType::kPP;
}

// Checks one raw row; `got_n` says whether the data have denominators at all. Returns what is
// wrong, or nullptr. (A plain pointer, not a Result: this runs once per row.)
const char* RowProblem(double x, double y, double n, ChartType chart, bool got_n) {
  if (!std::isfinite(x)) return "the period (x) is missing";
  if (std::isinf(y)) return "the value is infinite";
  if (std::isinf(n)) return "the denominator is infinite";
  if (n < 0) return "the denominator is negative";
  const bool complete = !std::isnan(y) && (!got_n || !std::isnan(n));
  if (IsCountChart(chart) && y < 0) return "a count cannot be negative";
  if (NeedsDenominator(chart) && complete && n == 0) return "the denominator is zero";
  if (IsProportion(chart) && complete && y > n) {
    return "the numerator is larger than the denominator";
  }
  if (chart == ChartType::kT && y <= 0) {
    return "the time between events must be greater than zero";
  }
  return nullptr;
}

// The period of rows begin..end-1 (in x order; `at` gives the input index) with more than one
// row: the raw values' statistics and the plotted value.
template <typename At>
void AddAggregated(const Series& rows, std::size_t begin, std::size_t end, At at, bool got_n,
                   Aggregation agg, PointColumns& points, std::vector<double>& ys,
                   std::vector<double>& ns, std::vector<double>& scratch) {
  ys.clear();
  ns.clear();
  for (std::size_t i = begin; i < end; ++i) {
    const std::size_t r = at(i);
    const double n = got_n ? rows.n[r] : kMissing;
    // With denominators, a row missing either value is missing as a whole (qic's
    // complete.cases).
    const bool missing = std::isnan(rows.y[r]) || (got_n && std::isnan(n));
    ys.push_back(missing ? kMissing : rows.y[r]);
    ns.push_back(missing ? kMissing : n);
  }
  int length = 0;
  for (double y : ys) length += std::isnan(y) ? 0 : 1;
  // Missing rows are dropped. A period whose rows are all missing is missing, where R would
  // give a sum of 0 (docs/statistics.md, deliberate differences).
  const double y_sum = length == 0 ? kMissing : RSum(ys);
  const double y_mean = RMean(ys);
  double y = kMissing, n = kMissing;
  if (got_n) {
    n = RSum(ns);
    y = RSum(ys) / n;
  } else {
    switch (agg) {
      case Aggregation::kMean: y = y_mean; break;
      case Aggregation::kSum: y = y_sum; break;
      case Aggregation::kMedian:
        scratch.assign(ys.begin(), ys.end());
        y = RMedian(scratch);
        break;
    }
  }
  points.AddAggregatedPeriod(rows.x[at(begin)], y, y_sum, n, length, y_mean, RSd(ys));
}

// The periods of rows in strictly increasing x: one per row, built column by column.
core::Result<Periods> SingleRowPeriods(const Series& rows, ChartType chart, bool got_n) {
  Periods periods;
  periods.points.AssignSingleRowPeriods(rows, got_n);
  if (chart == ChartType::kT) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (periods.points.y(i) <= 0) {
        return core::Fail(RowError(i, "the time between events must be greater than zero"));
      }
    }
  }
  if (!rows.phases.empty()) {
    periods.first_row.resize(rows.size());
    std::iota(periods.first_row.begin(), periods.first_row.end(), std::size_t{0});
  }
  return periods;
}

}  // namespace

core::Result<Periods> AggregatePeriods(const Series& rows, ChartType chart, Aggregation agg) {
  const std::size_t size = rows.size();
  if (size == 0) return core::Fail(core::Error::Invalid("there are no data rows", "rows"));
  bool got_n = false;
  for (double n : rows.n) got_n = got_n || !std::isnan(n);
  if (NeedsDenominator(chart) && !got_n) {
    return core::Fail(core::Error::Invalid(
        "a " + std::string(ChartTypeName(chart)) + " chart needs a denominator (n)", "n"));
  }
  // One pass: every row's checks, and whether the rows are in x order already (and each its
  // own period).
  bool sorted = true, single = true;
  for (std::size_t i = 0; i < size; ++i) {
    const double n = got_n ? rows.n[i] : kMissing;
    if (const char* problem = RowProblem(rows.x[i], rows.y[i], n, chart, got_n)) {
      return core::Fail(RowError(i, problem));
    }
    if (i > 0) {
      sorted = sorted && rows.x[i - 1] <= rows.x[i];
      single = single && rows.x[i - 1] < rows.x[i];
    }
  }
  if (single) return SingleRowPeriods(rows, chart, got_n);

  // Stable order by x. Most input is already sorted; then no index is built at all.
  std::vector<std::size_t> order;
  if (!sorted) {
    order.resize(size);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return rows.x[a] < rows.x[b]; });
  }
  // The input index of the i-th row in x order.
  auto at = [&](std::size_t i) { return sorted ? i : order[i]; };

  Periods periods;
  PointColumns& points = periods.points;
  points.Reserve(size, got_n);
  const bool phases = !rows.phases.empty();
  if (phases) periods.first_row.reserve(size);
  std::vector<double> ys, ns, scratch;  // reused for every period
  for (std::size_t begin = 0; begin < size;) {
    const std::size_t first = at(begin);
    const double x = rows.x[first];
    std::size_t end = begin + 1;
    while (end < size && rows.x[at(end)] == x) ++end;
    if (end - begin == 1) {
      // One row per period, the common case: the same results without the buffers.
      const double y = rows.y[first];
      const double n = got_n ? rows.n[first] : kMissing;
      const bool missing = std::isnan(y) || (got_n && std::isnan(n));
      const double y_sum = missing ? kMissing : y;
      // Mean, median and sum of one value are that value.
      if (got_n) {
        points.AddPeriod(x, missing ? kMissing : y / n, y_sum, missing ? 0 : n);
      } else {
        points.AddPeriod(x, y_sum, y_sum, kMissing);
      }
    } else {
      AddAggregated(rows, begin, end, at, got_n, agg, points, ys, ns, scratch);
    }
    if (!rows.labels.empty()) points.AddLabel(rows.labels[first]);
    if (chart == ChartType::kT && points.y(points.size() - 1) <= 0) {
      return core::Fail(RowError(first, "the time between events must be greater than zero"));
    }
    if (phases) periods.first_row.push_back(first);
    begin = end;
  }
  return periods;
}

}  // namespace stegvis::stats
