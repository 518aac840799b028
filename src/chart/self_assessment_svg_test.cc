#include "chart/self_assessment_svg.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace stegvis::chart {
namespace {

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

// Three assessments over two years; step 2 unassessed the second time, step 3 only once.
AssessmentChartInput Fixture() {
  AssessmentChartInput in;
  in.id = "steps";
  in.title = "Självskattning – de tio stegen";
  in.desc = "Poäng 1–4 per steg vid tre tillfällen.";
  in.dates = {"2024-03-12", "2025-02-20", "2026-03-05"};
  in.columns = 2;
  in.panels = {{"Steg 1", {1, 2, 3}},
               {"Steg 2", {2, std::nullopt, 3}},
               {"Steg 3 <&>", {std::nullopt, std::nullopt, 4}}};
  return in;
}

TEST(SelfAssessmentSvg, Golden) {
  std::string svg = RenderSelfAssessmentSvg(Fixture());
  ExpectGolden("self_assessment_sv.svg", svg);
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("Steg 3 &lt;&amp;&gt;"), std::string::npos);
}

TEST(SelfAssessmentSvg, AMissingScoreBreaksTheLineAndIsNoPoint) {
  std::string svg = RenderSelfAssessmentSvg(Fixture());
  // Steg 2: two points (2024 and 2026) and no line between them through the gap.
  const std::size_t panel = svg.find("id=\"steps-panel-2\"");
  const std::size_t end = svg.find("</g>", panel);
  const std::string part = svg.substr(panel, end - panel);
  EXPECT_EQ(part.find("<path"), std::string::npos) << part;
  std::size_t circles = 0;
  for (std::size_t at = part.find("<circle"); at != std::string::npos;
       at = part.find("<circle", at + 1)) {
    ++circles;
  }
  EXPECT_EQ(circles, 2u);
}

TEST(SelfAssessmentSvg, DatesAreSpacedByTime) {
  AssessmentChartInput in;
  in.dates = {"2024-01-01", "2024-01-11", "2025-01-01"};
  in.panels = {{"A", {1, 1, 1}}};
  std::string svg = RenderSelfAssessmentSvg(in);
  // Plot from x=30 to x=172: the second point sits 10 of 366 days along.
  EXPECT_NE(svg.find("cx=\"30\""), std::string::npos) << svg;
  EXPECT_NE(svg.find("cx=\"33.88\""), std::string::npos) << svg;
  EXPECT_NE(svg.find("cx=\"172\""), std::string::npos) << svg;
}

}  // namespace
}  // namespace stegvis::chart
