// The verdict history against its reference: the readings ComputeVerdictHistory takes in one
// pass must be exactly those of running the measure's whole analysis (AnalyzeMeasure) again
// on every prefix of the series, as the history was first computed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <optional>
#include <random>
#include <set>

#include "domain/demo_improvement.h"
#include "domain/measure_analysis.h"
#include "domain/verdict_history.h"

namespace stegvis::domain {
namespace {

// The reference: for each period, AnalyzeMeasure of the observations up to it with the phases
// started by then (the former implementation, quadratic; kept here only to check against).
core::Result<VerdictHistory> RerunHistory(const Measure& measure,
                                          const std::vector<Observation>& observations,
                                          const std::vector<std::string>& phase_starts,
                                          int min_periods = kMinPeriodsForVerdict,
                                          int window = kVerdictHistoryWindow) {
  VerdictHistory out;
  out.min_periods = min_periods;
  if (measure.grouping == Grouping::kNone) return out;
  const std::vector<std::string> groups = GroupsOf(measure.grouping);
  std::set<std::string> in_a, in_b, periods;
  for (const Observation& o : observations) {
    if (o.value.empty()) continue;
    if (o.group == groups[0]) in_a.insert(o.period);
    if (o.group == groups[1]) in_b.insert(o.period);
    if (o.group == groups[0] || o.group == groups[1]) periods.insert(o.period);
  }
  std::string first_period;
  if (periods.size() > static_cast<std::size_t>(window)) {
    first_period =
        *std::next(periods.begin(), static_cast<std::ptrdiff_t>(periods.size()) - window);
    periods.erase(periods.begin(), periods.find(first_period));
  }
  int common = 0;
  std::vector<Observation> upto;
  std::size_t next = 0;
  std::vector<Observation> sorted = observations;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Observation& x, const Observation& y) { return x.period < y.period; });
  while (next < sorted.size() && sorted[next].period < first_period) ++next;
  for (const std::string& period : periods) {
    if (in_a.count(period) && in_b.count(period)) ++common;
    while (next < sorted.size() && sorted[next].period <= period) upto.push_back(sorted[next++]);
    if (common < min_periods) continue;
    std::vector<std::string> started;
    for (const std::string& s : phase_starts) {
      if (s <= period) started.push_back(s);
    }
    ++out.analysis_runs;
    auto analysis = AnalyzeMeasure(measure, upto, started);
    if (!analysis) return core::Fail(analysis.error());
    if (!analysis->groups) continue;
    VerdictReading r;
    r.period = period;
    r.common_periods = common;
    r.verdict_a = analysis->groups->verdict_a.verdict;
    r.verdict_b = analysis->groups->verdict_b.verdict;
    r.gap = analysis->groups->gap_verdict;
    if (out.spans.empty() || out.spans.back().gap != r.gap) {
      out.spans.push_back(VerdictSpan{period, period, r.gap, 0});
    }
    out.spans.back().to = period;
    ++out.spans.back().readings;
    out.readings.push_back(std::move(r));
  }
  return out;
}

// Every reading and span of `got` equals `want`'s; `what` names the case in failures.
void ExpectSame(const VerdictHistory& want, const VerdictHistory& got, const std::string& what) {
  EXPECT_TRUE(got.complete) << what;
  EXPECT_EQ(got.min_periods, want.min_periods) << what;
  ASSERT_EQ(got.readings.size(), want.readings.size()) << what;
  for (std::size_t i = 0; i < want.readings.size(); ++i) {
    const VerdictReading& w = want.readings[i];
    const VerdictReading& g = got.readings[i];
    EXPECT_EQ(g.period, w.period) << what;
    EXPECT_EQ(g.common_periods, w.common_periods) << what << " " << w.period;
    EXPECT_EQ(g.verdict_a, w.verdict_a) << what << " " << w.period;
    EXPECT_EQ(g.verdict_b, w.verdict_b) << what << " " << w.period;
    EXPECT_EQ(g.gap, w.gap) << what << " " << w.period;
  }
  ASSERT_EQ(got.spans.size(), want.spans.size()) << what;
  for (std::size_t i = 0; i < want.spans.size(); ++i) {
    EXPECT_EQ(got.spans[i].from, want.spans[i].from) << what;
    EXPECT_EQ(got.spans[i].to, want.spans[i].to) << what;
    EXPECT_EQ(got.spans[i].gap, want.spans[i].gap) << what;
    EXPECT_EQ(got.spans[i].readings, want.spans[i].readings) << what;
  }
}

// Checks one case: both succeed and agree, or both fail.
void Check(const Measure& m, const std::vector<Observation>& cells,
           const std::vector<std::string>& phase_starts, const std::string& what,
           int min_periods = kMinPeriodsForVerdict, int window = kVerdictHistoryWindow) {
  auto want = RerunHistory(m, cells, phase_starts, min_periods, window);
  auto got = ComputeVerdictHistory(m, cells, phase_starts, min_periods, window);
  ASSERT_EQ(got.has_value(), want.has_value()) << what;
  if (want) ExpectSame(*want, *got, what);
}

std::string Month(int i) {
  char period[16];
  std::snprintf(period, sizeof period, "%04d-%02d", 2000 + i / 12, i % 12 + 1);
  return period;
}

std::string Number(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", v);
  return text;
}

Measure MeasureOf(stats::DataType type, Better direction, const std::string& chart = "") {
  Measure m;
  m.data_type = type;
  m.grouping = Grouping::kWomenMen;
  m.direction = direction;
  m.chart_override = chart;
  return m;
}

// n months of women (`a(i)`) and men (`b(i)`); a NaN leaves the cell out.
template <typename A, typename B>
std::vector<Observation> Months(int n, A a, B b, const std::string& denominator = "") {
  std::vector<Observation> out;
  for (int i = 0; i < n; ++i) {
    for (const auto& [group, v] : {std::pair{"women", a(i)}, std::pair{"men", b(i)}}) {
      if (std::isnan(v)) continue;
      Observation o;
      o.period = Month(i);
      o.group = group;
      o.value = denominator.empty() ? Number(v) : std::to_string(static_cast<int>(v));
      o.denominator = denominator;
      out.push_back(o);
    }
  }
  return out;
}

double Noise(int i, int salt) {
  return ((i * 37 + salt * 11) % 13) / 4.0;
}

TEST(VerdictHistoryReference, TheHandWorkedAndDemoCasesReadAsTheRerun) {
  Measure m = MeasureOf(stats::DataType::kProportion, Better::kUp);
  for (std::size_t k = 0; k < 3; ++k) {
    const auto cells = DemoImprovementObservations(1)[0][k];
    Check(m, cells, {}, "demo measure " + std::to_string(k));
    Check(m, cells, {"2025-09"}, "demo measure with a phase " + std::to_string(k));
    Check(m, cells, {}, "demo measure from 8 " + std::to_string(k), 8);
  }
}

TEST(VerdictHistoryReference, ConstructedSeriesReadAsTheRerun) {
  const auto flat = [](int i) { return 50 + Noise(i, 1); };
  const struct {
    const char* name;
    std::function<double(int)> a;
  } shapes[] = {
      {"steady rise", [](int i) { return 40 + i * 0.8 + Noise(i, 2); }},
      {"steady fall", [](int i) { return 90 - i * 0.8 + Noise(i, 3); }},
      {"step up", [](int i) { return (i < 20 ? 45 : 60) + Noise(i, 4); }},
      {"step down", [](int i) { return (i < 20 ? 60 : 45) + Noise(i, 5); }},
      {"outlier", [](int i) { return i == 25 ? 95 : 50 + Noise(i, 6); }},
      {"stable noise", [](int i) { return 50 + Noise(i, 7); }},
      {"missing periods", [](int i) { return i % 7 == 3 ? std::nan("") : 55 + Noise(i, 8); }},
  };
  for (const auto& shape : shapes) {
    for (Better direction : {Better::kUp, Better::kDown}) {
      const std::string what =
          std::string(shape.name) + (direction == Better::kUp ? " up" : " down");
      // Continuous values, on the recommended chart and on each chart a team may choose.
      for (const char* chart : {"", "run", "i", "xmr"}) {
        Measure m = MeasureOf(stats::DataType::kContinuous, direction, chart);
        Check(m, Months(48, shape.a, flat), {}, what + " chart " + chart);
        Check(m, Months(48, shape.a, flat), {"2001-09"}, what + " phase mid-series " + chart);
        Check(m, Months(48, shape.a, flat), {"2001-01", "2002-06"}, what + " two phases " + chart);
      }
      // Proportions: numerators of 100, women's shape and men's flat share.
      for (const char* chart : {"", "run", "p", "pp"}) {
        Measure m = MeasureOf(stats::DataType::kProportion, direction, chart);
        Check(m, Months(48, shape.a, flat, "100"), {}, what + " proportion " + chart);
        Check(m, Months(48, shape.a, flat, "100"), {"2002-01"}, what + " proportion phase");
      }
      // Men missing in some periods: the gap has holes, women's chart has none.
      Measure m = MeasureOf(stats::DataType::kContinuous, direction);
      Check(m, Months(48, flat, shape.a), {}, what + " (men)");
      // Over the latest 30 periods only, as a series longer than the window is read.
      Check(m, Months(48, shape.a, flat), {"2001-09"}, what + " window 30", 10, 30);
    }
  }
}

// The team's own rules and a frozen baseline: the history reads them as the rerun does, also
// while the series is still shorter than the baseline (every point sets the lines until then)
// and once a phase has started (the phases set the lines).
TEST(VerdictHistoryReference, EveryRuleSetAndAFrozenBaselineReadAsTheRerun) {
  const auto flat = [](int i) { return 50 + Noise(i, 1); };
  const auto step = [](int i) { return (i < 20 ? 45 : 60) + Noise(i, 4); };
  const auto rise = [](int i) { return 40 + i * 0.8 + Noise(i, 2); };
  for (stats::RuleSet rules : {stats::RuleSet::kAnhoej, stats::RuleSet::kIhi, stats::RuleSet::kMdc,
                               stats::RuleSet::kWesternElectric}) {
    for (std::optional<int> baseline :
         {std::optional<int>{}, std::optional<int>{12}, std::optional<int>{20}}) {
      const std::string what = std::string(stats::RuleSetName(rules)) + " baseline " +
                               (baseline ? std::to_string(*baseline) : "none");
      for (const char* chart : {"", "run", "i", "xmr"}) {
        Measure m = MeasureOf(stats::DataType::kContinuous, Better::kUp, chart);
        m.rule_set = rules;
        m.baseline_points = baseline;
        Check(m, Months(40, step, flat), {}, what + " step chart " + chart);
        Check(m, Months(40, rise, flat), {}, what + " rise chart " + chart);
        Check(m, Months(40, step, flat), {"2001-09"}, what + " phase chart " + chart);
      }
      Measure p = MeasureOf(stats::DataType::kProportion, Better::kDown);
      p.rule_set = rules;
      p.baseline_points = baseline;
      Check(p, Months(40, step, flat, "100"), {}, what + " proportion");
    }
  }
}

// A random series of `n` periods: a level with noise, shifts, a trend and outliers, cells
// missing for one group now and then, a total now and then, phases and a chart override.
struct RandomCase {
  Measure measure;
  std::vector<Observation> cells;
  std::vector<std::string> phase_starts;
};

RandomCase MakeRandomCase(std::mt19937& rng, int n) {
  std::uniform_real_distribution<double> u(0, 1);
  const stats::DataType types[] = {stats::DataType::kCount, stats::DataType::kProportion,
                                   stats::DataType::kRate, stats::DataType::kContinuous,
                                   stats::DataType::kDaysBetween};
  const stats::DataType type = types[rng() % 5];
  std::vector<std::string> charts = {"", "", "", "run", "i", "xmr"};
  if (type == stats::DataType::kProportion) charts.insert(charts.end(), {"p", "pp"});
  if (type == stats::DataType::kRate) charts.insert(charts.end(), {"u", "up"});
  if (type == stats::DataType::kCount) charts.push_back("c");
  RandomCase c;
  c.measure =
      MeasureOf(type, rng() % 2 ? Better::kUp : Better::kDown, charts[rng() % charts.size()]);
  if (rng() % 4 == 0) c.measure.target = "12";
  const bool den = HasDenominator(type);
  const double level = 5 + u(rng) * 40;
  const double gap = (u(rng) - 0.5) * 10;
  const int shift_at = static_cast<int>(rng() % n);
  const double shift = (u(rng) - 0.5) * 20;
  const double trend = rng() % 3 == 0 ? (u(rng) - 0.5) * 0.1 : 0;
  const double missing = rng() % 3 == 0 ? 0.1 : 0;
  const bool total = rng() % 3 == 0;
  for (int i = 0; i < n; ++i) {
    for (int g = 0; g < (total ? 3 : 2); ++g) {
      if (g < 2 && u(rng) < missing && (g == 1 || rng() % 4 == 0)) continue;
      double v = level + (g == 0 ? gap : 0) + (i >= shift_at && g == 0 ? shift : 0) + trend * i +
                 (u(rng) - 0.5) * 8 + (u(rng) < 0.02 ? 30 : 0);
      if (g == 2) v *= 2;
      Observation o;
      o.period = Month(i);
      o.group = g == 0 ? "women" : g == 1 ? "men" : "total";
      const double denominator = std::floor((den ? 60 : 1) + u(rng) * 40) * (g == 2 ? 2 : 1);
      if (type == stats::DataType::kContinuous) {
        o.value = Number(v - 20);  // negative values too
      } else if (type == stats::DataType::kDaysBetween) {
        o.value = Number(std::max(0.5, v));
      } else {
        o.value = std::to_string(static_cast<int>(std::clamp(v, 0.0, denominator)));
      }
      if (den) o.denominator = std::to_string(static_cast<int>(denominator));
      c.cells.push_back(o);
    }
  }
  for (int k = static_cast<int>(rng() % 3); k > 0; --k) c.phase_starts.push_back(Month(rng() % n));
  std::sort(c.phase_starts.begin(), c.phase_starts.end());
  c.phase_starts.erase(std::unique(c.phase_starts.begin(), c.phase_starts.end()),
                       c.phase_starts.end());
  return c;
}

// Release builds check 3 000 series; a Debug build (the sanitizer build, many times slower)
// checks the first 300 of the same sequence.
#ifdef NDEBUG
constexpr int kRandomCases = 3000;
#else
constexpr int kRandomCases = 300;
#endif

TEST(VerdictHistoryReference, SeededRandomSeriesReadAsTheRerun) {
  std::mt19937 rng(20261205);
  int seen[5] = {};
  // Lengths 10–600; most short (the reference costs the square of the length), one in 40 long.
  for (int k = 0; k < kRandomCases; ++k) {
    const int n =
        k % 40 == 0 ? 10 + static_cast<int>(rng() % 591) : 10 + static_cast<int>(rng() % 71);
    const RandomCase c = MakeRandomCase(rng, n);
    const std::string what = "case " + std::to_string(k) + " (" + std::to_string(n) + " periods, " +
                             std::string(stats::DataTypeName(c.measure.data_type)) + ", chart '" +
                             c.measure.chart_override + "')";
    Check(c.measure, c.cells, c.phase_starts, what);
    if (::testing::Test::HasFailure()) return;  // one case's failures say enough
    auto h = ComputeVerdictHistory(c.measure, c.cells, c.phase_starts);
    for (const VerdictReading& r : h->readings) ++seen[static_cast<int>(r.gap)];
  }
  // The cases reach every gap verdict, so the equality above is not of trivial readings.
  for (int v = 0; v < 5; ++v) EXPECT_GT(seen[v], 0) << v;
}

}  // namespace
}  // namespace stegvis::domain
