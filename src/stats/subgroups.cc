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
const char* RowProblem(const Row& row, ChartType chart, bool got_n) {
  if (!std::isfinite(row.x)) return "the period (x) is missing";
  if (std::isinf(row.y)) return "the value is infinite";
  if (std::isinf(row.n)) return "the denominator is infinite";
  if (row.n < 0) return "the denominator is negative";
  const bool complete = !std::isnan(row.y) && (!got_n || !std::isnan(row.n));
  if (IsCountChart(chart) && row.y < 0) return "a count cannot be negative";
  if (NeedsDenominator(chart) && complete && row.n == 0) return "the denominator is zero";
  if (IsProportion(chart) && complete && row.y > row.n) {
    return "the numerator is larger than the denominator";
  }
  if (chart == ChartType::kT && row.y <= 0) {
    return "the time between events must be greater than zero";
  }
  return nullptr;
}

}  // namespace

core::Result<Periods> AggregatePeriods(std::span<const Row> rows, ChartType chart,
                                       Aggregation agg) {
  if (rows.empty()) return core::Fail(core::Error::Invalid("there are no data rows", "rows"));
  bool got_n = false;
  for (const Row& row : rows) got_n = got_n || !std::isnan(row.n);
  if (NeedsDenominator(chart) && !got_n) {
    return core::Fail(core::Error::Invalid(
        "a " + std::string(ChartTypeName(chart)) + " chart needs a denominator (n)", "n"));
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (const char* problem = RowProblem(rows[i], chart, got_n)) {
      return core::Fail(RowError(i, problem));
    }
  }

  // Stable order by x. Most input is already sorted; then no index is built at all.
  bool sorted = true;
  for (std::size_t i = 1; i < rows.size() && sorted; ++i) sorted = rows[i - 1].x <= rows[i].x;
  std::vector<std::size_t> order;
  if (!sorted) {
    order.resize(rows.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return rows[a].x < rows[b].x; });
  }
  // The input index of the i-th row in x order.
  auto at = [&](std::size_t i) { return sorted ? i : order[i]; };

  Periods periods;
  periods.points.reserve(rows.size());
  periods.first_row.reserve(rows.size());
  std::vector<double> ys, ns, scratch;  // reused for every period
  for (std::size_t begin = 0; begin < rows.size();) {
    const double x = rows[at(begin)].x;
    std::size_t end = begin + 1;
    while (end < rows.size() && rows[at(end)].x == x) ++end;
    Point& point = periods.points.emplace_back();  // built in place: no copy of 176 bytes
    point.x = x;
    point.label = rows[at(begin)].label;
    if (end - begin == 1) {
      // One row per period, the common case: the same results as below without the buffers.
      const Row& row = rows[at(begin)];
      const bool missing = std::isnan(row.y) || (got_n && std::isnan(row.n));
      point.y_length = missing ? 0 : 1;
      point.y_sum = missing ? kMissing : row.y;
      point.y_mean = point.y_sum;
      if (got_n) {
        point.n = missing ? 0 : row.n;
        point.y = missing ? kMissing : row.y / row.n;
      } else {
        point.y = point.y_sum;  // mean, median and sum of one value are that value
      }
    } else {
      ys.clear();
      ns.clear();
      for (std::size_t i = begin; i < end; ++i) {
        const Row& row = rows[at(i)];
        // With denominators, a row missing either value is missing as a whole (qic's
        // complete.cases).
        const bool missing = std::isnan(row.y) || (got_n && std::isnan(row.n));
        ys.push_back(missing ? kMissing : row.y);
        ns.push_back(missing ? kMissing : row.n);
      }
      int length = 0;
      for (double y : ys) length += std::isnan(y) ? 0 : 1;
      point.y_length = length;
      // Missing rows are dropped. A period whose rows are all missing is missing, where R
      // would give a sum of 0 (docs/statistics.md, deliberate differences).
      point.y_sum = length == 0 ? kMissing : RSum(ys);
      point.y_mean = RMean(ys);
      point.y_sd = RSd(ys);
      if (got_n) {
        point.n = RSum(ns);
        point.y = RSum(ys) / point.n;
      } else {
        switch (agg) {
          case Aggregation::kMean: point.y = point.y_mean; break;
          case Aggregation::kSum: point.y = point.y_sum; break;
          case Aggregation::kMedian:
            scratch.assign(ys.begin(), ys.end());
            point.y = RMedian(scratch);
            break;
        }
      }
    }
    if (chart == ChartType::kT && point.y <= 0) {
      return core::Fail(RowError(at(begin), "the time between events must be greater than zero"));
    }
    periods.first_row.push_back(at(begin));
    begin = end;
  }
  return periods;
}

}  // namespace stegvis::stats
