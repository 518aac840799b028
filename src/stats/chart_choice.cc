// Chart choice. See chart_choice.h.
#include "stats/chart_choice.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>
#include <vector>

namespace stegvis::stats {
namespace {

constexpr std::array<std::pair<DataType, std::string_view>, 7> kDataTypeNames{{
    {DataType::kCount, "count"},
    {DataType::kProportion, "proportion"},
    {DataType::kRate, "rate"},
    {DataType::kContinuous, "continuous"},
    {DataType::kContinuousSubgroups, "continuous_subgroups"},
    {DataType::kDaysBetween, "days_between"},
    {DataType::kCasesBetween, "cases_between"},
}};

// The median of the non-missing denominators; NaN if there are none.
double MedianDenominator(std::span<const double> denominators) {
  std::vector<double> v;
  for (double d : denominators)
    if (!std::isnan(d)) v.push_back(d);
  if (v.empty()) return kMissing;
  const std::size_t mid = v.size() / 2;
  std::nth_element(v.begin(), v.begin() + mid, v.end());
  if (v.size() % 2) return v[mid];
  const double upper = v[mid];
  std::nth_element(v.begin(), v.begin() + mid - 1, v.end());
  return (v[mid - 1] + upper) / 2;
}

}  // namespace

std::string_view DataTypeName(DataType type) {
  for (const auto& [t, name] : kDataTypeNames)
    if (t == type) return name;
  return "";
}

core::Result<DataType> ParseDataType(std::string_view text) {
  for (const auto& [t, name] : kDataTypeNames)
    if (name == text) return t;
  return core::Fail(
      core::Error::Invalid("unknown data type '" + std::string(text) + "'", "data_type"));
}

std::string_view ChoiceReasonName(ChoiceReason reason) {
  switch (reason) {
    case ChoiceReason::kTooFewPoints: return "too_few_points";
    case ChoiceReason::kCount: return "count";
    case ChoiceReason::kProportion: return "proportion";
    case ChoiceReason::kProportionLargeDenominators: return "proportion_large_denominators";
    case ChoiceReason::kRate: return "rate";
    case ChoiceReason::kRateLargeDenominators: return "rate_large_denominators";
    case ChoiceReason::kContinuous: return "continuous";
    case ChoiceReason::kSubgroups: return "subgroups";
    case ChoiceReason::kTimeBetween: return "time_between";
    case ChoiceReason::kCasesBetween: return "cases_between";
  }
  return "";
}

ChartChoice RecommendChart(DataType data_type, int n_points, std::span<const double> denominators) {
  if (n_points < kMinPointsForLimits) return {ChartType::kRun, ChoiceReason::kTooFewPoints};
  // NaN compares false, so no denominators means the plain chart.
  const bool large = MedianDenominator(denominators) >= kLargeDenominator;
  switch (data_type) {
    case DataType::kCount: return {ChartType::kC, ChoiceReason::kCount};
    case DataType::kProportion:
      return large ? ChartChoice{ChartType::kPP, ChoiceReason::kProportionLargeDenominators}
                   : ChartChoice{ChartType::kP, ChoiceReason::kProportion};
    case DataType::kRate:
      return large ? ChartChoice{ChartType::kUP, ChoiceReason::kRateLargeDenominators}
                   : ChartChoice{ChartType::kU, ChoiceReason::kRate};
    case DataType::kContinuous: return {ChartType::kI, ChoiceReason::kContinuous};
    case DataType::kContinuousSubgroups: return {ChartType::kXbar, ChoiceReason::kSubgroups};
    case DataType::kDaysBetween: return {ChartType::kT, ChoiceReason::kTimeBetween};
    case DataType::kCasesBetween: return {ChartType::kG, ChoiceReason::kCasesBetween};
  }
  return {ChartType::kRun, ChoiceReason::kTooFewPoints};
}

}  // namespace stegvis::stats
