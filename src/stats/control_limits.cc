#include "stats/control_limits.h"

#include <algorithm>
#include <cmath>

#include "stats/descriptive.h"
#include "stats/laney.h"
#include "stats/moving_range.h"

namespace stegvis::stats {
namespace {

bool InBase(const Point& p) {
  return p.baseline && p.include;
}

// Copies `value(p)` of the baseline-and-included points into `out`.
template <typename Get>
std::span<double> BaseValues(std::span<const Point> part, Get value, std::vector<double>& out) {
  out.clear();
  for (const Point& p : part) {
    if (InBase(p)) out.push_back(value(p));
  }
  return out;
}

// cl ± 3σ and cl ± 2σ, with the same cl and σ for every point.
void SetSigmaLines(std::span<Point> part, double cl, double sigma) {
  for (Point& p : part) {
    p.cl = cl;
    p.lcl = cl - 3 * sigma;
    p.lcl_95 = cl - 2 * sigma;
    p.ucl = cl + 3 * sigma;
    p.ucl_95 = cl + 2 * sigma;
  }
}

double GivenOr(const LineOptions& options, double computed) {
  return options.cl ? *options.cl : computed;
}

// Clamps finite limits into [low, high] (qicharts2 leaves non-finite ones for the caller).
void Clamp(Point& p, double low, double high) {
  for (double* limit : {&p.lcl, &p.lcl_95, &p.ucl, &p.ucl_95}) {
    if (std::isfinite(*limit)) *limit = std::clamp(*limit, low, high);
  }
}

void RunLines(std::span<Point> part, const LineOptions& options, LineScratch& s) {
  const double cl = options.cl ? *options.cl
                               : RMedian(BaseValues(
                                     part, [](auto& p) { return p.y; }, s.a));
  for (Point& p : part) p.cl = cl;
}

// Individuals chart: mean, σ = screened average moving range / d2 (Montgomery 6.33).
void ILines(std::span<Point> part, const LineOptions& options, LineScratch& s) {
  const double cl = GivenOr(options, RMean(BaseValues(
                                         part, [](auto& p) { return p.y; }, s.a)));
  // qicharts2 takes the moving ranges of (y - cl); kept for bit-for-bit agreement.
  for (double& v : s.a) v -= cl;
  const double amr = AverageMovingRange(s.a, options.screen_mr, s.b);
  SetSigmaLines(part, cl, amr / kD2);
}

// Moving-range chart: y becomes |y_i - y_{i-1}| within the part (never bridged), cl is the
// mean moving range and UCL = D4 × cl (Montgomery 6.4).
void MrLines(std::span<Point> part, const LineOptions& options, LineScratch& s) {
  double previous = kMissing;
  for (Point& p : part) {
    const double y = p.y;
    p.y = std::fabs(y - previous);
    previous = y;
  }
  const double cl = GivenOr(options, RMean(BaseValues(
                                         part, [](auto& p) { return p.y; }, s.a)));
  for (Point& p : part) {
    p.cl = cl;
    p.lcl = 0;
    p.lcl_95 = 0;
    p.ucl = 3.267 * cl;
    p.ucl_95 = (3.267 / 3) * 2 * cl;
  }
}

// Whether the subgroup sizes of the part differ (then sd is pooled, Montgomery 6.31).
bool VariableSizes(std::span<const Point> part) {
  for (const Point& p : part) {
    if (p.y_length != part.front().y_length) return true;
  }
  return false;
}

// Pooled standard deviation sqrt(Σ(n_i - 1) s_i² / Σ(n_i - 1)) over the baseline; subgroups
// without an sd add nothing to the numerator but (n_i - 1) to the denominator, as in qicharts2.
double PooledSd(std::span<const Point> part) {
  long double numerator = 0, denominator = 0;
  for (const Point& p : part) {
    if (!InBase(p)) continue;
    const double term = (p.y_length - 1) * (p.y_sd * p.y_sd);
    if (!std::isnan(term)) numerator += term;
    denominator += p.y_length - 1;
  }
  return std::sqrt(static_cast<double>(numerator) / static_cast<double>(denominator));
}

double A3(double n, double k) {
  return n <= 1 ? kMissing : k / (C4(n) * std::sqrt(n));
}
double C5(double n) {
  const double c4 = C4(n);
  return std::sqrt(1 - c4 * c4);
}
double B3(double n, double k) {
  return n <= 1 ? kMissing : std::max(0.0, 1 - k * C5(n) / C4(n));
}
double B4(double n, double k) {
  return n <= 1 ? kMissing : 1 + k * C5(n) / C4(n);
}

void XbarLines(std::span<Point> part, const LineOptions& options, LineScratch& s) {
  double cl = 0;
  if (options.cl) {
    cl = *options.cl;
  } else {
    // Grand mean weighted by subgroup size (Montgomery 6.30).
    double weighted = RSum(BaseValues(
        part, [](auto& p) { return p.y_length * p.y_mean; }, s.a));
    double sizes = RSum(BaseValues(
        part, [](auto& p) { return double(p.y_length); }, s.a));
    cl = weighted / sizes;
  }
  const double sd = VariableSizes(part) ? PooledSd(part)
                                        : RMean(BaseValues(
                                              part, [](auto& p) { return p.y_sd; }, s.a));
  for (Point& p : part) {
    p.cl = cl;
    p.ucl = cl + A3(p.y_length, 3) * sd;
    p.ucl_95 = cl + A3(p.y_length, 2) * sd;
    p.lcl = cl - A3(p.y_length, 3) * sd;
    p.lcl_95 = cl - A3(p.y_length, 2) * sd;
  }
}

void SLines(std::span<Point> part, const LineOptions& options, LineScratch& s) {
  for (Point& p : part) p.y = p.y_sd;
  double cl = 0;
  if (options.cl) {
    cl = *options.cl;
  } else {
    cl = VariableSizes(part) ? PooledSd(part)
                             : RMean(BaseValues(
                                   part, [](auto& p) { return p.y_sd; }, s.a));
  }
  for (Point& p : part) {
    p.cl = cl;
    p.ucl = B4(p.y_length, 3) * cl;
    p.ucl_95 = B4(p.y_length, 2) * cl;
    p.lcl = B3(p.y_length, 3) * cl;
    p.lcl_95 = B3(p.y_length, 2) * cl;
  }
}

// T chart (Provost & Murray 2011, ch. 7): an I chart of y^(1/3.6), back-transformed.
void TLines(std::span<Point> part, const LineOptions& options, LineScratch& s) {
  for (Point& p : part) p.y = std::pow(p.y, 1 / 3.6);
  ILines(part, options, s);
  for (Point& p : part) {
    p.y = std::pow(p.y, 3.6);
    p.cl = std::pow(p.cl, 3.6);
    p.ucl = std::pow(p.ucl, 3.6);
    p.ucl_95 = std::pow(p.ucl_95, 3.6);
    p.lcl = std::pow(p.lcl, 3.6);  // NaN for a negative transformed limit
    p.lcl_95 = std::pow(p.lcl_95, 3.6);
    if (p.lcl < 0 || std::isnan(p.lcl)) p.lcl = 0;
  }
}

// Pooled rate or proportion of the baseline: Σ y / Σ n.
double PooledRatio(std::span<const Point> part, LineScratch& s) {
  const double events = RSum(BaseValues(
      part, [](auto& p) { return p.y_sum; }, s.a));
  return events / RSum(BaseValues(
                      part, [](auto& p) { return p.n; }, s.a));
}

// P chart: σ_i = sqrt(p(1 - p)/n_i) (Montgomery 7.8), limits clamped to [0, 1].
void PLines(std::span<Point> part, const LineOptions& options, LineScratch& s) {
  const double cl = GivenOr(options, PooledRatio(part, s));
  for (Point& p : part) {
    const double sigma = std::sqrt(cl * (1 - cl) / p.n);
    p.cl = cl;
    p.ucl = cl + 3 * sigma;
    p.ucl_95 = cl + 2 * sigma;
    p.lcl = cl - 3 * sigma;
    p.lcl_95 = cl - 2 * sigma;
    Clamp(p, 0, 1);
  }
}

// U chart: σ_i = sqrt(u/n_i) (Montgomery 7.19), lower limits clamped at 0.
void ULines(std::span<Point> part, const LineOptions& options, LineScratch& s) {
  const double cl = GivenOr(options, PooledRatio(part, s));
  for (Point& p : part) {
    const double sigma = std::sqrt(cl / p.n);
    p.cl = cl;
    p.ucl = cl + 3 * sigma;
    p.ucl_95 = cl + 2 * sigma;
    p.lcl = cl - 3 * sigma;
    p.lcl_95 = cl - 2 * sigma;
    Clamp(p, 0, INFINITY);
  }
}

// C chart: y is the count, σ = sqrt(c) (Montgomery 7.17).
void CLines(std::span<Point> part, const LineOptions& options, LineScratch& s) {
  for (Point& p : part) p.y = p.y_sum;
  const double cl = GivenOr(options, RMean(BaseValues(
                                         part, [](auto& p) { return p.y; }, s.a)));
  SetSigmaLines(part, cl, std::sqrt(cl));
  for (Point& p : part) Clamp(p, 0, INFINITY);
}

// G chart (Provost & Murray 2011, ch. 7; Montgomery p. 319): limits from the mean m with
// σ = sqrt(m(m + 1)); the displayed centre line is the median (or 0.693 × a given cl, the
// geometric median).
void GLines(std::span<Point> part, const LineOptions& options, LineScratch& s) {
  const double mean = GivenOr(options, RMean(BaseValues(
                                           part, [](auto& p) { return p.y; }, s.a)));
  SetSigmaLines(part, mean, std::sqrt(mean * (mean + 1)));
  const double cl = options.cl ? 0.693 * *options.cl
                               : RMedian(BaseValues(
                                     part, [](auto& p) { return p.y; }, s.a));
  for (Point& p : part) {
    if (p.lcl < 0) p.lcl = 0;
    if (p.lcl_95 < 0) p.lcl_95 = 0;
    p.cl = cl;
  }
}

}  // namespace

double C4(double n) {
  if (!(n > 1)) return kMissing;
  return std::sqrt(2 / (n - 1)) * std::exp(std::lgamma(n / 2) - std::lgamma((n - 1) / 2));
}

void ComputeLines(ChartType chart, std::span<Point> part, const LineOptions& options,
                  LineScratch& scratch) {
  switch (chart) {
    case ChartType::kRun: RunLines(part, options, scratch); break;
    case ChartType::kI: ILines(part, options, scratch); break;
    case ChartType::kMR: MrLines(part, options, scratch); break;
    case ChartType::kXbar: XbarLines(part, options, scratch); break;
    case ChartType::kS: SLines(part, options, scratch); break;
    case ChartType::kT: TLines(part, options, scratch); break;
    case ChartType::kP: PLines(part, options, scratch); break;
    case ChartType::kPP: LaneyLines(true, part, options, scratch); break;
    case ChartType::kU: ULines(part, options, scratch); break;
    case ChartType::kUP: LaneyLines(false, part, options, scratch); break;
    case ChartType::kC: CLines(part, options, scratch); break;
    case ChartType::kG: GLines(part, options, scratch); break;
    case ChartType::kXmR: break;  // stats/xmr.h
  }
}

}  // namespace stegvis::stats
