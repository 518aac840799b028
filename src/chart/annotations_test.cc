#include "chart/annotations.h"

#include <gtest/gtest.h>

#include "chart/test_fixtures.h"
#include "chart/test_labels.h"

namespace stegvis::chart {
namespace {

Periods TwelveMonths(stats::Analysis& a) {
  a = testing::RunChart();
  std::vector<stats::Point> points = a.points.ToPoints();
  points.resize(12);  // January to December 2024
  a.points = stats::PointColumns(points);
  ChartInput input;
  input.series = {{&a, {}}};
  return CollectPeriods(input, Lang::kSv);
}

TEST(Annotations, ASpanCoversThePeriodsFromStartToEndCutAtTheChartsEdges) {
  stats::Analysis a;
  const Periods p = TwelveMonths(a);
  auto span = SpanOnChart({"2024-03-01", "x", "2024-05-01"}, p);
  ASSERT_TRUE(span);
  EXPECT_EQ(span->first, 2u);
  EXPECT_EQ(span->last, 4u);
  span = SpanOnChart({"2023-10-01", "x", "2024-02-01"}, p);  // began before the chart
  ASSERT_TRUE(span);
  EXPECT_EQ(span->first, 0u);
  EXPECT_EQ(span->last, 1u);
  span = SpanOnChart({"2024-11-01", "x", "", true}, p);  // still running
  ASSERT_TRUE(span);
  EXPECT_EQ(span->first, 10u);
  EXPECT_EQ(span->last, 11u);
  EXPECT_TRUE(span->open_end);
  span = SpanOnChart({"2024-06-01", "x"}, p);  // one period
  ASSERT_TRUE(span);
  EXPECT_EQ(span->first, 5u);
  EXPECT_EQ(span->last, 5u);
  EXPECT_FALSE(SpanOnChart({"2023-01-01", "x", "2023-12-01"}, p)) << "wholly before";
  EXPECT_FALSE(SpanOnChart({"2025-01-01", "x", "", true}, p)) << "wholly after";
}

TEST(Annotations, AShortLabelKeepsItsWholeWordsForTheTooltipAndTheTable) {
  stats::Analysis a;
  const Periods p = TwelveMonths(a);
  ChartInput input;
  input.series = {{&a, {}}};
  Annotation excluded{"2024-06-01", "Utesluten"};
  excluded.detail = "Utesluten ur linjerna: larmet var trasigt";
  input.annotations = {excluded};
  int rows = 0;
  const ChartLabels labels = testing::CatalogueLabels(Lang::kSv);
  auto placed = PlaceAnnotations(input, p, XScale{50, 60}, 800, labels, rows);
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_EQ(placed[0].text, "Utesluten") << "the chart shows the short label";
  EXPECT_EQ(placed[0].tooltip, "Utesluten ur linjerna: larmet var trasigt: juni 2024");
  EXPECT_NE(AnnotationWords(input.annotations, p, 5, labels).find("larmet var trasigt"),
            std::string::npos);
}

TEST(Annotations, OverlappingCyclesTakeTheirOwnRows) {
  stats::Analysis a;
  const Periods p = TwelveMonths(a);
  ChartInput input;
  input.series = {{&a, {}}};
  input.annotations = {{"2024-01-01", "PGSA 1: Anta", "2024-04-01"},
                       {"2024-03-01", "PGSA 2", "2024-06-01"},
                       {"2024-09-01", "PGSA 3"}};
  int rows = 0;
  const XScale xs{50, 60};
  auto placed = PlaceAnnotations(input, p, xs, 800, testing::CatalogueLabels(Lang::kSv), rows);
  ASSERT_EQ(placed.size(), 3u);
  EXPECT_EQ(placed[0].row, 0);
  EXPECT_EQ(placed[1].row, 1) << "overlaps PGSA 1";
  EXPECT_EQ(placed[2].row, 0) << "after both";
  EXPECT_EQ(rows, 2);
  EXPECT_EQ(placed[0].tooltip, "PGSA 1: Anta: januari 2024 – april 2024");
}

TEST(Annotations, TheTableSaysWhereEachCycleStartsAndEnds) {
  stats::Analysis a;
  const Periods p = TwelveMonths(a);
  const std::vector<Annotation> cycles = {{"2024-02-01", "PGSA 1: Anta", "2024-04-01"},
                                          {"2024-04-01", "PGSA 2"},
                                          {"2024-11-01", "PGSA 3", "", true}};
  const ChartLabels sv = testing::CatalogueLabels(Lang::kSv);
  EXPECT_EQ(AnnotationWords(cycles, p, 0, sv), "");
  EXPECT_EQ(AnnotationWords(cycles, p, 1, sv), "PGSA 1: Anta börjar");
  EXPECT_EQ(AnnotationWords(cycles, p, 2, sv), "PGSA 1: Anta");
  EXPECT_EQ(AnnotationWords(cycles, p, 3, sv),
            "PGSA 1: Anta avslutas; PGSA 2 (börjar och avslutas)");
  EXPECT_EQ(AnnotationWords(cycles, p, 10, sv), "PGSA 3 börjar");
  EXPECT_EQ(AnnotationWords(cycles, p, 11, sv), "PGSA 3 pågår");
  EXPECT_EQ(AnnotationWords(cycles, p, 11, testing::CatalogueLabels(Lang::kEn)), "PGSA 3 ongoing");
}

}  // namespace
}  // namespace stegvis::chart
