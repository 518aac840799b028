#include "stats/verdict.h"

#include <vector>

#include <gtest/gtest.h>

namespace stegvis::stats {
namespace {

// A run chart of `ys` against the given centre line 10 under the Anhøj rules, so every point's
// side can be read off the values: above 10, below 10.
Judgement Judge(const std::vector<double>& ys, Direction direction = Direction::kUp,
                std::vector<int> part_at = {}) {
  std::vector<Row> rows;
  for (std::size_t i = 0; i < ys.size(); ++i) {
    Row r;
    r.x = double(i + 1);
    r.label = std::to_string(i + 1);
    r.y = ys[i];
    rows.push_back(r);
  }
  ChartOptions options;
  options.chart = ChartType::kRun;
  options.cl = 10;
  options.direction = direction;
  options.part_at = std::move(part_at);
  auto a = Analyze(rows, options);
  EXPECT_TRUE(a) << a.error().message;
  return JudgeSeries(*a, RuleSet::kAnhoej, direction);
}

// 20 points: a shift needs 8 (round(log2 20) + 3 = 7, plus one). Points 7–14 (indices 6–13)
// are above the line; of the six after them four are below: the run no longer describes the
// latest points.
TEST(VerdictTest, AnImprovementThatDidNotHoldReadsNoSignalAndNamesTheEndedRun) {
  Judgement j = Judge({11, 9, 11, 9, 11, 9, 12, 12, 12, 12, 12, 12, 12, 12, 9, 11, 9, 8, 11, 9});
  EXPECT_EQ(j.verdict, SeriesVerdict::kNoSignal);
  EXPECT_FALSE(j.basis.has_value());
  ASSERT_TRUE(j.ended.has_value());
  EXPECT_EQ(j.ended->first, 6);
  EXPECT_EQ(j.ended->last, 13);
  EXPECT_EQ(j.ended->side, 1);
  ASSERT_EQ(j.signals.size(), 1u);
}

// The same run with one stray point below after it and five above: one point across the
// line is not the end of a shift.
TEST(VerdictTest, OneStrayPointAfterAShiftDoesNotEndIt) {
  Judgement j = Judge({11, 9, 11, 9, 11, 9, 12, 12, 12, 12, 12, 12, 12, 12, 9, 12, 12, 12, 12, 12});
  EXPECT_EQ(j.verdict, SeriesVerdict::kImproved);
  ASSERT_TRUE(j.basis.has_value());
  EXPECT_EQ(j.basis->first, 6);
  EXPECT_EQ(j.basis->last, 13);
  EXPECT_FALSE(j.ended.has_value());
}

// 13 points, a shift needs 8 (round(log2 13) + 3 = 7). Eight below, then five above: the run
// below is the only signal, but every point since lies above the line. Regression: this read
// "deteriorated" (the most recent signal) although the values had risen.
TEST(VerdictTest, AShiftThatEndedBeforeTheLastPointsIsNotTheLatestSignal) {
  Judgement j = Judge({8, 8, 8, 8, 8, 8, 8, 8, 12, 12, 12, 12, 12});
  EXPECT_EQ(j.verdict, SeriesVerdict::kNoSignal);
  EXPECT_FALSE(j.basis.has_value());
  ASSERT_TRUE(j.ended.has_value());
  EXPECT_EQ(j.ended->side, -1);
  EXPECT_EQ(j.ended->last, 7);
}

// 18 points, a shift needs 8 (round(log2 18) + 3 = 7). Eight below, two across, eight above:
// the later shift reaches the end and the earlier, opposite one does not win.
TEST(VerdictTest, DeteriorationThenImprovementReadsImproved) {
  Judgement j = Judge({8, 8, 8, 8, 8, 8, 8, 8, 11, 9, 12, 12, 12, 12, 12, 12, 12, 12});
  ASSERT_EQ(j.signals.size(), 2u);
  EXPECT_EQ(j.verdict, SeriesVerdict::kImproved);
  ASSERT_TRUE(j.basis.has_value());
  EXPECT_EQ(j.basis->first, 10);
  EXPECT_EQ(j.basis->last, 17);
  // Better down: the same data is a deterioration.
  EXPECT_EQ(Judge({8, 8, 8, 8, 8, 8, 8, 8, 11, 9, 12, 12, 12, 12, 12, 12, 12, 12}, Direction::kDown)
                .verdict,
            SeriesVerdict::kDeteriorated);
}

// A new phase after point 12: its three points cannot hold a shift (the Anhøj rules need 7);
// the phase before ended on eight points above the line.
TEST(VerdictTest, ANewPhaseIsJudgedOnItsOwnAndTheEarlierPhaseIsKept) {
  Judgement j =
      Judge({11, 9, 11, 9, 12, 12, 12, 12, 12, 12, 12, 12, 13, 13, 13}, Direction::kUp, {12});
  EXPECT_EQ(j.verdict, SeriesVerdict::kNoSignal);
  EXPECT_EQ(j.part_first, 12);
  EXPECT_EQ(j.part_points, 3);
  EXPECT_EQ(j.points_needed, 7);
  ASSERT_TRUE(j.previous_part.has_value());
  EXPECT_EQ(j.previous_part->verdict, SeriesVerdict::kImproved);
  ASSERT_TRUE(j.previous_part->basis.has_value());
  EXPECT_EQ(j.previous_part->basis->first, 4);
  EXPECT_EQ(j.previous_part->basis->last, 11);
  EXPECT_EQ(j.previous_part->points, 12);
}

// IHI trends (5 rising values) in two parts of five points: two trends, not one across the
// boundary; the verdict rests on the second part's.
TEST(VerdictTest, ATrendEndsWhereANewPartBegins) {
  std::vector<Row> rows;
  for (int i = 0; i < 10; ++i) {
    Row r;
    r.x = i + 1;
    r.label = std::to_string(i + 1);
    r.y = i < 5 ? 1 + i : 21 + i;
    rows.push_back(r);
  }
  ChartOptions options;
  options.chart = ChartType::kRun;
  options.rules = RuleSet::kIhi;
  options.part_at = {5};
  auto a = Analyze(rows, options);
  ASSERT_TRUE(a) << a.error().message;
  Judgement j = JudgeSeries(*a, RuleSet::kIhi, Direction::kUp);
  ASSERT_EQ(j.signals.size(), 2u);
  EXPECT_EQ(j.signals[0].first, 0);
  EXPECT_EQ(j.signals[0].last, 4);
  EXPECT_EQ(j.signals[1].first, 5);
  EXPECT_EQ(j.signals[1].last, 9);
  EXPECT_EQ(j.verdict, SeriesVerdict::kImproved);
  ASSERT_TRUE(j.basis.has_value());
  EXPECT_EQ(j.basis->first, 5);
  ASSERT_TRUE(j.previous_part.has_value());
  EXPECT_EQ(j.previous_part->verdict, SeriesVerdict::kImproved);
}

TEST(VerdictTest, PointsNeededForAShiftPerRuleSet) {
  EXPECT_EQ(PointsNeededForShift(RuleSet::kAnhoej), 7);  // round(log2 6) + 3 = 6: no room
  EXPECT_EQ(PointsNeededForShift(RuleSet::kIhi), 6);
  EXPECT_EQ(PointsNeededForShift(RuleSet::kMdc), 7);
  EXPECT_EQ(PointsNeededForShift(RuleSet::kWesternElectric), 8);
}

}  // namespace
}  // namespace stegvis::stats
