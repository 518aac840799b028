#pragma once
// Which chart to draw for a measure, so nobody has to pick "U′" by hand: from the measure's data
// type and how many points it has. Rules and sources: docs/signals-and-verdicts.md.

#include <span>
#include <string_view>

#include "core/error.h"
#include "stats/analysis.h"

namespace stegvis::stats {

// What a measure's values are.
enum class DataType {
  kCount,                // events per period with the same opportunity each period
  kProportion,           // numerator / denominator, numerator <= denominator (share of cases)
  kRate,                 // events / exposure (per 1 000 bed days, per inhabitant, ...)
  kContinuous,           // one measured value per period
  kContinuousSubgroups,  // several measured values per period
  kDaysBetween,          // time between rare events
  kCasesBetween,         // cases (opportunities) between rare events
};

// "count", "proportion", "rate", "continuous", "continuous_subgroups", "days_between",
// "cases_between".
std::string_view DataTypeName(DataType type);

// Parses a DataTypeName; fails with Error::Invalid (field "data_type") otherwise.
core::Result<DataType> ParseDataType(std::string_view text);

// Control limits need this many points; below it only a run chart is drawn. Provost & Murray
// (2011, ch. 4-5) make trial limits from 12 or more subgroups, and run-chart rules work from
// 10-12 points (Anhøj & Olesen 2014).
inline constexpr int kMinPointsForLimits = 12;

// Denominators at least this large (median of the periods) call for Laney's P′/U′, because
// with large subgroups real between-period variation (overdispersion) makes P/U limits far too
// narrow (Laney 2002). A rule of thumb, not a test: see the docs.
inline constexpr double kLargeDenominator = 1000;

// Why the chart was chosen: a stable key for the UI's message catalogue.
enum class ChoiceReason {
  kTooFewPoints,                 // fewer than kMinPointsForLimits: run chart
  kCount,                        // C chart: counts with equal opportunity
  kProportion,                   // P chart
  kProportionLargeDenominators,  // P′ chart
  kRate,                         // U chart
  kRateLargeDenominators,        // U′ chart
  kContinuous,                   // I chart (with its MR chart)
  kSubgroups,                    // Xbar chart (with its S chart)
  kTimeBetween,                  // T chart
  kCasesBetween,                 // G chart
};

// "too_few_points", "count", "proportion", "proportion_large_denominators", "rate",
// "rate_large_denominators", "continuous", "subgroups", "time_between", "cases_between".
std::string_view ChoiceReasonName(ChoiceReason reason);

struct ChartChoice {
  ChartType chart = ChartType::kRun;
  ChoiceReason reason = ChoiceReason::kTooFewPoints;
};

// The recommended chart for `n_points` periods of `data_type`. `denominators` (one per period;
// NaN = missing) are used for proportions and rates only; without them P and U are chosen.
ChartChoice RecommendChart(DataType data_type, int n_points,
                           std::span<const double> denominators = {});

}  // namespace stegvis::stats
