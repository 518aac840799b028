// IHI run-chart rules. See ihi_rules.h and docs/signals-and-verdicts.md.
#include "stats/ihi_rules.h"

#include <cmath>
#include <utility>
#include <vector>

#include "stats/mdc_rules.h"
#include "stats/rule_sets.h"

namespace stegvis::stats {
namespace {

double LogChoose(int a, int b) {
  return std::lgamma(a + 1.0) - std::lgamma(b + 1.0) - std::lgamma(a - b + 1.0);
}

// P(R = r) for the number of runs R in a random arrangement of n1 and n2 points
// (Swed & Eisenhart 1943).
double RunsPmf(int r, int n1, int n2) {
  auto ways = [](int a, int b) { return b < 0 || b > a ? -INFINITY : LogChoose(a, b); };
  const double total = LogChoose(n1 + n2, n1);
  if (r % 2 == 0) {
    const int k = r / 2;
    return 2 * std::exp(ways(n1 - 1, k - 1) + ways(n2 - 1, k - 1) - total);
  }
  const int k = (r - 1) / 2;
  return std::exp(ways(n1 - 1, k) + ways(n2 - 1, k - 1) - total) +
         std::exp(ways(n1 - 1, k - 1) + ways(n2 - 1, k) - total);
}

}  // namespace

RunsLimits IhiRunsLimits(int n) {
  constexpr double kTail = 0.025;  // in each tail: about 5 % false signals in all
  if (n < kIhiRunsMinPoints) return {};
  const int n1 = n / 2, n2 = n - n1;
  RunsLimits limits;
  if (n <= 100) {
    double cdf = 0;
    for (int r = 2; r <= n; ++r) {
      cdf += RunsPmf(r, n1, n2);
      if (cdf > kTail) {
        limits.min_runs = r;  // P(R < r) <= 2.5 %
        break;
      }
    }
    double tail = 0;
    for (int r = n; r >= 2; --r) {
      tail += RunsPmf(r, n1, n2);
      if (tail > kTail) {
        limits.max_runs = r;  // P(R > r) <= 2.5 %
        break;
      }
    }
    return limits;
  }
  // Normal approximation with continuity correction (Swed & Eisenhart 1943, eq. for large n).
  const double m = 2.0 * n1 * n2;
  const double mu = m / n + 1;
  const double sd = std::sqrt(m * (m - n) / (double(n) * n * (n - 1)));
  limits.min_runs = static_cast<int>(std::floor(mu - 1.96 * sd + 0.5));
  limits.max_runs = static_cast<int>(std::ceil(mu + 1.96 * sd - 0.5));
  return limits;
}

void ApplyIhiRules(Analysis& analysis, Direction direction) {
  PointColumns& pts = analysis.points;
  pts.ClearRules();

  for (Part& part : analysis.parts) {
    const int first = part.first, last = part.last;
    auto usable = [&](int i) { return pts.include(i) && !std::isnan(pts.y(i)); };
    auto side = [&](int i) {
      const double d = pts.y(i) - pts.cl(i);
      return (d > 0) - (d < 0);
    };

    // Shift: runs of one side among the points off the centre line.
    std::vector<int> run;  // indices of the current run
    int run_side = 0, runs = 0, useful = 0;
    auto close_run = [&] {
      if (static_cast<int>(run.size()) >= kIhiShiftLength)
        for (int i : run) pts.AddRule(i, Rule::kIhiShift);
      run.clear();
    };
    for (int i = first; i <= last; ++i) {
      if (!usable(i) || std::isnan(pts.cl(i))) continue;
      const int s = side(i);
      if (s == 0) continue;  // on the line: neither adds to nor breaks a shift
      ++useful;
      if (s != run_side) {
        close_run();
        run_side = s;
        ++runs;
      }
      run.push_back(i);
    }
    close_run();

    // Trend: like values (equal consecutive points) count once, then maximal monotone
    // sequences of at least kIhiTrendLength values. A turning point ends one trend and
    // starts the next; it takes the later trend's direction.
    std::vector<std::pair<int, int>> ties;  // first and last point of each group of like values
    for (int i = first; i <= last; ++i) {
      if (!usable(i)) continue;
      if (!ties.empty() && pts.y(i) == pts.y(ties.back().second))
        ties.back().second = i;
      else
        ties.emplace_back(i, i);
    }
    std::vector<int> trend_sign(last - first + 1, 0);
    for (std::size_t j = 0; j + 1 < ties.size();) {
      const int dir = pts.y(ties[j + 1].first) > pts.y(ties[j].first) ? 1 : -1;
      std::size_t k = j + 1;
      while (k + 1 < ties.size() &&
             (pts.y(ties[k + 1].first) > pts.y(ties[k].first) ? 1 : -1) == dir)
        ++k;
      if (static_cast<int>(k - j + 1) >= kIhiTrendLength) {
        for (int i = ties[j].first; i <= ties[k].second; ++i) {
          if (!usable(i)) continue;
          pts.AddRule(i, Rule::kIhiTrend);
          trend_sign[i - first] = dir;
        }
      }
      j = k;
    }

    // Runs: too few or too many for the number of points off the line.
    const RunsLimits limits = IhiRunsLimits(useful);
    if (useful >= kIhiRunsMinPoints) {
      const Rule rule = runs < limits.min_runs   ? Rule::kIhiTooFewRuns
                        : runs > limits.max_runs ? Rule::kIhiTooManyRuns
                                                 : Rule::kSigma;
      if (rule != Rule::kSigma)
        for (int i = first; i <= last; ++i) pts.AddRule(i, rule);
    }

    // Astronomical: outside the limits; on a run chart, outside I-chart limits of the part.
    double mean = 0, amr = 0;
    int n = 0, n_mr = 0, last_i = -1;
    for (int i = first; i <= last; ++i) {
      if (!usable(i)) continue;
      mean += pts.y(i);
      ++n;
      if (last_i >= 0) {
        amr += std::fabs(pts.y(i) - pts.y(last_i));
        ++n_mr;
      }
      last_i = i;
    }
    mean = n ? mean / n : NAN;
    amr = n_mr ? amr / n_mr : NAN;
    for (int i = first; i <= last; ++i) {
      const double y = pts.y(i), lcl = pts.lcl(i), ucl = pts.ucl(i);
      if (std::isnan(y)) continue;
      const bool has_limits = !std::isnan(lcl) || !std::isnan(ucl);
      const double lo = has_limits ? lcl : mean - 2.66 * amr;
      const double hi = has_limits ? ucl : mean + 2.66 * amr;
      if (y > hi || y < lo) pts.AddRule(i, Rule::kIhiAstronomical);
    }

    part.runs_signal = false;
    for (int i = first; i <= last; ++i) {
      const RuleMask rules = pts.rules(i);
      const bool runs = rules.Has(Rule::kIhiShift) || rules.Has(Rule::kIhiTrend) ||
                        rules.Has(Rule::kIhiTooFewRuns) || rules.Has(Rule::kIhiTooManyRuns);
      pts.set_runs_signal(i, runs);
      part.runs_signal = part.runs_signal || runs;
      int sign = 0;
      if (rules.Has(Rule::kIhiAstronomical)) {
        sign = side(i);
      } else if (rules.Has(Rule::kIhiTrend)) {
        sign = trend_sign[i - first];
      } else if (rules.Has(Rule::kIhiShift) || rules.Has(Rule::kIhiTooFewRuns) ||
                 rules.Has(Rule::kIhiTooManyRuns)) {
        sign = std::isnan(pts.y(i)) ? 0 : side(i);
      }
      pts.set_point_type(i, MdcPointType(sign, direction));
    }
  }
}

}  // namespace stegvis::stats
