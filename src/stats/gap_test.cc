#include "stats/gap.h"

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

namespace stegvis::stats {
namespace {

std::vector<Row> Rows(const std::vector<double>& ys, double first_x = 1) {
  std::vector<Row> rows;
  for (std::size_t i = 0; i < ys.size(); ++i) {
    Row r;
    r.x = first_x + double(i);
    r.label = std::to_string(i + 1);
    r.y = ys[i];
    rows.push_back(r);
  }
  return rows;
}

// 24 values around `level` that zig-zag (no runs signal).
std::vector<double> Flat(double level) {
  std::vector<double> v;
  for (int i = 0; i < 24; ++i) v.push_back(level + ((i % 2) ? 1.0 : -1.0) * (1 + (i % 3) * 0.5));
  return v;
}

// The first 12 around `before`, the last 12 around `after`.
std::vector<double> Step(double before, double after) {
  std::vector<double> v = Flat(before);
  for (int i = 12; i < 24; ++i) v[i] += after - before;
  return v;
}

// The signals of `j` of `kind`.
std::vector<Evidence> OfKind(const Judgement& j, SignalKind kind) {
  std::vector<Evidence> out;
  for (const Evidence& e : j.signals) {
    if (e.kind == kind) out.push_back(e);
  }
  return out;
}

ChartOptions Options(Direction direction) {
  ChartOptions o;
  o.chart = ChartType::kI;
  o.direction = direction;
  return o;
}

TEST(GapTest, WomenImproveMenDoNotAndTheGapWidens) {
  auto women = Rows(Step(50, 60)), men = Rows(Flat(50));
  auto g = AnalyzeGap(women, men, Options(Direction::kUp));
  ASSERT_TRUE(g.has_value()) << g.error().message;
  EXPECT_EQ(g->verdict_a.verdict, SeriesVerdict::kImproved);
  auto shifts = OfKind(g->verdict_a, SignalKind::kShift);
  ASSERT_EQ(shifts.size(), 2u);    // 12 below the mean, then 12 above: the later one holds
  EXPECT_EQ(shifts[1].first, 12);  // "12 points in a row above the mean since 13"
  EXPECT_EQ(shifts[1].last, 23);
  EXPECT_EQ(shifts[1].side, 1);
  EXPECT_EQ(shifts[1].rule, Rule::kAnhoejLongestRun);
  EXPECT_TRUE(shifts[1].holds);
  EXPECT_FALSE(shifts[0].holds);
  EXPECT_EQ(g->verdict_b.verdict, SeriesVerdict::kNoSignal);
  EXPECT_EQ(g->gap_verdict, GapVerdict::kWidening);
  EXPECT_TRUE(g->ratio.has_value());
  EXPECT_NEAR(g->difference.points[20].y, women[20].y - men[20].y, 1e-12);
}

TEST(GapTest, WhenDownIsBetterTheSameStepIsADeteriorationAndTheGapCanNarrow) {
  auto women = Rows(Step(60, 50)), men = Rows(Flat(50));
  auto g = AnalyzeGap(women, men, Options(Direction::kUp));
  ASSERT_TRUE(g.has_value());
  EXPECT_EQ(g->verdict_a.verdict, SeriesVerdict::kDeteriorated);
  EXPECT_EQ(g->gap_verdict, GapVerdict::kNarrowing);
  auto down = AnalyzeGap(women, men, Options(Direction::kDown));
  ASSERT_TRUE(down.has_value());
  EXPECT_EQ(down->verdict_a.verdict, SeriesVerdict::kImproved);
  EXPECT_EQ(down->gap_verdict, GapVerdict::kNarrowing);
}

TEST(GapTest, NoSignalAnywhereIsUnchanged) {
  auto g = AnalyzeGap(Rows(Flat(50)), Rows(Flat(40)), Options(Direction::kUp));
  ASSERT_TRUE(g.has_value());
  EXPECT_EQ(g->verdict_a.verdict, SeriesVerdict::kNoSignal);
  EXPECT_EQ(g->gap_verdict, GapVerdict::kUnchanged);
  EXPECT_TRUE(g->gap_judgement.signals.empty());
}

// The gap is judged on the difference women − men, the series the page draws: its signals are
// the difference's, so "12 points in a row below the mean" can be counted on that chart.
TEST(GapTest, TheGapVerdictCountsTheDrawnDifference) {
  auto women = Rows(Flat(50)), men = Rows(Step(40, 50));
  auto g = AnalyzeGap(women, men, Options(Direction::kUp));
  ASSERT_TRUE(g.has_value());
  EXPECT_EQ(g->gap_verdict, GapVerdict::kNarrowing);
  auto shifts = OfKind(g->gap_judgement, SignalKind::kShift);
  ASSERT_EQ(shifts.size(), 2u);
  EXPECT_EQ(shifts[1].first, 12);
  EXPECT_EQ(shifts[1].side, -1);  // below the difference's centre line, nearer zero
  EXPECT_EQ(shifts[1].better, 1);
  for (int i = shifts[1].first; i <= shifts[1].last; ++i)
    EXPECT_LT(g->difference.points[i].y, g->difference.points[i].cl) << i;
}

// Men overtake women: the difference goes from +10 to −5. The gap is smaller (5 against 10)
// although the difference fell below zero: narrowing. From +10 to −20 it is wider: widening.
TEST(GapTest, AGapThatChangesSidesIsJudgedByItsDistanceFromZero) {
  auto g = AnalyzeGap(Rows(Flat(50)), Rows(Step(40, 55)), Options(Direction::kUp));
  ASSERT_TRUE(g.has_value());
  EXPECT_EQ(g->gap_verdict, GapVerdict::kNarrowing);
  auto wider = AnalyzeGap(Rows(Flat(50)), Rows(Step(40, 70)), Options(Direction::kUp));
  ASSERT_TRUE(wider.has_value());
  EXPECT_EQ(wider->gap_verdict, GapVerdict::kWidening);
}

// One common period: the rules cannot judge the gap yet, and it is not "unchanged".
TEST(GapTest, OnePeriodIsTooFewPointsForTheGap) {
  auto g = AnalyzeGap(Rows({70}), Rows({60}), Options(Direction::kUp));
  ASSERT_TRUE(g.has_value());
  EXPECT_EQ(g->gap_verdict, GapVerdict::kTooFewPoints);
  EXPECT_EQ(GapVerdictName(g->gap_verdict), "too_few_points");
  EXPECT_EQ(g->verdict_a.verdict, SeriesVerdict::kTooFewPoints);
}

TEST(GapTest, APeriodMissingInOneGroupIsMissingInTheGapNotZero) {
  auto women = Rows(Flat(50)), men = Rows(Flat(40));
  men[5].y = NAN;
  auto g = AnalyzeGap(women, men, Options(Direction::kUp));
  ASSERT_TRUE(g.has_value());
  EXPECT_TRUE(std::isnan(g->difference.points[5].y));
}

TEST(GapTest, RatioOnlyForPositiveValues) {
  auto g = AnalyzeGap(Rows(Flat(0)), Rows(Flat(40)), Options(Direction::kUp));
  ASSERT_TRUE(g.has_value());
  EXPECT_FALSE(g->ratio.has_value());
}

TEST(GapTest, FewPeriodsGiveRunCharts) {
  auto g = AnalyzeGap(Rows({1, 2, 3, 4, 5}), Rows({2, 2, 2, 2, 2}), Options(Direction::kUp));
  ASSERT_TRUE(g.has_value());
  EXPECT_EQ(g->difference.chart, ChartType::kRun);
}

TEST(GapTest, GroupsWithoutACommonPeriodAreAnError) {
  auto g = AnalyzeGap(Rows({1, 2, 3}), Rows({1, 2, 3}, 100), Options(Direction::kUp));
  ASSERT_FALSE(g.has_value());
  EXPECT_EQ(g.error().field, "groups");
}

TEST(GapTest, ABadRowIsNamedWithItsGroup) {
  auto men = Rows(Flat(40));
  men[2].y = INFINITY;
  auto g = AnalyzeGap(Rows(Flat(50)), men, Options(Direction::kUp));
  ASSERT_FALSE(g.has_value());
  EXPECT_EQ(g.error().field.rfind("group B: ", 0), 0u) << g.error().field;
}

TEST(GapTest, XmrGroupsAreJudgedByTheMdcRules) {
  ChartOptions o = Options(Direction::kUp);
  o.chart = ChartType::kXmR;  // rules stay the default kAnhoej
  auto g = AnalyzeGap(Rows(Step(50, 60)), Rows(Flat(50)), o);
  ASSERT_TRUE(g.has_value()) << g.error().message;
  EXPECT_EQ(g->verdict_a.verdict, SeriesVerdict::kImproved);
  auto shifts = OfKind(g->verdict_a, SignalKind::kShift);
  ASSERT_FALSE(shifts.empty());
  EXPECT_EQ(shifts.back().rule, Rule::kMdcRunOfSeven);
  EXPECT_EQ(g->difference.chart, ChartType::kXmR);
  EXPECT_EQ(g->gap_verdict, GapVerdict::kWidening);
}

TEST(VerdictTest, MdcTrendIsEvidenceWithItsDirection) {
  std::vector<double> ys = {10, 14, 10, 14, 10, 14, 10, 14, 9, 9.5, 10, 10.5, 11, 11.5, 12};
  ChartOptions o;
  o.chart = ChartType::kXmR;
  o.rules = RuleSet::kMdc;
  o.direction = Direction::kDown;
  auto a = Analyze(Rows(ys), o);
  ASSERT_TRUE(a.has_value()) << a.error().message;
  auto j = JudgeSeries(*a, RuleSet::kMdc, Direction::kDown);
  EXPECT_EQ(j.verdict, SeriesVerdict::kDeteriorated);
  auto trends = OfKind(j, SignalKind::kTrend);
  ASSERT_EQ(trends.size(), 1u);
  EXPECT_EQ(trends[0].rule, Rule::kMdcTrendOfSeven);
  EXPECT_EQ(trends[0].first, 8);
  EXPECT_EQ(trends[0].last, 14);
  EXPECT_TRUE(trends[0].holds);
  EXPECT_EQ(SeriesVerdictName(j.verdict), "deteriorated");
}

}  // namespace
}  // namespace stegvis::stats
