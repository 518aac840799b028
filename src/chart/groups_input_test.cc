#include "chart/groups_input.h"

#include <gtest/gtest.h>

#include "chart/chart_svg.h"
#include "chart/data_table.h"
#include "chart/test_labels.h"

namespace stegvis::chart {
namespace {

// The real engine end to end: two groups in, one SVG with both series and the gap panel.
TEST(GroupsInput, RendersBothGroupsAndTheGapFromTheEngine) {
  std::vector<stats::Row> women, men;
  for (int i = 0; i < 24; ++i) {
    stats::Row w, m;
    w.x = m.x = 19723 + 31 * i;  // about monthly; labels below are what is shown
    w.label = m.label = std::to_string(2024 + i / 12) + "-" + (i % 12 < 9 ? "0" : "") +
                        std::to_string(i % 12 + 1) + "-01";
    w.y = 30 + (i * 7 % 5) + (i >= 12 ? 6 : 0);
    m.y = 38 + (i * 3 % 4);
    women.push_back(w);
    men.push_back(m);
  }
  stats::ChartOptions options;
  options.chart = stats::ChartType::kI;
  options.direction = stats::Direction::kUp;
  auto gap = stats::AnalyzeGap(women, men, options);
  ASSERT_TRUE(gap.has_value()) << gap.error().message;
  ChartLabels labels = testing::CatalogueLabels(Lang::kSv);
  labels.title = "Delaktighet";
  ChartInput input = GroupsInput(*gap, labels);
  std::string svg = RenderChartSvg(input, labels);
  EXPECT_NE(svg.find(">Kvinnor</text>"), std::string::npos);
  EXPECT_NE(svg.find(">Män</text>"), std::string::npos);
  EXPECT_NE(svg.find("Skillnad mellan grupperna (Kvinnor \u2212 Män)"), std::string::npos);
  EXPECT_NE(svg.find("jan 2024"), std::string::npos);
  std::string table = RenderDataTable(input, labels);
  EXPECT_NE(table.find("<th scope=\"col\">Skillnad</th>"), std::string::npos);
}

}  // namespace
}  // namespace stegvis::chart
