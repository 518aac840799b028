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
  ASSERT_TRUE(g->verdict_a.basis.has_value());
  EXPECT_EQ(g->verdict_a.basis->first, 12);  // "12 points in a row above the median since 13"
  EXPECT_EQ(g->verdict_a.basis->last, 23);
  EXPECT_EQ(g->verdict_a.basis->side, 1);
  EXPECT_EQ(g->verdict_a.basis->rule, Rule::kAnhoejLongestRun);
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
  EXPECT_FALSE(g->gap_judgement.basis.has_value());
}

TEST(GapTest, APeriodMissingInOneGroupIsMissingInTheGapNotZero) {
  auto women = Rows(Flat(50)), men = Rows(Flat(40));
  men[5].y = NAN;
  auto g = AnalyzeGap(women, men, Options(Direction::kUp));
  ASSERT_TRUE(g.has_value());
  EXPECT_TRUE(std::isnan(g->difference.points[5].y));
  EXPECT_TRUE(std::isnan(g->gap.points[5].y));
}

TEST(GapTest, RatioOnlyForPositiveValues) {
  auto g = AnalyzeGap(Rows(Flat(0)), Rows(Flat(40)), Options(Direction::kUp));
  ASSERT_TRUE(g.has_value());
  EXPECT_FALSE(g->ratio.has_value());
}

TEST(GapTest, FewPeriodsGiveRunCharts) {
  auto g = AnalyzeGap(Rows({1, 2, 3, 4, 5}), Rows({2, 2, 2, 2, 2}), Options(Direction::kUp));
  ASSERT_TRUE(g.has_value());
  EXPECT_EQ(g->gap.chart, ChartType::kRun);
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
  ASSERT_TRUE(g->verdict_a.basis.has_value());
  EXPECT_EQ(g->verdict_a.basis->rule, Rule::kMdcRunOfSeven);
  EXPECT_EQ(g->gap.chart, ChartType::kXmR);
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
  ASSERT_TRUE(j.basis.has_value());
  EXPECT_EQ(j.basis->rule, Rule::kMdcTrendOfSeven);
  EXPECT_EQ(j.basis->first, 8);
  EXPECT_EQ(j.basis->last, 14);
  EXPECT_EQ(SeriesVerdictName(j.verdict), "deteriorated");
}

}  // namespace
}  // namespace stegvis::stats
