#include "chart/funnel_svg.h"
#include "chart/test_labels.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace stegvis::chart {
namespace {

// A hand-built funnel (centre 20 %, normal-approximation limits) so the golden file changes
// only when the renderer does.
stats::Funnel Fixture() {
  stats::Funnel f;
  f.centre = 20;
  auto limits = [](double n) {
    const double se = 100 * std::sqrt(0.2 * 0.8 / n);
    return stats::FunnelLimits{n, std::max(0.0, 20 - 1.96 * se), 20 + 1.96 * se,
                               std::max(0.0, 20 - 3.09 * se), 20 + 3.09 * se};
  };
  for (int k = 0; k < 30; ++k) f.curve.push_back(limits(20 * std::pow(30.0, k / 29.0)));
  struct U {
    const char* label;
    double value, n;
    stats::FunnelPosition position;
  };
  const U units[] = {{"Team Norr", 18, 120, stats::FunnelPosition::kWithin},
                     {"Team Syd", 24, 80, stats::FunnelPosition::kWithin},
                     {"Team Väst", 31, 150, stats::FunnelPosition::kAbove998},
                     {"Team Öst", 13.5, 300, stats::FunnelPosition::kBelow95},
                     {"Hemtjänst <A&B>", 22, 600, stats::FunnelPosition::kWithin},
                     {"Äldreboende 1", 5, 40, stats::FunnelPosition::kWithin},
                     {"Äldreboende 2", 16.5, 500, stats::FunnelPosition::kBelow95}};
  for (const U& u : units) f.units.push_back({u.label, u.value, limits(u.n), u.position});
  return f;
}

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
  EXPECT_TRUE(expected.str() == actual) << name << " differs from the golden file";
}

TEST(FunnelSvg, Golden) {
  ChartLabels labels = testing::CatalogueLabels(Lang::kSv);
  labels.title = "Andel fall per enhet (%)";
  FunnelRenderOptions options;
  options.direction = stats::Direction::kDown;
  stats::Funnel f = Fixture();
  std::string svg = RenderFunnelSvg(f, labels, options);
  ExpectGolden("funnel_sv.svg", svg);
  ExpectGolden("funnel_sv.html", RenderFunnelTable(f, labels));
  EXPECT_NE(svg.find("<desc id=\"funnel-desc\">Andel fall per enhet (%) med 7 enheter runt ett "
                     "sammanvägt värde på 20,0: 1 utanför 99,8 %-gränserna.</desc>"),
            std::string::npos);
  EXPECT_NE(svg.find("Hemtjänst &lt;A&amp;B&gt;"), std::string::npos);
}

TEST(FunnelSvg, FromTheEngine) {
  std::vector<stats::FunnelUnit> units = {{"A", 10, 100}, {"B", 40, 120}, {"C", 15, 90}};
  auto funnel = stats::AnalyzeFunnel(units, {.multiply = 100});
  ASSERT_TRUE(funnel.has_value()) << funnel.error().message;
  std::string svg = RenderFunnelSvg(*funnel, testing::CatalogueLabels(Lang::kEn));
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find(">B</text>"), std::string::npos);  // B is far above the others: labelled
}

// The text between the first `open` at or after `from` and the next "</g>".
std::string Group(const std::string& svg, const std::string& open, std::size_t from) {
  const std::size_t start = svg.find(open, from);
  if (start == std::string::npos) return {};
  return svg.substr(start, svg.find("</g>", start) - start);
}

TEST(FunnelSvg, SmallMultiplesShareTheirAxes) {
  std::vector<stats::FunnelUnit> low = {{"A", 2, 100}, {"B", 5, 120}};
  std::vector<stats::FunnelUnit> high = {{"A", 70, 400}, {"B", 90, 150}};
  auto women = stats::AnalyzeFunnel(low, {.multiply = 100});
  auto men = stats::AnalyzeFunnel(high, {.multiply = 100});
  ASSERT_TRUE(women && men);
  ChartLabels labels = testing::CatalogueLabels(Lang::kSv);
  labels.title = "Nöjda";
  const std::string svg = RenderFunnelPanels({{"Kvinnor", &*women}, {"Män", &*men}}, labels,
                                             "Två paneler", {.width = 400});
  EXPECT_NE(svg.find("<title id=\"funnel-title\">Nöjda</title>"), std::string::npos);
  EXPECT_NE(svg.find("<desc id=\"funnel-desc\">Två paneler</desc>"), std::string::npos);
  EXPECT_NE(svg.find("<title id=\"funnel-1-title\">Kvinnor</title>"), std::string::npos);
  EXPECT_NE(svg.find("<title id=\"funnel-2-title\">Män</title>"), std::string::npos);
  EXPECT_NE(svg.find("width=\"800\""), std::string::npos) << "two panels side by side";
  EXPECT_NE(svg.find("translate(400 0)"), std::string::npos);
  const std::size_t second = svg.find("funnel-2-title");
  const std::string y_first = Group(svg, "<g class=\"y-axis\"", 0);
  const std::string x_first = Group(svg, "<g class=\"x-axis\"", 0);
  ASSERT_FALSE(y_first.empty());
  EXPECT_EQ(y_first, Group(svg, "<g class=\"y-axis\"", second)) << "the same values, same places";
  EXPECT_EQ(x_first, Group(svg, "<g class=\"x-axis\"", second)) << "the same sizes";
  EXPECT_NE(y_first.find(">60<"), std::string::npos) << "the women's panel reaches the men's 60 %";
  EXPECT_EQ(Group(RenderFunnelSvg(*women, labels), "<g class=\"y-axis\"", 0).find(">60<"),
            std::string::npos)
      << "on its own the women's axis ends near 10 %";
}

}  // namespace
}  // namespace stegvis::chart
