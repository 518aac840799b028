#pragma once
// Funnel plots for comparing units (teams, municipalities) on a proportion or a rate
// (Spiegelhalter, "Funnel plots for comparing institutional performance", Stat Med 2005;
// 24:1185-1202). The centre is the pooled value; the limits at each unit size are exact
// binomial (proportions) or Poisson (rates) limits, interpolated between integer counts as in
// Spiegelhalter's Appendix A.1.1, or, if asked, the normal approximation. Details and choices:
// docs/signals-and-verdicts.md.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace stegvis::stats {

enum class FunnelMeasure {
  kProportion,  // numerator cases out of denominator cases (both whole numbers)
  kRate,        // numerator events (a whole number) per denominator exposure (> 0)
};

enum class FunnelMethod {
  kExact,   // binomial / Poisson quantiles with interpolation (Spiegelhalter 2005, A.1.1)
  kNormal,  // centre ± z·sqrt(centre(1 − centre)/n) or ± z·sqrt(centre/n)
};

// Two-sided levels: 95 % (≈ 2 SD) and 99.8 % (≈ 3 SD), Spiegelhalter's choice.
inline constexpr double kFunnel95 = 0.975;
inline constexpr double kFunnel998 = 0.999;

struct FunnelUnit {
  std::string label;
  double numerator = 0;
  double denominator = 0;
};

struct FunnelOptions {
  FunnelMeasure measure = FunnelMeasure::kProportion;
  FunnelMethod method = FunnelMethod::kExact;
  double multiply = 1;    // values, centre and limits are multiplied (100 for percent)
  int curve_points = 50;  // how many sizes the drawing curve has (>= 2)
  // When both are > 0, the curve spans these sizes instead of the smallest to the largest
  // denominator (so that plots drawn on shared axes show their funnels over the whole axis).
  double curve_from = 0, curve_to = 0;
};

// The limits at one unit size (NaN-free; lower limits are never below 0, upper limits of a
// proportion never above 1 × multiply).
struct FunnelLimits {
  double size = 0;
  double lower_95 = 0, upper_95 = 0;
  double lower_998 = 0, upper_998 = 0;
};

// Where a unit lies. "Above/below 99.8" implies beyond the 95 % limit as well.
enum class FunnelPosition { kWithin, kAbove95, kBelow95, kAbove998, kBelow998 };

// "within", "above_95", "below_95", "above_998", "below_998".
std::string_view FunnelPositionName(FunnelPosition position);

struct FunnelUnitResult {
  std::string label;
  double value = 0;                                   // numerator / denominator × multiply
  FunnelLimits limits;                                // at this unit's denominator
  FunnelPosition position = FunnelPosition::kWithin;  // strictly beyond a limit to count
};

struct Funnel {
  double centre = 0;                    // Σ numerators / Σ denominators × multiply
  std::vector<FunnelUnitResult> units;  // in input order
  std::vector<FunnelLimits> curve;      // limits at curve_points sizes, smallest to largest
};

// The funnel plot of `units`. Fails with Error::Invalid when there are no units (field
// "units"), when options are out of range (field "multiply" / "curve_points"), or when a unit
// is bad; the field and the message then name the unit (its label, or "unit N", 1-based):
// a numerator or denominator that is missing, not finite or negative; a denominator of 0; a
// numerator larger than the denominator (proportion); counts that are not whole numbers
// (the numerator always, the denominator for proportions).
core::Result<Funnel> AnalyzeFunnel(std::span<const FunnelUnit> units, const FunnelOptions& options);

// The limits at size `size` around `centre` (on the 0..1 or per-unit scale, not multiplied).
// For proportions `size` is rounded to a whole number.
FunnelLimits FunnelLimitsAt(double centre, double size, FunnelMeasure measure, FunnelMethod method);

}  // namespace stegvis::stats
