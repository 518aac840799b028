#include "chart/chart_svg.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "chart/data_table.h"
#include "chart/style.h"
#include "chart/test_fixtures.h"
#include "chart/test_labels.h"

namespace stegvis::chart {
namespace {

// Compares `actual` with tests/golden/<name> byte for byte. STEGVIS_UPDATE_GOLDEN=1 rewrites
// the file instead (review the diff before committing it).
void ExpectGolden(const std::string& name, const std::string& actual) {
  const std::string path = std::string(STEGVIS_SOURCE_DIR) + "/tests/golden/" + name;
  const char* update = std::getenv("STEGVIS_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << path << " is missing; run with STEGVIS_UPDATE_GOLDEN=1 to create it";
  std::stringstream expected;
  expected << in.rdbuf();
  EXPECT_TRUE(expected.str() == actual)
      << name << " differs from the golden file; if the change is intended, rerun with "
      << "STEGVIS_UPDATE_GOLDEN=1 and review the diff";
}

ChartLabels Sv(std::string title = {}) {
  ChartLabels l = testing::CatalogueLabels(Lang::kSv);
  l.title = std::move(title);
  return l;
}

ChartLabels En(std::string title = {}) {
  ChartLabels l = testing::CatalogueLabels(Lang::kEn);
  l.title = std::move(title);
  return l;
}

TEST(ChartSvg, RunChartGolden) {
  stats::Analysis a = testing::RunChart();
  ChartLabels l = Sv("Andel brukare som känner sig trygga");
  l.y_axis = "Procent";
  ExpectGolden("run_chart_sv.svg", RenderChartSvg(a, l));
}

TEST(ChartSvg, IChartWithPhasesAndSignalsGolden) {
  stats::Analysis a = testing::IChartPhases();
  ExpectGolden("i_chart_phases_en.svg", RenderChartSvg(a, En("Days from referral to first visit")));
}

TEST(ChartSvg, PChartWithVaryingLimitsGolden) {
  stats::Analysis a = testing::PChart();
  ExpectGolden("p_chart_sv.svg", RenderChartSvg(a, Sv("Andel fall inom 30 dagar (%)")));
}

TEST(ChartSvg, XmrWithMdcPointTypesGolden) {
  stats::Analysis a = testing::XmrChart();
  ExpectGolden("xmr_mdc_en.svg",
               RenderChartSvg(a, En("Patients seen within 4 hours"), stats::RuleSet::kMdc));
}

TEST(ChartSvg, WomenAndMenWithGapPanelGolden) {
  testing::Groups g = testing::WomenMen();
  ChartLabels l = Sv("Upplevd delaktighet (index)");
  ChartInput input;
  input.series = {{&g.women, l.women}, {&g.men, l.men}};
  input.gap = &g.gap;
  ExpectGolden("women_men_gap_sv.svg", RenderChartSvg(input, l));
  ExpectGolden("women_men_gap_sv.html", RenderDataTable(input, l));
}

TEST(ChartSvg, AnnotationsGolden) {
  stats::Analysis a = testing::RunChart();
  ChartInput input;
  input.series = {{&a, {}}};
  // Two overlapping cycles, one of a single period, one still running, two off the chart.
  input.annotations = {{"2024-03-01", "PGSA 1: Anta", "2024-05-01"},
                       {"2024-04-01", "PGSA 2: <checklista> & rutin", "2024-07-01"},
                       {"2024-12-01", "PGSA 3: införd i ordinarie arbete"},
                       {"2025-09-01", "PGSA 4", "", true},
                       {"2030-01-01", "not on the chart"},
                       {"2023-01-01", "before the chart", "2023-06-01"}};
  ExpectGolden("annotations_sv.svg", RenderChartSvg(input, Sv("Trygghet")));
  ExpectGolden("annotations_sv.html", RenderDataTable(input, Sv("Trygghet")));
}

// Small multiples on the programme page cut long measure names: the title wraps instead.
TEST(ChartSvg, ALongTitleWrapsOnASmallChartInsteadOfBeingCut) {
  stats::Analysis a = testing::RunChart();
  ChartInput input;
  input.series = {{&a, {}}};
  input.annotations = {{"2024-03-01", "PGSA 1: Anta", "2024-06-01"},
                       {"2025-05-01", "PGSA 2", "", true}};
  RenderOptions small;
  small.width = 420;
  small.panel_height = 160;
  small.id = "sm1";
  const std::string title = "Besök som börjar inom 15 minuter från planerad tid, andel av alla";
  const std::string svg = RenderChartSvg(input, Sv(title), small);
  EXPECT_NE(svg.find("<tspan x=\"12\" y=\"26\">Besök som börjar inom 15 minuter från</tspan>"),
            std::string::npos);
  EXPECT_NE(svg.find("<tspan x=\"12\" y=\"46\">planerad tid, andel av alla</tspan>"),
            std::string::npos);
  ExpectGolden("small_long_title_sv.svg", svg);
}

// Counts the period labels under the x axis.
size_t PeriodLabelCount(const std::string& svg) {
  const size_t start = svg.find("class=\"x-axis\"");
  const size_t end = svg.find("</g>", start);
  size_t count = 0;
  for (size_t at = svg.find("<text", start); at < end; at = svg.find("<text", at + 1)) ++count;
  return count;
}

// At 360 px the 800 px drawing was scaled to about 5 px text; the narrow drawing is shown at
// its own size, so it must fit its period labels and legend into 320 px.
TEST(ChartSvg, NarrowDrawingIsSizedForAPhone) {
  stats::Analysis a = testing::IChartPhases();
  RenderOptions wide;
  wide.id = "total";
  wide.css_class = "chart-wide";
  RenderOptions narrow = NarrowOptions(wide);
  narrow.css_class = "chart-narrow";
  const std::string w =
      RenderChartSvg(a, En("Days from referral to first visit"), stats::RuleSet::kAnhoej, wide);
  const std::string n =
      RenderChartSvg(a, En("Days from referral to first visit"), stats::RuleSet::kAnhoej, narrow);
  EXPECT_NE(n.find("width=\"320\""), std::string::npos);
  EXPECT_NE(n.find("viewBox=\"0 0 320 "), std::string::npos);
  EXPECT_NE(n.find("class=\"chart-narrow\""), std::string::npos);
  EXPECT_NE(w.find("class=\"chart-wide\""), std::string::npos);
  // Both can be on one page: no id is shared.
  EXPECT_NE(n.find("<title id=\"total-narrow-title\">"), std::string::npos);
  EXPECT_EQ(n.find("id=\"total-title\""), std::string::npos);
  // Text keeps its size; fewer period labels so that they do not overlap.
  EXPECT_NE(n.find("font-size=\"13\""), std::string::npos);
  EXPECT_GT(PeriodLabelCount(w), PeriodLabelCount(n));
  EXPECT_GE(PeriodLabelCount(n), 2u);
  // The legend is under the plot and inside the drawing: no text starts beyond 320 px.
  for (size_t at = n.find(" x=\""); at != std::string::npos; at = n.find(" x=\"", at + 1))
    EXPECT_LE(std::stod(n.substr(at + 4)), 320.0) << n.substr(at, 40);
}

// The hardest case for a phone: two groups, the gap panel, a long title and a long legend.
TEST(ChartSvg, WomenAndMenNarrowGolden) {
  testing::Groups g = testing::WomenMen();
  ChartLabels l = Sv("Upplevd delaktighet (index)");
  ChartInput input;
  input.series = {{&g.women, l.women}, {&g.men, l.men}};
  input.gap = &g.gap;
  RenderOptions wide;
  wide.id = "groups";
  ExpectGolden("women_men_gap_narrow_sv.svg", RenderChartSvg(input, l, NarrowOptions(wide)));
}

TEST(ChartSvg, TargetLineIsNotDrawnLikeTheMensSeries) {
  testing::Groups g = testing::WomenMen();
  for (std::size_t i = 0; i < g.women.points.size(); ++i) {
    g.women.points.SetPointLine(stats::Line::kTarget, i, 60);
  }
  ChartLabels l = Sv("Upplevd delaktighet (index)");
  ChartInput input;
  input.series = {{&g.women, l.women}, {&g.men, l.men}};
  input.gap = &g.gap;
  const std::string svg = RenderChartSvg(input, l);
  const std::string target_line = "stroke=\"" + std::string(style::kTarget) +
                                  "\" stroke-width=\"2\" stroke-dasharray=\"" +
                                  std::string(style::kTargetDash) + "\"";
  EXPECT_NE(svg.find("class=\"target\""), std::string::npos);
  // In the plot and in the legend.
  const size_t first = svg.find(target_line);
  ASSERT_NE(first, std::string::npos);
  EXPECT_NE(svg.find(target_line, first + 1), std::string::npos);
  EXPECT_NE(style::kTarget, style::kMen);
  EXPECT_NE(style::kTargetDash, style::kMenDash);
}

TEST(ChartSvg, IsAccessibleImageWithTitleAndSummary) {
  stats::Analysis a = testing::RunChart();
  std::string svg = RenderChartSvg(a, En("Safety"));
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("aria-labelledby=\"chart-title chart-desc\""), std::string::npos);
  EXPECT_NE(svg.find("<title id=\"chart-title\">Safety</title>"), std::string::npos);
  EXPECT_NE(svg.find("<desc id=\"chart-desc\">Safety with 24 points from January 2024 to December "
                     "2025: the runs rules show non-random variation.</desc>"),
            std::string::npos);
}

TEST(ChartSvg, EscapesUserText) {
  stats::Analysis a = testing::RunChart();
  std::string svg = RenderChartSvg(a, En("<script>alert(1)</script>"));
  EXPECT_EQ(svg.find("<script>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;"), std::string::npos);
}

TEST(ChartSvg, SameInputSameBytes) {
  stats::Analysis a = testing::PChart();
  EXPECT_EQ(RenderChartSvg(a, Sv()), RenderChartSvg(a, Sv()));
}

TEST(ChartSvg, SignalsAreMarkedByShapeAndListedInLegend) {
  stats::Analysis a = testing::XmrChart();
  std::string svg = RenderChartSvg(a, En(), stats::RuleSet::kMdc);
  EXPECT_NE(svg.find("<polygon"), std::string::npos);
  EXPECT_NE(svg.find(">Special cause: improvement</text>"), std::string::npos);
  EXPECT_NE(svg.find(">Special cause: concern</text>"), std::string::npos);
  EXPECT_NE(svg.find("class=\"limit-2sigma\""), std::string::npos);
}

TEST(ChartSvg, EmptyAnalysisGivesValidSvg) {
  stats::Analysis a;
  std::string svg = RenderChartSvg(a, Sv());
  EXPECT_EQ(svg.rfind("</svg>\n"), svg.size() - 7);
}

TEST(DataTable, SingleSeriesGolden) {
  stats::Analysis a = testing::IChartPhases();
  ChartInput input;
  input.series = {{&a, {}}};
  std::string html = RenderDataTable(input, Sv("Dagar till första besök"));
  ExpectGolden("i_chart_phases_sv.html", html);
  EXPECT_NE(html.find("<th scope=\"col\">Övre gräns</th>"), std::string::npos);
  EXPECT_NE(html.find("saknas"), std::string::npos);
}

}  // namespace
}  // namespace stegvis::chart
