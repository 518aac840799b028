// Funnel plots. See funnel.h and docs/signals-and-verdicts.md.
#include "stats/funnel.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "stats/binomial.h"

namespace stegvis::stats {
namespace {

// P(X = k) for X ~ Poisson(mu), through logs so large means do not underflow.
double PoissonPmf(double k, double mu) {
  if (k < 0) return 0;
  if (mu == 0) return k == 0 ? 1 : 0;
  return std::exp(k * std::log(mu) - mu - std::lgamma(k + 1));
}

// P(X <= k), summing the shorter tail from k outwards.
double PoissonCdf(double k, double mu) {
  if (k < 0) return 0;
  if (k < mu) {
    double term = PoissonPmf(k, mu), sum = term;
    for (double i = k; i > 0 && term > sum * 1e-18; --i) {
      term *= i / mu;
      sum += term;
    }
    return sum;
  }
  double term = PoissonPmf(k + 1, mu), sum = term;
  for (double i = k + 1; term > sum * 1e-18; ++i) {
    term *= mu / (i + 1);
    sum += term;
  }
  return 1 - sum;
}

// The smallest k with P(X <= k) >= q.
double PoissonQuantile(double q, double mu) {
  double k = std::max(0.0, std::floor(mu));
  double cdf = PoissonCdf(k, mu);
  if (cdf >= q) {
    while (k > 0 && cdf - PoissonPmf(k, mu) >= q) cdf -= PoissonPmf(k--, mu);
    return k;
  }
  while (cdf < q) cdf += PoissonPmf(++k, mu);
  return k;
}

// Spiegelhalter 2005, Appendix A.1.1: the p-quantile of a discrete count, interpolated
// between r_p - 1 and r_p so the limits are smooth in the unit size:
// r_p - (F(r_p) - p) / (F(r_p) - F(r_p - 1)).
double InterpolatedCount(double p, double size, double centre, FunnelMeasure measure) {
  double r = 0, f_r = 0, f_below = 0;
  if (measure == FunnelMeasure::kProportion) {
    const int n = static_cast<int>(size);
    r = BinomialQuantile(p, n, centre);
    f_r = BinomialCdf(static_cast<int>(r), n, centre);
    f_below = BinomialCdf(static_cast<int>(r) - 1, n, centre);
  } else {
    const double mu = centre * size;
    r = PoissonQuantile(p, mu);
    f_r = PoissonCdf(r, mu);
    f_below = PoissonCdf(r - 1, mu);
  }
  const double step = f_r - f_below;
  return step > 0 ? r - (f_r - p) / step : r;
}

double Z(double p) {
  // Inverse normal for the two levels used (R: qnorm(0.975), qnorm(0.999)).
  return p == kFunnel95 ? 1.959963984540054 : 3.090232306167813;
}

std::string UnitName(const FunnelUnit& unit, std::size_t index) {
  return unit.label.empty() ? "unit " + std::to_string(index + 1) : unit.label;
}

bool Whole(double v) {
  return std::floor(v) == v;
}

}  // namespace

std::string_view FunnelPositionName(FunnelPosition position) {
  switch (position) {
    case FunnelPosition::kWithin: return "within";
    case FunnelPosition::kAbove95: return "above_95";
    case FunnelPosition::kBelow95: return "below_95";
    case FunnelPosition::kAbove998: return "above_998";
    case FunnelPosition::kBelow998: return "below_998";
  }
  return "";
}

FunnelLimits FunnelLimitsAt(double centre, double size, FunnelMeasure measure,
                            FunnelMethod method) {
  const bool proportion = measure == FunnelMeasure::kProportion;
  if (proportion) size = std::max(1.0, std::round(size));
  FunnelLimits l;
  l.size = size;
  // With no events at all (or only events) nothing can vary: the limits are the centre.
  const bool degenerate = centre <= 0 || (proportion && centre >= 1);
  auto limit = [&](double p) {
    if (degenerate) return centre;
    double v;
    if (method == FunnelMethod::kNormal) {
      const double var = proportion ? centre * (1 - centre) / size : centre / size;
      v = centre + (p > 0.5 ? 1 : -1) * Z(p > 0.5 ? p : 1 - p) * std::sqrt(var);
    } else {
      v = InterpolatedCount(p, size, centre, measure) / size;
    }
    v = std::max(v, 0.0);
    return proportion ? std::min(v, 1.0) : v;
  };
  l.lower_95 = limit(1 - kFunnel95);
  l.upper_95 = limit(kFunnel95);
  l.lower_998 = limit(1 - kFunnel998);
  l.upper_998 = limit(kFunnel998);
  return l;
}

core::Result<Funnel> AnalyzeFunnel(std::span<const FunnelUnit> units,
                                   const FunnelOptions& options) {
  if (units.empty()) return core::Fail(core::Error::Invalid("there are no units", "units"));
  if (!(options.multiply > 0) || !std::isfinite(options.multiply))
    return core::Fail(core::Error::Invalid("multiply must be a positive number", "multiply"));
  if (options.curve_points < 2)
    return core::Fail(core::Error::Invalid("the curve needs at least 2 points", "curve_points"));
  const bool proportion = options.measure == FunnelMeasure::kProportion;

  double sum_num = 0, sum_den = 0;
  for (std::size_t i = 0; i < units.size(); ++i) {
    const FunnelUnit& u = units[i];
    const std::string name = UnitName(u, i);
    auto bad = [&](const std::string& what) {
      return core::Fail(core::Error::Invalid("unit '" + name + "': " + what, name));
    };
    if (!std::isfinite(u.numerator) || u.numerator < 0)
      return bad("the numerator must be a number of 0 or more");
    if (!std::isfinite(u.denominator) || u.denominator <= 0)
      return bad("the denominator must be a number greater than 0");
    if (!Whole(u.numerator)) return bad("the numerator must be a whole number (a count)");
    if (proportion && !Whole(u.denominator))
      return bad("the denominator must be a whole number (a count)");
    if (proportion && u.numerator > u.denominator)
      return bad("the numerator is larger than the denominator");
    if (proportion && u.denominator > std::numeric_limits<int>::max())
      return bad("the denominator is too large");
    sum_num += u.numerator;
    sum_den += u.denominator;
  }

  Funnel f;
  const double centre = sum_num / sum_den;
  const double m = options.multiply;
  f.centre = centre * m;
  auto scaled = [m](FunnelLimits l) {
    l.lower_95 *= m;
    l.upper_95 *= m;
    l.lower_998 *= m;
    l.upper_998 *= m;
    return l;
  };

  double min_den = units[0].denominator, max_den = units[0].denominator;
  for (const FunnelUnit& u : units) {
    FunnelUnitResult r;
    r.label = u.label;
    r.value = u.numerator / u.denominator * m;
    r.limits = scaled(FunnelLimitsAt(centre, u.denominator, options.measure, options.method));
    if (r.value > r.limits.upper_998)
      r.position = FunnelPosition::kAbove998;
    else if (r.value < r.limits.lower_998)
      r.position = FunnelPosition::kBelow998;
    else if (r.value > r.limits.upper_95)
      r.position = FunnelPosition::kAbove95;
    else if (r.value < r.limits.lower_95)
      r.position = FunnelPosition::kBelow95;
    f.units.push_back(r);
    min_den = std::min(min_den, u.denominator);
    max_den = std::max(max_den, u.denominator);
  }

  if (options.curve_from > 0 && options.curve_to > options.curve_from) {
    min_den = options.curve_from;
    max_den = options.curve_to;
  }
  // Sizes spaced evenly on a log scale, where the funnel changes fastest at small sizes.
  const double ratio = max_den / min_den;
  double last_size = -1;
  for (int k = 0; k < options.curve_points; ++k) {
    double size = min_den * std::pow(ratio, double(k) / (options.curve_points - 1));
    if (proportion) size = std::round(size);
    if (size == last_size) continue;
    last_size = size;
    f.curve.push_back(scaled(FunnelLimitsAt(centre, size, options.measure, options.method)));
  }
  return f;
}

}  // namespace stegvis::stats
