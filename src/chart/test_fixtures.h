#pragma once
// Hand-built analyses for the renderer's tests and golden files. They do not come from
// stats::Analyze on purpose: the golden SVGs must change only when the renderer changes.
// The lines follow the textbook formulas closely enough to look real; they are not an oracle.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "stats/analysis.h"

namespace stegvis::chart::testing {

// Deterministic noise in [-1, 1] from an integer LCG (no libm, so every machine agrees).
inline std::vector<double> Noise(int n, std::uint32_t seed) {
  std::vector<double> out;
  std::uint32_t state = seed;
  for (int i = 0; i < n; ++i) {
    double sum = 0;
    for (int k = 0; k < 4; ++k) {
      state = state * 1664525u + 1013904223u;
      sum += static_cast<double>(state >> 8) / static_cast<double>(1u << 24);
    }
    out.push_back((sum - 2) / 2);  // roughly bell-shaped
  }
  return out;
}

// "2024-01-01", "2024-02-01", ... for n months from year-month.
inline std::vector<std::string> Months(int n, int year = 2024, int month = 1) {
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i) {
    int m = month - 1 + i;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-01", year + m / 12, m % 12 + 1);
    out.emplace_back(buf);
  }
  return out;
}

inline stats::Analysis Points(stats::ChartType chart, const std::vector<double>& y,
                              const std::vector<std::string>& labels,
                              const std::vector<int>& part_at = {}) {
  stats::Analysis a;
  a.chart = chart;
  int part = 1;
  for (size_t i = 0; i < y.size(); ++i) {
    if (std::find(part_at.begin(), part_at.end(), static_cast<int>(i)) != part_at.end()) ++part;
    stats::Point p;
    p.x = static_cast<double>(i);
    p.label = labels[i];
    p.y = y[i];
    p.part = part;
    a.points.push_back(p);
  }
  for (int k = 1; k <= part; ++k) {
    stats::Part pt;
    pt.part = k;
    pt.first = -1;
    for (size_t i = 0; i < a.points.size(); ++i) {
      if (a.points[i].part != k) continue;
      if (pt.first < 0) pt.first = static_cast<int>(i);
      pt.last = static_cast<int>(i);
    }
    a.parts.push_back(pt);
  }
  return a;
}

// Sets the centre line (median for run charts, else mean) and I-chart limits per part.
inline void IndividualLines(stats::Analysis& a) {
  std::vector<stats::Point> points = a.points.ToPoints();
  for (stats::Part& part : a.parts) {
    std::vector<double> v;
    double amr = 0;
    int mrs = 0;
    for (int i = part.first; i <= part.last; ++i) {
      const stats::Point& p = points[i];
      if (!std::isfinite(p.y) || !p.include) continue;
      v.push_back(p.y);
      if (v.size() > 1) amr += std::fabs(v[v.size() - 1] - v[v.size() - 2]), ++mrs;
    }
    std::sort(v.begin(), v.end());
    double mean = 0;
    for (double x : v) mean += x;
    mean /= v.size();
    const double median =
        v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    const double sigma = amr / mrs / 1.128;
    for (int i = part.first; i <= part.last; ++i) {
      stats::Point& p = points[i];
      if (a.chart == stats::ChartType::kRun) {
        p.cl = median;
        continue;
      }
      p.cl = mean;
      p.lcl = mean - 3 * sigma, p.ucl = mean + 3 * sigma;
      p.lcl_95 = mean - 2 * sigma, p.ucl_95 = mean + 2 * sigma;
    }
  }
  a.points = stats::PointColumns(points);
}

// Sigma signals, point types from the direction, and a simple Anhøj runs analysis.
inline void Signals(stats::Analysis& a, stats::Direction direction) {
  std::vector<stats::Point> points = a.points.ToPoints();
  for (stats::Point& p : points) {
    if (!std::isfinite(p.y)) continue;
    const bool high = p.y > p.ucl, low = p.y < p.lcl;
    if (high || low) {
      p.sigma_signal = true;
      p.rules.Set(stats::Rule::kSigma);
      p.point_type = direction == stats::Direction::kNeutral
                         ? (high ? stats::PointType::kNeutralHigh : stats::PointType::kNeutralLow)
                     : (high == (direction == stats::Direction::kUp))
                         ? stats::PointType::kImprovement
                         : stats::PointType::kConcern;
    }
  }
  for (stats::Part& part : a.parts) {
    int side = 0, run = 0, longest = 0, crossings = 0, useful = 0, obs = 0;
    for (int i = part.first; i <= part.last; ++i) {
      const stats::Point& p = points[i];
      if (!p.include) continue;
      ++obs;
      if (!std::isfinite(p.y) || p.y == p.cl) continue;
      ++useful;
      const int s = p.y > p.cl ? 1 : -1;
      if (s == side) {
        ++run;
      } else {
        if (side != 0) ++crossings;
        side = s, run = 1;
      }
      longest = std::max(longest, run);
    }
    part.n_obs = obs;
    part.n_useful = useful;
    part.longest_run = longest;
    part.longest_run_max = static_cast<int>(std::lround(std::log2(useful))) + 3;
    part.crossings = crossings;
    part.crossings_min =
        static_cast<int>(std::floor((useful - 1) / 2.0 - 1.645 * std::sqrt(useful - 1) / 2));
    part.runs_signal = longest > part.longest_run_max || crossings < part.crossings_min;
    if (!part.runs_signal) continue;
    for (int i = part.first; i <= part.last; ++i) {
      stats::Point& p = points[i];
      p.runs_signal = true;
      if (longest > part.longest_run_max) p.rules.Set(stats::Rule::kAnhoejLongestRun);
      if (crossings < part.crossings_min) p.rules.Set(stats::Rule::kAnhoejCrossings);
    }
  }
  a.points = stats::PointColumns(points);
}

// A run chart of 24 months with a shift after month 14 (long run: runs signal).
inline stats::Analysis RunChart() {
  auto noise = Noise(24, 7);
  std::vector<double> y;
  for (int i = 0; i < 24; ++i)
    y.push_back(std::round((62 + 6 * noise[i] + (i >= 14 ? 9 : 0)) * 10) / 10);
  stats::Analysis a = Points(stats::ChartType::kRun, y, Months(24));
  IndividualLines(a);
  Signals(a, stats::Direction::kUp);
  return a;
}

// An I chart of 30 weeks in two phases (new part after point 15), one point above the upper
// limit in phase 1, one excluded point, a missing week, and a target.
inline stats::Analysis IChartPhases() {
  auto noise = Noise(30, 11);
  std::vector<double> y;
  std::vector<std::string> labels;
  for (int i = 0; i < 30; ++i) {
    y.push_back(std::round((14 + 2 * noise[i] - (i >= 15 ? 4 : 0)) * 100) / 100);
    labels.push_back("2025-W" + std::to_string(i + 1));
  }
  y[6] = 22.4;  // an outlier
  y[20] = stats::kMissing;
  stats::Analysis a = Points(stats::ChartType::kI, y, labels, {15});
  std::vector<stats::Point> points = a.points.ToPoints();
  points[3].include = false;
  a.points = stats::PointColumns(points);
  IndividualLines(a);
  Signals(a, stats::Direction::kDown);
  points = a.points.ToPoints();
  for (auto& p : points) p.target = 9;
  a.points = stats::PointColumns(points);
  return a;
}

// A P chart (percent) of 20 months with denominators from 40 to 400: limits vary per point.
inline stats::Analysis PChart() {
  auto noise = Noise(20, 3);
  std::vector<double> y, n;
  double sum_y = 0, sum_n = 0;
  for (int i = 0; i < 20; ++i) {
    n.push_back(40 + (i * 37) % 360);
    y.push_back(std::round(n.back() * (0.18 + 0.05 * noise[i])));
    sum_y += y.back();
    sum_n += n.back();
  }
  y[12] = std::round(n[12] * 0.33);  // above the limit
  sum_y += y[12] - std::round(n[12] * (0.18 + 0.05 * noise[12]));
  std::vector<double> pct;
  for (int i = 0; i < 20; ++i) pct.push_back(100 * y[i] / n[i]);
  stats::Analysis a = Points(stats::ChartType::kP, pct, Months(20, 2023, 7));
  const double p = sum_y / sum_n;
  std::vector<stats::Point> points = a.points.ToPoints();
  for (int i = 0; i < 20; ++i) {
    stats::Point& pt = points[i];
    const double s = std::sqrt(p * (1 - p) / n[i]);
    pt.n = n[i];
    pt.cl = 100 * p;
    pt.lcl = 100 * std::max(0.0, p - 3 * s), pt.ucl = 100 * std::min(1.0, p + 3 * s);
    pt.lcl_95 = 100 * std::max(0.0, p - 2 * s), pt.ucl_95 = 100 * std::min(1.0, p + 2 * s);
  }
  a.points = stats::PointColumns(points);
  Signals(a, stats::Direction::kDown);
  return a;
}

// An XmR chart with MDC point types: a run of 7 above the mean (improvement, direction up),
// one point below the lower process limit (concern), a target.
inline stats::Analysis XmrChart() {
  auto noise = Noise(24, 5);
  std::vector<double> y;
  for (int i = 0; i < 24; ++i) y.push_back(std::round((50 + 4 * noise[i]) * 10) / 10);
  for (int i = 14; i < 21; ++i) y[i] = 54 + (i % 3);
  y[8] = 36.5;
  stats::Analysis a = Points(stats::ChartType::kXmR, y, Months(24, 2023, 1));
  IndividualLines(a);
  std::vector<stats::Point> points = a.points.ToPoints();
  for (auto& p : points) {
    p.mean = p.cl, p.lpl = p.lcl, p.upl = p.ucl;
    p.target = 55;
  }
  for (int i = 14; i < 21; ++i) {
    points[i].rules.Set(stats::Rule::kMdcRunOfSeven);
    points[i].point_type = stats::PointType::kImprovement;
  }
  points[8].rules.Set(stats::Rule::kMdcOutsideLimits);
  points[8].sigma_signal = true;
  points[8].point_type = stats::PointType::kConcern;
  a.points = stats::PointColumns(points);
  return a;
}

// Women and men over 20 months (women improve from month 12) and their difference.
struct Groups {
  stats::Analysis women, men, gap;
};
inline Groups WomenMen() {
  auto nw = Noise(20, 21), nm = Noise(20, 22);
  std::vector<double> w, m, d;
  for (int i = 0; i < 20; ++i) {
    w.push_back(std::round((30 + 3 * nw[i] + (i >= 12 ? 7 : 0)) * 10) / 10);
    m.push_back(std::round((38 + 3 * nm[i]) * 10) / 10);
    d.push_back(std::round((w.back() - m.back()) * 10) / 10);
  }
  Groups g{Points(stats::ChartType::kI, w, Months(20)), Points(stats::ChartType::kI, m, Months(20)),
           Points(stats::ChartType::kI, d, Months(20))};
  for (auto* a : {&g.women, &g.men, &g.gap}) {
    IndividualLines(*a);
    Signals(*a, stats::Direction::kUp);
  }
  return g;
}

}  // namespace stegvis::chart::testing
