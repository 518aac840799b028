// Speed of the statistics engine, in ns per point, for docs/performance.md. The baseline is
// qicharts2 0.8.1 on the same machine kind (tests/reference/data/spc/timings.txt).
//
// Inputs are generated once per size (outside the timing) from a fixed-seed generator, like
// the reference timings (y ~ N(0, 1), x = 1..N).

#include <cmath>
#include <cstdint>
#include <map>
#include <random>
#include <vector>

#include <benchmark/benchmark.h>

#include "stats/analysis.h"
#include "stats/gap.h"

namespace {

using stegvis::stats::Row;

const std::vector<Row>& NormalRows(int64_t n) {
  static std::map<int64_t, std::vector<Row>> cache;
  auto& rows = cache[n];
  if (rows.empty()) {
    std::mt19937_64 rng(20240101 + n);
    std::normal_distribution<double> normal(0, 1);
    rows.resize(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) {
      rows[i].x = static_cast<double>(i + 1);
      rows[i].y = normal(rng);
    }
  }
  return rows;
}

// The same values as NormalRows, column-wise.
const stegvis::stats::Series& NormalSeries(int64_t n) {
  static std::map<int64_t, stegvis::stats::Series> cache;
  auto& series = cache[n];
  if (series.x.empty()) series = stegvis::stats::ToSeries(NormalRows(n));
  return series;
}

const std::vector<Row>& BinomialRows(int64_t n) {
  static std::map<int64_t, std::vector<Row>> cache;
  auto& rows = cache[n];
  if (rows.empty()) {
    std::mt19937_64 rng(4242 + n);
    std::uniform_int_distribution<int> size(50, 500);
    rows.resize(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) {
      const int denominator = size(rng);
      std::binomial_distribution<int> events(denominator, 0.15);
      rows[i].x = static_cast<double>(i + 1);
      rows[i].y = events(rng);
      rows[i].n = denominator;
    }
  }
  return rows;
}

void ReportPerPoint(benchmark::State& state, int64_t points_per_iteration) {
  state.SetItemsProcessed(state.iterations() * points_per_iteration);
  state.counters["points"] = static_cast<double>(points_per_iteration);
  // Seconds per point, printed by Google Benchmark with an SI prefix ("25n" = 25 ns).
  state.counters["per_point"] = benchmark::Counter(
      static_cast<double>(points_per_iteration),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void BM_IChartAnhoej(benchmark::State& state) {
  const auto& rows = NormalRows(state.range(0));
  stegvis::stats::ChartOptions options;
  options.chart = stegvis::stats::ChartType::kI;
  options.rules = stegvis::stats::RuleSet::kAnhoej;
  for (auto _ : state) {
    auto analysis = stegvis::stats::Analyze(rows, options);
    if (!analysis) state.SkipWithError(analysis.error().message.c_str());
    benchmark::DoNotOptimize(analysis);
  }
  ReportPerPoint(state, state.range(0));
}
BENCHMARK(BM_IChartAnhoej)
    ->Arg(1'000)
    ->Arg(100'000)
    ->Arg(10'000'000)
    ->Unit(benchmark::kMillisecond);

// The same analysis from rows given column-wise (stats::Series), as `stegvis chart` reads them.
void BM_IChartAnhoejSeries(benchmark::State& state) {
  const auto& series = NormalSeries(state.range(0));
  stegvis::stats::ChartOptions options;
  options.chart = stegvis::stats::ChartType::kI;
  options.rules = stegvis::stats::RuleSet::kAnhoej;
  for (auto _ : state) {
    auto analysis = stegvis::stats::Analyze(series, options);
    if (!analysis) state.SkipWithError(analysis.error().message.c_str());
    benchmark::DoNotOptimize(analysis);
  }
  ReportPerPoint(state, state.range(0));
}
BENCHMARK(BM_IChartAnhoejSeries)
    ->Arg(1'000)
    ->Arg(100'000)
    ->Arg(10'000'000)
    ->Unit(benchmark::kMillisecond);

void BM_PPrimeChart(benchmark::State& state) {
  const auto& rows = BinomialRows(state.range(0));
  stegvis::stats::ChartOptions options;
  options.chart = stegvis::stats::ChartType::kPP;
  for (auto _ : state) {
    auto analysis = stegvis::stats::Analyze(rows, options);
    if (!analysis) state.SkipWithError(analysis.error().message.c_str());
    benchmark::DoNotOptimize(analysis);
  }
  ReportPerPoint(state, state.range(0));
}
BENCHMARK(BM_PPrimeChart)->Arg(100'000)->Unit(benchmark::kMillisecond);

// An organisation-wide dashboard: 10 000 sex-disaggregated measures of 60 monthly periods,
// each analysed for women, men and the gap between them.
void BM_GapDashboard(benchmark::State& state) {
  const int measures = static_cast<int>(state.range(0));
  constexpr int kPeriods = 60;
  std::mt19937_64 rng(7);
  std::normal_distribution<double> normal(0, 1);
  std::vector<std::vector<Row>> women(measures), men(measures);
  for (int m = 0; m < measures; ++m) {
    for (int t = 0; t < kPeriods; ++t) {
      Row w, v;
      w.x = v.x = t + 1;
      w.y = 50 + 5 * normal(rng);
      v.y = 55 + 5 * normal(rng);
      women[m].push_back(w);
      men[m].push_back(v);
    }
  }
  stegvis::stats::ChartOptions options;
  options.chart = stegvis::stats::ChartType::kI;
  options.direction = stegvis::stats::Direction::kUp;
  for (auto _ : state) {
    for (int m = 0; m < measures; ++m) {
      auto gap = stegvis::stats::AnalyzeGap(women[m], men[m], options);
      if (!gap) {
        state.SkipWithError(gap.error().message.c_str());
        break;
      }
      benchmark::DoNotOptimize(gap);
    }
  }
  // Points = every group value analysed (2 groups × periods × measures).
  ReportPerPoint(state, static_cast<int64_t>(measures) * 2 * kPeriods);
}
BENCHMARK(BM_GapDashboard)->Arg(10'000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
