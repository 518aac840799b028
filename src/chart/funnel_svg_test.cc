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

}  // namespace
}  // namespace stegvis::chart
