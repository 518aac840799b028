#include "domain/verdict_history.h"

#include <gtest/gtest.h>

#include "core/clock.h"
#include "core/deadline.h"
#include "domain/demo_improvement.h"

namespace stegvis::domain {
namespace {

// Men alternate 50, 51; women are men plus a gap of 20 for four months, then 2–3.5.
// Worked by hand (docs/signals-and-verdicts.md, "Verdicts over time"):
// - 8–11 points: run charts (median). The gap's four high points stay above the median and
//   the low ones alternate around it: longest run 4, a shift needs 7; no rule fires, and the
//   Anhøj rules need 12 points → too few points.
// - 12 points: I chart, mean 8.48; the last 8 gaps lie below it, a shift needs 8
//   (round(log2 12 + 3) + 1) → narrowing. Women (better down) improve the same way; men
//   alternate around their centre line → no signal.
// - 13 points: mean 8.02, the last 9 below, a shift needs 8 → narrowing.
std::vector<Observation> Series() {
  const double gaps[] = {20, 20, 20, 20, 2.0, 3.0, 2.5, 3.5, 2.2, 3.2, 2.8, 2.6, 2.4};
  const char* periods[] = {"2025-01", "2025-02", "2025-03", "2025-04", "2025-05",
                           "2025-06", "2025-07", "2025-08", "2025-09", "2025-10",
                           "2025-11", "2025-12", "2026-01"};
  std::vector<Observation> out;
  for (int i = 0; i < 13; ++i) {
    const double men = i % 2 == 0 ? 50 : 51;
    char women[32];
    std::snprintf(women, sizeof women, "%.1f", men + gaps[i]);
    Observation w;
    w.period = periods[i];
    w.group = "women";
    w.value = women;
    Observation m = w;
    m.group = "men";
    m.value = i % 2 == 0 ? "50" : "51";
    out.push_back(w);
    out.push_back(m);
  }
  return out;
}

Measure Continuous() {
  Measure m;
  m.data_type = stats::DataType::kContinuous;
  m.grouping = Grouping::kWomenMen;
  m.direction = Better::kDown;
  return m;
}

TEST(VerdictHistory, EachReadingUsesOnlyTheDataUpToItsPeriod) {
  auto h = ComputeVerdictHistory(Continuous(), Series(), {}, 8);
  ASSERT_TRUE(h) << h.error().message;
  ASSERT_EQ(h->readings.size(), 6u);  // 2025-08 … 2026-01
  EXPECT_EQ(h->readings.front().period, "2025-08");
  EXPECT_EQ(h->readings.front().common_periods, 8);
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(h->readings[i].gap, stats::GapVerdict::kTooFewPoints) << h->readings[i].period;
    EXPECT_EQ(h->readings[i].verdict_a, stats::SeriesVerdict::kTooFewPoints)
        << h->readings[i].period;
  }
  for (int i = 4; i < 6; ++i) {
    EXPECT_EQ(h->readings[i].gap, stats::GapVerdict::kNarrowing) << h->readings[i].period;
    EXPECT_EQ(h->readings[i].verdict_a, stats::SeriesVerdict::kImproved) << h->readings[i].period;
    EXPECT_EQ(h->readings[i].verdict_b, stats::SeriesVerdict::kNoSignal) << h->readings[i].period;
  }
  ASSERT_EQ(h->spans.size(), 2u);
  EXPECT_EQ(h->spans[0].from, "2025-08");
  EXPECT_EQ(h->spans[0].to, "2025-11");
  EXPECT_EQ(h->spans[0].readings, 4);
  EXPECT_EQ(h->spans[1].from, "2025-12");
  EXPECT_EQ(h->spans[1].to, "2026-01");
  EXPECT_EQ(h->spans[1].gap, stats::GapVerdict::kNarrowing);
}

TEST(VerdictHistory, NoReadingsBeforeEnoughCommonPeriods) {
  auto h = ComputeVerdictHistory(Continuous(), Series(), {});  // default: 10
  ASSERT_TRUE(h);
  ASSERT_FALSE(h->readings.empty());
  EXPECT_EQ(h->readings.front().period, "2025-10");
  EXPECT_EQ(h->min_periods, kMinPeriodsForVerdict);
  // A period with only one group adds no common period and gets a reading only once enough.
  std::vector<Observation> one_sided = Series();
  one_sided.push_back({0, "2026-02", "women", "52", "", "", 0, ""});
  auto h2 = ComputeVerdictHistory(Continuous(), one_sided, {}, 8);
  ASSERT_TRUE(h2);
  EXPECT_EQ(h2->readings.back().period, "2026-02");
  EXPECT_EQ(h2->readings.back().common_periods, 13);
}

TEST(VerdictHistory, APhaseCountsOnlyFromTheReadingsAfterItStarted) {
  // A phase from 2025-09 on: the reading at 2025-08 is taken before it started and is the
  // same as without it. At 2025-12 the first part (8 points: 4 high, 4 low) and the new part
  // (4 points) are each too short for a run of 7, and no rule fires in the new part, which has
  // fewer than the 12 points the rules need: the gap reads too few points where it read
  // narrowing without the phase.
  auto with = ComputeVerdictHistory(Continuous(), Series(), {"2025-09"}, 8);
  auto without = ComputeVerdictHistory(Continuous(), Series(), {}, 8);
  ASSERT_TRUE(with && without);
  ASSERT_EQ(with->readings.size(), without->readings.size());
  EXPECT_EQ(with->readings[0].period, "2025-08");
  EXPECT_EQ(with->readings[0].gap, without->readings[0].gap);
  EXPECT_EQ(with->readings[4].period, "2025-12");
  EXPECT_EQ(without->readings[4].gap, stats::GapVerdict::kNarrowing);
  EXPECT_EQ(with->readings[4].gap, stats::GapVerdict::kTooFewPoints);
}

// The demo's "Nöjd med inflytandet över när hjälpen ges" in "Trygg och jämställd hemgång":
// women's share rises from about 48 % to 76 % in June 2025 (month 9 of 24), men's stays near
// 50 %. Readings from the tenth common month (July 2025); P charts from 12 (September 2025).
// In July and August no rule fires on the run chart and the rules need 12 points: too few.
// From September the eight months before June lie below the centre line (a shift that has
// ended: every month since lies above), and the line is crossed once, too few times, with the
// latest run above: the women's share has risen, and the gap (women − men) moves away from
// zero. Regressions: September–December 2025 read "women deteriorated, the gap narrows" (the
// run below read by its side), then "no signal, unchanged" although the share had risen.
TEST(VerdictHistory, TheDemoShiftReadsImprovedAsSoonAsTheRulesCanJudgeNeverTheOldRun) {
  Measure m;
  m.data_type = stats::DataType::kProportion;
  m.grouping = Grouping::kWomenMen;
  m.direction = Better::kUp;
  const std::vector<Observation> cells = DemoImprovementObservations(1)[0][0];
  auto h = ComputeVerdictHistory(m, cells, {});
  ASSERT_TRUE(h) << h.error().message;
  ASSERT_EQ(h->readings.size(), 15u);  // July 2025 … September 2026
  for (const VerdictReading& r : h->readings) {
    EXPECT_NE(r.verdict_a, stats::SeriesVerdict::kDeteriorated) << r.period;
    EXPECT_NE(r.gap, stats::GapVerdict::kNarrowing) << r.period;
    if (r.period < "2025-09") {
      EXPECT_EQ(r.verdict_a, stats::SeriesVerdict::kTooFewPoints) << r.period;
      EXPECT_EQ(r.verdict_b, stats::SeriesVerdict::kTooFewPoints) << r.period;
      EXPECT_EQ(r.gap, stats::GapVerdict::kTooFewPoints) << r.period;
    } else {
      EXPECT_EQ(r.verdict_a, stats::SeriesVerdict::kImproved) << r.period;
      EXPECT_EQ(r.verdict_b, stats::SeriesVerdict::kNoSignal) << r.period;
      EXPECT_EQ(r.gap, stats::GapVerdict::kWidening) << r.period;
    }
  }
  ASSERT_EQ(h->spans.size(), 2u);
  EXPECT_EQ(h->spans[1].from, "2025-09");
  EXPECT_EQ(h->spans[1].gap, stats::GapVerdict::kWidening);
}

TEST(VerdictHistory, AMeasureNotSplitBySexHasNone) {
  Measure m = Continuous();
  m.grouping = Grouping::kNone;
  auto h = ComputeVerdictHistory(m, Series(), {}, 8);
  ASSERT_TRUE(h);
  EXPECT_TRUE(h->readings.empty());
  EXPECT_TRUE(h->spans.empty());
}

// n monthly periods from 1900-01 with a value for both groups.
std::vector<Observation> LongSeries(int n) {
  std::vector<Observation> out;
  for (int i = 0; i < n; ++i) {
    char period[16];
    std::snprintf(period, sizeof period, "%04d-%02d", 1900 + i / 12, i % 12 + 1);
    for (const char* group : {"women", "men"}) {
      Observation o;
      o.period = period;
      o.group = group;
      o.value = std::to_string(50 + (i * 7 + (group[0] == 'w' ? 3 : 0)) % 11);
      out.push_back(o);
    }
  }
  return out;
}

TEST(VerdictHistory, OneAnalysisPerReadingSoTheRunsGrowLinearly) {
  for (int n : {20, 40, 80}) {
    auto h = ComputeVerdictHistory(Continuous(), LongSeries(n), {});
    ASSERT_TRUE(h) << h.error().message;
    EXPECT_EQ(h->analysis_runs, n - kMinPeriodsForVerdict + 1) << n;
    EXPECT_EQ(h->readings.size(), static_cast<std::size_t>(n - kMinPeriodsForVerdict + 1));
  }
}

TEST(VerdictHistory, TheLargestMeasureTheLimitAllowsKeepsEveryReading) {
  const int n = static_cast<int>(kMaxPeriodsPerMeasure);
  auto h = ComputeVerdictHistory(Continuous(), LongSeries(n), {});
  ASSERT_TRUE(h) << h.error().message;
  EXPECT_EQ(h->analysis_runs, n - kMinPeriodsForVerdict + 1);
  EXPECT_EQ(h->readings.front().period, "1900-10");
}

TEST(VerdictHistory, ASeriesBeyondTheLimitIsReadOverItsLatestPeriods) {
  // 1900–2200 monthly, as a series stored before the limit existed could hold: the work is
  // that of the largest measure allowed, not 3 603 analyses of up to 3 612 periods each.
  const int n = 301 * 12;
  auto h = ComputeVerdictHistory(Continuous(), LongSeries(n), {});
  ASSERT_TRUE(h) << h.error().message;
  EXPECT_EQ(h->analysis_runs, kVerdictHistoryWindow - kMinPeriodsForVerdict + 1);
  ASSERT_FALSE(h->readings.empty());
  EXPECT_EQ(h->readings.back().period, "2200-12");
  EXPECT_EQ(h->readings.back().common_periods, kVerdictHistoryWindow);
  EXPECT_EQ(h->readings.front().common_periods, kMinPeriodsForVerdict);
}

// A clock whose steady time moves one millisecond each time it is read: a deadline of k ms
// passes at its k-th check, whatever the machine's speed.
class TickingClock final : public core::Clock {
 public:
  std::int64_t NowUnixSeconds() const override { return 1'800'000'000; }
  std::chrono::steady_clock::time_point Steady() const override {
    return std::chrono::steady_clock::time_point(std::chrono::milliseconds(ticks_++));
  }

 private:
  mutable std::int64_t ticks_ = 0;
};

TEST(VerdictHistory, ABudgetOfZeroTakesNoReadingAndSaysItIsIncomplete) {
  const core::FixedClock clock(1'800'000'000);
  const core::Deadline deadline(clock, std::chrono::milliseconds(0));
  auto h = ComputeVerdictHistory(Continuous(), LongSeries(40), {}, kMinPeriodsForVerdict,
                                 kVerdictHistoryWindow, &deadline);
  ASSERT_TRUE(h) << h.error().message;
  EXPECT_FALSE(h->complete);
  EXPECT_TRUE(h->readings.empty());
  EXPECT_TRUE(h->spans.empty());
  EXPECT_EQ(h->analysis_runs, 0);
}

TEST(VerdictHistory, ABudgetRunningOutKeepsTheReadingsTakenSoFarExactAndStopsThere) {
  auto full = ComputeVerdictHistory(Continuous(), LongSeries(80), {});
  ASSERT_TRUE(full);
  ASSERT_TRUE(full->complete);
  const TickingClock clock;
  const core::Deadline deadline(clock, std::chrono::milliseconds(5));  // read once here
  auto h = ComputeVerdictHistory(Continuous(), LongSeries(80), {}, kMinPeriodsForVerdict,
                                 kVerdictHistoryWindow, &deadline);
  ASSERT_TRUE(h) << h.error().message;
  EXPECT_FALSE(h->complete);
  ASSERT_EQ(h->readings.size(), 4u) << "checks 1–4 before the deadline, the 5th at it";
  for (std::size_t i = 0; i < h->readings.size(); ++i) {
    EXPECT_EQ(h->readings[i].period, full->readings[i].period);
    EXPECT_EQ(h->readings[i].common_periods, full->readings[i].common_periods);
    EXPECT_EQ(h->readings[i].verdict_a, full->readings[i].verdict_a);
    EXPECT_EQ(h->readings[i].verdict_b, full->readings[i].verdict_b);
    EXPECT_EQ(h->readings[i].gap, full->readings[i].gap);
  }
  ASSERT_FALSE(h->spans.empty());
  EXPECT_EQ(h->spans.back().to, h->readings.back().period) << "no span reaches past the cut";
}

TEST(VerdictHistory, ABudgetNotRunOutGivesTheWholeHistory) {
  const core::FixedClock clock(1'800'000'000);  // stands still: the budget never runs out
  const core::Deadline deadline(clock, kVerdictHistoryBudget);
  auto h = ComputeVerdictHistory(Continuous(), LongSeries(40), {}, kMinPeriodsForVerdict,
                                 kVerdictHistoryWindow, &deadline);
  ASSERT_TRUE(h);
  EXPECT_TRUE(h->complete);
  EXPECT_EQ(h->readings.size(), static_cast<std::size_t>(40 - kMinPeriodsForVerdict + 1));
}

}  // namespace
}  // namespace stegvis::domain
