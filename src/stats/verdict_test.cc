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

// The signals of `j` of `kind`.
std::vector<Evidence> OfKind(const Judgement& j, SignalKind kind) {
  std::vector<Evidence> out;
  for (const Evidence& e : j.signals) {
    if (e.kind == kind) out.push_back(e);
  }
  return out;
}

// 20 points: a shift needs 8 (round(log2 20) + 3 = 7, plus one). Points 7–14 (indices 6–13)
// are above the line; of the six after them four are below: the run no longer describes the
// latest points. A rule fired in the phase, so the verdict is not "no signal": it is
// "changed", with the run kept as a signal that no longer holds.
TEST(VerdictTest, AnImprovementThatDidNotHoldReadsChangedAndKeepsTheEndedRun) {
  Judgement j = Judge({11, 9, 11, 9, 11, 9, 12, 12, 12, 12, 12, 12, 12, 12, 9, 11, 9, 8, 11, 9});
  EXPECT_EQ(j.verdict, SeriesVerdict::kChanged);
  ASSERT_EQ(j.signals.size(), 1u);
  EXPECT_EQ(j.signals[0].kind, SignalKind::kShift);
  EXPECT_EQ(j.signals[0].first, 6);
  EXPECT_EQ(j.signals[0].last, 13);
  EXPECT_EQ(j.signals[0].side, 1);
  EXPECT_EQ(j.signals[0].better, 1);
  EXPECT_FALSE(j.signals[0].holds);
}

// The same run with one stray point below after it and five above: one point across the
// line is not the end of a shift.
TEST(VerdictTest, OneStrayPointAfterAShiftDoesNotEndIt) {
  Judgement j = Judge({11, 9, 11, 9, 11, 9, 12, 12, 12, 12, 12, 12, 12, 12, 9, 12, 12, 12, 12, 12});
  EXPECT_EQ(j.verdict, SeriesVerdict::kImproved);
  ASSERT_EQ(j.signals.size(), 1u);
  EXPECT_EQ(j.signals[0].first, 6);
  EXPECT_EQ(j.signals[0].last, 13);
  EXPECT_TRUE(j.signals[0].holds);
}

// Ten points above the line, then a single last point below it: one point across is noise,
// not the end of the run, and the crossings rule reads the run before it.
TEST(VerdictTest, ASingleLastPointAcrossTheLineDoesNotEndARun) {
  Judgement j = Judge({11, 9, 11, 9, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 9});
  EXPECT_EQ(j.verdict, SeriesVerdict::kImproved);
  auto shifts = OfKind(j, SignalKind::kShift);
  ASSERT_EQ(shifts.size(), 1u);
  EXPECT_TRUE(shifts[0].holds);
  EXPECT_EQ(
      Judge({11, 9, 11, 9, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 9}, Direction::kDown).verdict,
      SeriesVerdict::kDeteriorated);
}

// 13 points, a shift needs 8 (round(log2 13) + 3 = 7). Eight below, then five above: the run
// below has ended (every point since lies above), and the line is crossed once where
// 3 crossings is the fewest common-cause variation gives (qbinom(0.05, 12, 0.5)); the latest
// run lies above, so the values rose. Regression: this read "deteriorated", then "no signal".
TEST(VerdictTest, AStepUpReadsImprovedByTheCrossingsAndTheLatestRun) {
  Judgement j = Judge({8, 8, 8, 8, 8, 8, 8, 8, 12, 12, 12, 12, 12});
  EXPECT_EQ(j.verdict, SeriesVerdict::kImproved);
  auto shifts = OfKind(j, SignalKind::kShift);
  ASSERT_EQ(shifts.size(), 1u);
  EXPECT_EQ(shifts[0].side, -1);
  EXPECT_FALSE(shifts[0].holds);
  auto crossings = OfKind(j, SignalKind::kFewCrossings);
  ASSERT_EQ(crossings.size(), 1u);
  EXPECT_EQ(crossings[0].crossings, 1);
  EXPECT_EQ(crossings[0].crossings_limit, 3);
  EXPECT_EQ(crossings[0].first, 8);
  EXPECT_EQ(crossings[0].last, 12);
  EXPECT_EQ(crossings[0].side, 1);
  EXPECT_TRUE(crossings[0].holds);
}

// 18 points, a shift needs 8 (round(log2 18) + 3 = 7). Eight below, two across, eight above:
// the later shift holds and the earlier, opposite one has ended.
TEST(VerdictTest, DeteriorationThenImprovementReadsImproved) {
  const std::vector<double> ys = {8, 8, 8, 8, 8, 8, 8, 8, 11, 9, 12, 12, 12, 12, 12, 12, 12, 12};
  Judgement j = Judge(ys);
  auto shifts = OfKind(j, SignalKind::kShift);
  ASSERT_EQ(shifts.size(), 2u);
  EXPECT_FALSE(shifts[0].holds);
  EXPECT_TRUE(shifts[1].holds);
  EXPECT_EQ(shifts[1].first, 10);
  EXPECT_EQ(shifts[1].last, 17);
  EXPECT_EQ(j.verdict, SeriesVerdict::kImproved);
  // Better down: the same data is a deterioration.
  EXPECT_EQ(Judge(ys, Direction::kDown).verdict, SeriesVerdict::kDeteriorated);
}

// A new phase after point 12: its three points are fewer than the 12 the Anhøj rules need
// and no rule fired in it; the phase before ended on eight points above the line.
TEST(VerdictTest, ANewPhaseWithTooFewPointsSaysSoAndTheEarlierPhaseIsKept) {
  Judgement j =
      Judge({11, 9, 11, 9, 12, 12, 12, 12, 12, 12, 12, 12, 13, 13, 13}, Direction::kUp, {12});
  EXPECT_EQ(j.verdict, SeriesVerdict::kTooFewPoints);
  EXPECT_TRUE(j.signals.empty());
  EXPECT_EQ(j.part_first, 12);
  EXPECT_EQ(j.part_points, 3);
  EXPECT_EQ(j.points_needed, 12);
  ASSERT_TRUE(j.previous_part.has_value());
  EXPECT_EQ(j.previous_part->verdict, SeriesVerdict::kImproved);
  ASSERT_EQ(j.previous_part->signals.size(), 1u);
  EXPECT_EQ(j.previous_part->signals[0].first, 4);
  EXPECT_EQ(j.previous_part->signals[0].last, 11);
  EXPECT_EQ(j.previous_part->points, 12);
}

// One point is never "no signal": the rules cannot have found anything yet.
TEST(VerdictTest, OnePointIsTooFewPoints) {
  Judgement j = Judge({12});
  EXPECT_EQ(j.verdict, SeriesVerdict::kTooFewPoints);
  EXPECT_EQ(j.part_points, 1);
  EXPECT_EQ(SeriesVerdictName(j.verdict), "too_few_points");
}

// Twelve points that cross the line every time: no rule fires and there are enough points.
TEST(VerdictTest, EnoughPointsAndNoRuleFiredIsNoSignal) {
  Judgement j = Judge({11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9});
  EXPECT_EQ(j.verdict, SeriesVerdict::kNoSignal);
  EXPECT_TRUE(j.signals.empty());
  // One point fewer than the rules need is too few.
  EXPECT_EQ(Judge({11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11}).verdict, SeriesVerdict::kTooFewPoints);
}

// An I chart around the given line 10: ten points alternating 9 and 11 (the last above), nine
// at 11.5 above (a run of ten with the 11 before them, above the 7 allowed for 20 points), and
// a last point at 0, far below the lower limit. A point beyond a limit is not common-cause
// noise: it ends the run, and the latest news is a deterioration (the MDC variation icon is
// the last point's type).
TEST(VerdictTest, ALastPointBelowTheLowerLimitEndsARunAbove) {
  std::vector<Row> rows;
  std::vector<double> ys = {9, 11, 9, 11, 9, 11, 9, 11, 9, 11};
  for (int i = 0; i < 9; ++i) ys.push_back(11.5);
  ys.push_back(0);
  for (std::size_t i = 0; i < ys.size(); ++i) {
    Row r;
    r.x = double(i + 1);
    r.label = std::to_string(i + 1);
    r.y = ys[i];
    rows.push_back(r);
  }
  ChartOptions options;
  options.chart = ChartType::kI;
  options.cl = 10;
  options.direction = Direction::kUp;
  auto a = Analyze(rows, options);
  ASSERT_TRUE(a) << a.error().message;
  ASSERT_TRUE(a->points[19].sigma_signal);
  Judgement j = JudgeSeries(*a, RuleSet::kAnhoej, Direction::kUp);
  EXPECT_EQ(j.verdict, SeriesVerdict::kDeteriorated);
  auto shifts = OfKind(j, SignalKind::kShift);
  ASSERT_EQ(shifts.size(), 1u);
  EXPECT_FALSE(shifts[0].holds);
  EXPECT_EQ(shifts[0].better, 1);
  auto beyond = OfKind(j, SignalKind::kBeyondLimit);
  ASSERT_EQ(beyond.size(), 1u);
  EXPECT_EQ(beyond[0].first, 19);
  EXPECT_TRUE(beyond[0].holds);
  EXPECT_EQ(beyond[0].better, -1);
}

// 15 points against the line 10: seven below, one far above, seven below. The line is crossed
// twice where 4 is the fewest for 15 points, but the latest run lies on the side where the
// series was before the excursion: too few crossings with no direction, so "changed".
TEST(VerdictTest, TooFewCrossingsAroundAnExcursionHaveNoDirection) {
  Judgement j = Judge({9, 8, 9, 8, 9, 8, 9, 14, 9, 8, 9, 8, 9, 8, 9});
  auto crossings = OfKind(j, SignalKind::kFewCrossings);
  ASSERT_EQ(crossings.size(), 1u);
  EXPECT_EQ(crossings[0].crossings, 2);
  EXPECT_EQ(crossings[0].side, 0);
  EXPECT_EQ(crossings[0].better, 0);
  EXPECT_EQ(j.verdict, SeriesVerdict::kChanged);
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
  auto trends = OfKind(j, SignalKind::kTrend);
  ASSERT_EQ(trends.size(), 1u);
  EXPECT_EQ(trends[0].first, 5);
  EXPECT_EQ(trends[0].last, 9);
  EXPECT_TRUE(trends[0].holds);
  EXPECT_EQ(j.verdict, SeriesVerdict::kImproved);
  ASSERT_TRUE(j.previous_part.has_value());
  EXPECT_EQ(j.previous_part->verdict, SeriesVerdict::kImproved);
  ASSERT_FALSE(j.previous_part->signals.empty());
  EXPECT_EQ(j.previous_part->signals[0].first, 0);
  EXPECT_EQ(j.previous_part->signals[0].last, 4);
}

// The contract: a series with a signal in its current phase never reads "no signal", and one
// without a signal reads "no signal" or "too few points" only.
TEST(VerdictTest, DecideVerdictNeverSaysNoSignalWithASignal) {
  Evidence ended;
  ended.holds = false;
  ended.better = 1;
  EXPECT_EQ(DecideVerdict({ended}, 30, 12), SeriesVerdict::kChanged);
  Evidence good = ended, bad = ended, plain = ended;
  good.holds = bad.holds = plain.holds = true;
  bad.better = -1;
  plain.better = 0;
  EXPECT_EQ(DecideVerdict({good, plain}, 30, 12), SeriesVerdict::kImproved);
  EXPECT_EQ(DecideVerdict({bad, ended}, 30, 12), SeriesVerdict::kDeteriorated);
  EXPECT_EQ(DecideVerdict({good, bad}, 30, 12), SeriesVerdict::kChanged);
  EXPECT_EQ(DecideVerdict({plain}, 3, 12), SeriesVerdict::kChanged);
  EXPECT_EQ(DecideVerdict({}, 11, 12), SeriesVerdict::kTooFewPoints);
  EXPECT_EQ(DecideVerdict({}, 12, 12), SeriesVerdict::kNoSignal);
}

TEST(VerdictTest, PointsNeededToJudgePerRuleSet) {
  EXPECT_EQ(PointsNeededToJudge(RuleSet::kAnhoej), 12);
  EXPECT_EQ(PointsNeededToJudge(RuleSet::kIhi), 10);
  EXPECT_EQ(PointsNeededToJudge(RuleSet::kMdc), 13);
  EXPECT_EQ(PointsNeededToJudge(RuleSet::kWesternElectric), 20);
}

TEST(SignalKindName, NamesEveryKind) {
  EXPECT_EQ(SignalKindName(SignalKind::kBeyondLimit), "beyond_limit");
  EXPECT_EQ(SignalKindName(SignalKind::kNearLimit), "near_limit");
  EXPECT_EQ(SignalKindName(SignalKind::kShift), "shift");
  EXPECT_EQ(SignalKindName(SignalKind::kTrend), "trend");
  EXPECT_EQ(SignalKindName(SignalKind::kFewCrossings), "few_crossings");
  EXPECT_EQ(SignalKindName(SignalKind::kManyCrossings), "many_crossings");
}

}  // namespace
}  // namespace stegvis::stats
