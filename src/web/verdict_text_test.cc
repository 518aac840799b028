#include "web/verdict_text.h"

#include <gtest/gtest.h>

#include "web/embedded_files.h"

namespace stegvis::web {
namespace {

// Monthly rows from March 2024: eight values around 20, then eight around 12.
std::vector<stats::Row> ShiftDown(double before = 20, double after = 12) {
  std::vector<stats::Row> rows;
  const char* months[] = {"2024-03-01", "2024-04-01", "2024-05-01", "2024-06-01",
                          "2024-07-01", "2024-08-01", "2024-09-01", "2024-10-01",
                          "2024-11-01", "2024-12-01", "2025-01-01", "2025-02-01",
                          "2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01"};
  const double wobble[] = {0.4, -0.3, 0.2, -0.1, 0.3, -0.4, 0.1, -0.2};
  for (int i = 0; i < 16; ++i) {
    stats::Row row;
    row.x = i;
    row.label = months[i];
    row.y = (i < 8 ? before : after) + wobble[i % 8];
    rows.push_back(row);
  }
  return rows;
}

class VerdictTextTest : public ::testing::Test {
 protected:
  Catalogue catalogue_ = *Catalogue::Load(EmbeddedFiles());
};

TEST_F(VerdictTextTest, NamesTheShiftAndWhenItBegan) {
  stats::ChartOptions options;
  options.chart = stats::ChartType::kRun;
  options.direction = stats::Direction::kDown;
  auto rows = ShiftDown();
  auto analysis = stats::Analyze(rows, options);
  ASSERT_TRUE(analysis) << analysis.error().message;
  auto judgement = stats::JudgeSeries(*analysis, options.rules, options.direction);
  ASSERT_EQ(judgement.verdict, stats::SeriesVerdict::kImproved);
  EXPECT_EQ(DescribeJudgement(catalogue_, "sv", "kvinnor", judgement, *analysis),
            "Förbättring för kvinnor: ja – 8 punkter i rad under medianen sedan november 2024.");
  EXPECT_EQ(DescribeJudgement(catalogue_, "en", "women", judgement, *analysis),
            "Improvement for women: yes – 8 points in a row below the median since November 2024.");
}

TEST_F(VerdictTextTest, SaysDeteriorationWhenTheShiftGoesTheWrongWay) {
  stats::ChartOptions options;
  options.chart = stats::ChartType::kRun;
  options.direction = stats::Direction::kUp;
  auto rows = ShiftDown();
  auto analysis = stats::Analyze(rows, options);
  ASSERT_TRUE(analysis);
  auto judgement = stats::JudgeSeries(*analysis, options.rules, options.direction);
  std::string text = DescribeJudgement(catalogue_, "sv", "män", judgement, *analysis);
  EXPECT_EQ(text.rfind("Förbättring för män: nej, en försämring – 8 punkter i rad under", 0), 0u)
      << text;
}

TEST_F(VerdictTextTest, CommonCauseOnlyIsSaidPlainly) {
  stats::ChartOptions options;
  options.chart = stats::ChartType::kRun;
  auto rows = ShiftDown(15, 15);
  auto analysis = stats::Analyze(rows, options);
  ASSERT_TRUE(analysis);
  auto judgement = stats::JudgeSeries(*analysis, options.rules, options.direction);
  EXPECT_EQ(DescribeJudgement(catalogue_, "sv", "kvinnor", judgement, *analysis),
            "Förbättring för kvinnor: inga tecken ännu – bara vanlig variation.");
}

TEST_F(VerdictTextTest, WordsTheGapBetweenWomenAndMen) {
  stats::ChartOptions options;
  options.chart = stats::ChartType::kRun;
  options.direction = stats::Direction::kUp;
  auto women = ShiftDown(20, 20);  // level
  auto men = ShiftDown(12, 19);    // catching up: the gap closes from 8 to 1
  auto gap = stats::AnalyzeGap(women, men, options);
  ASSERT_TRUE(gap) << gap.error().message;
  ASSERT_EQ(gap->gap_verdict, stats::GapVerdict::kNarrowing);
  std::string text = DescribeGap(catalogue_, "sv", "kvinnor", "män", *gap);
  EXPECT_EQ(text.rfind("Gapet mellan kvinnor och män: minskar – ", 0), 0u) << text;
  EXPECT_NE(text.find("sedan november 2024"), std::string::npos) << text;
}

}  // namespace
}  // namespace stegvis::web
