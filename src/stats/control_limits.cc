#include "stats/control_limits.h"

#include <algorithm>
#include <cmath>

#include "stats/descriptive.h"
#include "stats/laney.h"
#include "stats/moving_range.h"

namespace stegvis::stats {
namespace {

bool InBase(const PointColumns& pts, std::size_t i) {
  return pts.baseline(i) && pts.include(i);
}

// Copies `value(i)` of the baseline-and-included points of `part` into `out`.
template <typename Get>
std::span<double> BaseValues(const PartOf& part, Get value, std::vector<double>& out) {
  out.clear();
  for (std::size_t i = part.first; i < part.end; ++i) {
    if (InBase(part.points, i)) out.push_back(value(i));
  }
  return out;
}

// The plotted values of the part's baseline points.
std::span<double> BaseY(const PartOf& part, std::vector<double>& out) {
  return BaseValues(
      part, [&](std::size_t i) { return part.points.y(i); }, out);
}

// The five lines of the whole part.
void SetPartLines(const PartOf& part, double cl, double lcl, double ucl, double lcl_95,
                  double ucl_95) {
  PointColumns& p = part.points;
  p.SetPartLine(Line::kCl, part.index, cl);
  p.SetPartLine(Line::kLcl, part.index, lcl);
  p.SetPartLine(Line::kUcl, part.index, ucl);
  p.SetPartLine(Line::kLcl95, part.index, lcl_95);
  p.SetPartLine(Line::kUcl95, part.index, ucl_95);
}

// cl ± 3σ and cl ± 2σ, with the same cl and σ for every point.
void SetSigmaLines(const PartOf& part, double cl, double sigma) {
  SetPartLines(part, cl, cl - 3 * sigma, cl + 3 * sigma, cl - 2 * sigma, cl + 2 * sigma);
}

// The five lines of point i.
void SetPointLines(PointColumns& p, std::size_t i, double cl, double lcl, double ucl, double lcl_95,
                   double ucl_95) {
  p.SetPointLine(Line::kCl, i, cl);
  p.SetPointLine(Line::kLcl, i, lcl);
  p.SetPointLine(Line::kUcl, i, ucl);
  p.SetPointLine(Line::kLcl95, i, lcl_95);
  p.SetPointLine(Line::kUcl95, i, ucl_95);
}

double GivenOr(const LineOptions& options, double computed) {
  return options.cl ? *options.cl : computed;
}

// Clamps a finite limit into [low, high] (qicharts2 leaves non-finite ones for the caller).
double Clamp(double limit, double low, double high) {
  return std::isfinite(limit) ? std::clamp(limit, low, high) : limit;
}

// Clamps the four limits of the part into [low, high].
void ClampLimits(const PartOf& part, double low, double high) {
  for (Line line : {Line::kLcl, Line::kLcl95, Line::kUcl, Line::kUcl95}) {
    part.points.MapPartLine(line, part.index, [&](double v) { return Clamp(v, low, high); });
  }
}

void RunLines(const PartOf& part, const LineOptions& options, LineScratch& s) {
  const double cl = options.cl ? *options.cl : RMedian(BaseY(part, s.a));
  part.points.SetPartLine(Line::kCl, part.index, cl);
}

// Individuals chart: mean, σ = screened average moving range / d2 (Montgomery 6.33). Reads the
// baseline values in place (several passes over y, no copies: this is the long-series chart).
void ILines(const PartOf& part, const LineOptions& options) {
  const PointColumns& p = part.points;
  auto base_y = [&](auto f) {
    for (std::size_t i = part.first; i < part.end; ++i) {
      if (InBase(p, i)) f(p.y(i));
    }
  };
  const double cl = options.cl ? *options.cl : RMeanOf(base_y);
  // qicharts2 takes the moving ranges of (y - cl); kept for bit-for-bit agreement.
  const double amr = AverageMovingRangeOf([&](auto f) { base_y([&](double y) { f(y - cl); }); },
                                          options.screen_mr);
  SetSigmaLines(part, cl, amr / kD2);
}

// Moving-range chart: y becomes |y_i - y_{i-1}| within the part (never bridged), cl is the
// mean moving range and UCL = D4 × cl (Montgomery 6.4).
void MrLines(const PartOf& part, const LineOptions& options, LineScratch& s) {
  double previous = kMissing;
  for (std::size_t i = part.first; i < part.end; ++i) {
    const double y = part.points.y(i);
    part.points.set_y(i, std::fabs(y - previous));
    previous = y;
  }
  const double cl = GivenOr(options, RMean(BaseY(part, s.a)));
  SetPartLines(part, cl, 0, 3.267 * cl, 0, (3.267 / 3) * 2 * cl);
}

// Whether the subgroup sizes of the part differ (then sd is pooled, Montgomery 6.31).
bool VariableSizes(const PartOf& part) {
  for (std::size_t i = part.first; i < part.end; ++i) {
    if (part.points.y_length(i) != part.points.y_length(part.first)) return true;
  }
  return false;
}

// Pooled standard deviation sqrt(Σ(n_i - 1) s_i² / Σ(n_i - 1)) over the baseline; subgroups
// without an sd add nothing to the numerator but (n_i - 1) to the denominator, as in qicharts2.
double PooledSd(const PartOf& part) {
  long double numerator = 0, denominator = 0;
  for (std::size_t i = part.first; i < part.end; ++i) {
    if (!InBase(part.points, i)) continue;
    const double sd = part.points.y_sd(i);
    const double term = (part.points.y_length(i) - 1) * (sd * sd);
    if (!std::isnan(term)) numerator += term;
    denominator += part.points.y_length(i) - 1;
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

// The mean of the subgroup sds of the baseline, or their pooled sd when the sizes differ.
double SubgroupSd(const PartOf& part, LineScratch& s) {
  if (VariableSizes(part)) return PooledSd(part);
  return RMean(BaseValues(
      part, [&](std::size_t i) { return part.points.y_sd(i); }, s.a));
}

void XbarLines(const PartOf& part, const LineOptions& options, LineScratch& s) {
  PointColumns& p = part.points;
  double cl = 0;
  if (options.cl) {
    cl = *options.cl;
  } else {
    // Grand mean weighted by subgroup size (Montgomery 6.30).
    double weighted = RSum(BaseValues(
        part, [&](std::size_t i) { return p.y_length(i) * p.y_mean(i); }, s.a));
    double sizes = RSum(BaseValues(
        part, [&](std::size_t i) { return double(p.y_length(i)); }, s.a));
    cl = weighted / sizes;
  }
  const double sd = SubgroupSd(part, s);
  for (std::size_t i = part.first; i < part.end; ++i) {
    const double n = p.y_length(i);
    SetPointLines(p, i, cl, cl - A3(n, 3) * sd, cl + A3(n, 3) * sd, cl - A3(n, 2) * sd,
                  cl + A3(n, 2) * sd);
  }
}

void SLines(const PartOf& part, const LineOptions& options, LineScratch& s) {
  PointColumns& p = part.points;
  for (std::size_t i = part.first; i < part.end; ++i) p.set_y(i, p.y_sd(i));
  const double cl = options.cl ? *options.cl : SubgroupSd(part, s);
  for (std::size_t i = part.first; i < part.end; ++i) {
    const double n = p.y_length(i);
    SetPointLines(p, i, cl, B3(n, 3) * cl, B4(n, 3) * cl, B3(n, 2) * cl, B4(n, 2) * cl);
  }
}

// T chart (Provost & Murray 2011, ch. 7): an I chart of y^(1/3.6), back-transformed.
void TLines(const PartOf& part, const LineOptions& options) {
  PointColumns& p = part.points;
  for (std::size_t i = part.first; i < part.end; ++i) p.set_y(i, std::pow(p.y(i), 1 / 3.6));
  ILines(part, options);
  for (std::size_t i = part.first; i < part.end; ++i) p.set_y(i, std::pow(p.y(i), 3.6));
  for (Line line : {Line::kCl, Line::kUcl, Line::kUcl95, Line::kLcl, Line::kLcl95}) {
    p.MapPartLine(line, part.index, [](double v) { return std::pow(v, 3.6); });
  }
  // NaN for a negative transformed limit; the lower limit is then 0.
  p.MapPartLine(Line::kLcl, part.index, [](double v) { return v < 0 || std::isnan(v) ? 0.0 : v; });
}

// Pooled rate or proportion of the baseline: Σ y / Σ n.
double PooledRatio(const PartOf& part, LineScratch& s) {
  const PointColumns& p = part.points;
  const double events = RSum(BaseValues(
      part, [&](std::size_t i) { return p.y_sum(i); }, s.a));
  return events / RSum(BaseValues(
                      part, [&](std::size_t i) { return p.n(i); }, s.a));
}

// Lines cl ± k σ_i with σ_i = sigma(n_i), limits clamped into [low, high].
template <typename Sigma>
void VaryingLines(const PartOf& part, double cl, Sigma sigma_of, double low, double high) {
  PointColumns& p = part.points;
  for (std::size_t i = part.first; i < part.end; ++i) {
    const double sigma = sigma_of(p.n(i));
    SetPointLines(p, i, cl, Clamp(cl - 3 * sigma, low, high), Clamp(cl + 3 * sigma, low, high),
                  Clamp(cl - 2 * sigma, low, high), Clamp(cl + 2 * sigma, low, high));
  }
}

// P chart: σ_i = sqrt(p(1 - p)/n_i) (Montgomery 7.8), limits clamped to [0, 1].
void PLines(const PartOf& part, const LineOptions& options, LineScratch& s) {
  const double cl = GivenOr(options, PooledRatio(part, s));
  VaryingLines(
      part, cl, [&](double n) { return std::sqrt(cl * (1 - cl) / n); }, 0, 1);
}

// U chart: σ_i = sqrt(u/n_i) (Montgomery 7.19), lower limits clamped at 0.
void ULines(const PartOf& part, const LineOptions& options, LineScratch& s) {
  const double cl = GivenOr(options, PooledRatio(part, s));
  VaryingLines(
      part, cl, [&](double n) { return std::sqrt(cl / n); }, 0, INFINITY);
}

// C chart: y is the count, σ = sqrt(c) (Montgomery 7.17).
void CLines(const PartOf& part, const LineOptions& options, LineScratch& s) {
  for (std::size_t i = part.first; i < part.end; ++i) {
    part.points.set_y(i, part.points.y_sum(i));
  }
  const double cl = GivenOr(options, RMean(BaseY(part, s.a)));
  SetSigmaLines(part, cl, std::sqrt(cl));
  ClampLimits(part, 0, INFINITY);
}

// G chart (Provost & Murray 2011, ch. 7; Montgomery p. 319): limits from the mean m with
// σ = sqrt(m(m + 1)); the displayed centre line is the median (or 0.693 × a given cl, the
// geometric median).
void GLines(const PartOf& part, const LineOptions& options, LineScratch& s) {
  const double mean = GivenOr(options, RMean(BaseY(part, s.a)));
  SetSigmaLines(part, mean, std::sqrt(mean * (mean + 1)));
  const double cl = options.cl ? 0.693 * *options.cl : RMedian(BaseY(part, s.a));
  for (Line line : {Line::kLcl, Line::kLcl95}) {
    part.points.MapPartLine(line, part.index, [](double v) { return v < 0 ? 0.0 : v; });
  }
  part.points.SetPartLine(Line::kCl, part.index, cl);
}

}  // namespace

double C4(double n) {
  if (!(n > 1)) return kMissing;
  return std::sqrt(2 / (n - 1)) * std::exp(std::lgamma(n / 2) - std::lgamma((n - 1) / 2));
}

PartOf PartAt(PointColumns& points, std::size_t part) {
  return PartOf{points, part, points.PartFirsts()[part], points.PartEnd(part)};
}

void ComputeLines(ChartType chart, const PartOf& part, const LineOptions& options,
                  LineScratch& scratch) {
  switch (chart) {
    case ChartType::kRun: RunLines(part, options, scratch); break;
    case ChartType::kI: ILines(part, options); break;
    case ChartType::kMR: MrLines(part, options, scratch); break;
    case ChartType::kXbar: XbarLines(part, options, scratch); break;
    case ChartType::kS: SLines(part, options, scratch); break;
    case ChartType::kT: TLines(part, options); break;
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
