// Random series and options through Analyze: every chart either gives an analysis whose shape
// is consistent or an Error naming a field; never a crash (run under the sanitizers too).
#include <cmath>
#include <random>

#include <gtest/gtest.h>

#include "stats/analysis.h"

namespace stegvis::stats {
namespace {

TEST(AnalyzeRobustnessTest, RandomSeriesAndOptions) {
  std::mt19937 random(20261123);
  std::uniform_real_distribution<double> unit(0, 1);
  const ChartType charts[] = {ChartType::kRun, ChartType::kI,  ChartType::kMR, ChartType::kXbar,
                              ChartType::kS,   ChartType::kT,  ChartType::kP,  ChartType::kPP,
                              ChartType::kU,   ChartType::kUP, ChartType::kC,  ChartType::kG};
  for (int round = 0; round < 2000; ++round) {
    const int rows_count = 1 + static_cast<int>(unit(random) * 40);
    std::vector<Row> rows(rows_count);
    for (int i = 0; i < rows_count; ++i) {
      rows[i].x = std::floor(unit(random) * rows_count);  // duplicates and disorder
      rows[i].label = std::to_string(i);
      rows[i].y = unit(random) < 0.1 ? kMissing : std::floor(unit(random) * 20);
      rows[i].n = unit(random) < 0.05 ? kMissing : 20 + std::floor(unit(random) * 20);
      rows[i].phase.assign(1, unit(random) < 0.5 ? 'A' : 'B');
    }
    ChartOptions options;
    options.chart = charts[round % 12];
    const int guess = std::max(1, rows_count / 2);
    if (unit(random) < 0.3) options.freeze = static_cast<int>(unit(random) * guess);
    if (unit(random) < 0.3) options.part_at = {1 + static_cast<int>(unit(random) * guess)};
    if (unit(random) < 0.2) options.part_from_phase = true;
    if (unit(random) < 0.3) options.exclude = {1 + static_cast<int>(unit(random) * guess)};
    if (unit(random) < 0.1) options.cl = unit(random) * 10;
    options.screen_mr = unit(random) < 0.5;
    options.y_neg = unit(random) < 0.5;
    options.agg = static_cast<Aggregation>(round % 3);

    auto result = Analyze(rows, options);
    if (!result) {
      EXPECT_FALSE(result.error().field.empty()) << result.error().message;
      continue;
    }
    ASSERT_FALSE(result->points.empty());
    ASSERT_FALSE(result->parts.empty());
    EXPECT_EQ(result->parts.front().first, 0);
    EXPECT_EQ(result->parts.back().last, static_cast<int>(result->points.size()) - 1);
    for (const Point& p : result->points) {
      EXPECT_GE(p.part, 1);
      EXPECT_LE(p.part, static_cast<int>(result->parts.size()));
      EXPECT_FALSE(std::isinf(p.lcl) || std::isinf(p.ucl));
      if (!std::isnan(p.lcl) && !std::isnan(p.ucl)) {
        EXPECT_LE(p.lcl, p.ucl);
      }
      EXPECT_EQ(p.rules.Has(Rule::kSigma), p.sigma_signal);
    }
  }
}

}  // namespace
}  // namespace stegvis::stats
