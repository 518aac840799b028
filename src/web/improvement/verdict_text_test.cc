#include "web/improvement/verdict_text.h"

#include <cstdio>

#include <gtest/gtest.h>

#include "web/http/embedded_files.h"

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
            "Förbättring för kvinnor: ja – 8 punkter i rad under medianen sedan november 2024; "
            "för få korsningar av medianen (1; vanlig variation ger minst 4).");
  EXPECT_EQ(DescribeJudgement(catalogue_, "en", "women", judgement, *analysis),
            "Improvement for women: yes – 8 points in a row below the median since November 2024; "
            "too few crossings of the median (1; common-cause variation gives at least 4).");
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
  options.direction = stats::Direction::kUp;
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

// Monthly rows from March 2024 against the given centre line 10 (sides read off the values).
stats::Analysis AgainstTen(const std::vector<double>& ys, std::vector<int> part_at = {}) {
  std::vector<stats::Row> rows;
  for (std::size_t i = 0; i < ys.size(); ++i) {
    char label[32];
    std::snprintf(label, sizeof label, "%04d-%02d-01", 2024 + int(i + 2) / 12, int(i + 2) % 12 + 1);
    stats::Row row;
    row.x = double(i);
    row.label = label;
    row.y = ys[i];
    rows.push_back(row);
  }
  stats::ChartOptions options;
  options.chart = stats::ChartType::kRun;
  options.cl = 10;
  options.part_at = std::move(part_at);
  auto analysis = stats::Analyze(rows, options);
  EXPECT_TRUE(analysis) << analysis.error().message;
  return *analysis;
}

// Phase 1: March 2024 – February 2025, ending on eight points above the line (July 2024 –
// February 2025); phase 2 from March 2025 has three points, and the rules need 12.
TEST_F(VerdictTextTest, ANewPhaseSaysItHasTooFewPointsAndHowTheLastOneEnded) {
  auto analysis = AgainstTen({11, 9, 11, 9, 12, 12, 12, 12, 12, 12, 12, 12, 13, 13, 13}, {12});
  auto judgement = stats::JudgeSeries(analysis, stats::RuleSet::kAnhoej, stats::Direction::kUp);
  ASSERT_EQ(judgement.verdict, stats::SeriesVerdict::kTooFewPoints);
  EXPECT_EQ(DescribeJudgement(catalogue_, "sv", "kvinnor", judgement, analysis),
            "Förbättring för kvinnor: för få punkter ännu: 3 av minst 12 i den nya fasen sedan "
            "mars 2025 – den förra fasen slutade med en förbättring: 8 punkter i rad över "
            "medianen från juli 2024 till februari 2025.");
  EXPECT_EQ(DescribeJudgement(catalogue_, "en", "women", judgement, analysis),
            "Improvement for women: too few points yet: 3 of at least 12 in the new phase since "
            "March 2025 – the previous phase ended with an improvement: 8 points in a row above "
            "the median from July 2024 to February 2025.");
}

// Once the new phase has enough points and still no signal, it is common-cause variation, and
// the previous phase's end is still named; a phase that ended without a signal says so.
TEST_F(VerdictTextTest, ANewPhaseWithEnoughPointsAndNoSignalIsCommonCause) {
  auto analysis = AgainstTen(
      {11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9}, {12});
  auto judgement = stats::JudgeSeries(analysis, stats::RuleSet::kAnhoej, stats::Direction::kUp);
  EXPECT_EQ(DescribeJudgement(catalogue_, "sv", "män", judgement, analysis),
            "Förbättring för män: inga tecken ännu – bara vanlig variation; den förra fasen "
            "slutade utan tecken på förändring.");
}

// Eight points below the line (March – October 2024), then five above: the run below has
// ended, and the too few crossings say where the series went. Regression: this read "nej, en
// försämring", then "inga tecken just nu".
TEST_F(VerdictTextTest, AStepUpAfterALongRunBelowIsAnImprovement) {
  auto analysis = AgainstTen({8, 8, 8, 8, 8, 8, 8, 8, 12, 12, 12, 12, 12});
  auto judgement = stats::JudgeSeries(analysis, stats::RuleSet::kAnhoej, stats::Direction::kUp);
  EXPECT_EQ(DescribeJudgement(catalogue_, "sv", "kvinnor", judgement, analysis),
            "Förbättring för kvinnor: ja – för få korsningar av medianen (1; vanlig variation ger "
            "minst 3), senast 5 punkter i rad över medianen sedan november 2024.");
  EXPECT_EQ(DescribeJudgement(catalogue_, "en", "women", judgement, analysis),
            "Improvement for women: yes – too few crossings of the median (1; common-cause "
            "variation gives at least 3), most recently 5 points in a row above the median since "
            "November 2024.");
}

// Six points alternating about the line, eight above (September 2024 – April 2025), then six
// of which four lie below: the run has ended and no other rule fired. The words name the run
// and say that it no longer holds.
TEST_F(VerdictTextTest, ASignalThatNoLongerHoldsIsNamedAsEnded) {
  auto analysis =
      AgainstTen({11, 9, 11, 9, 11, 9, 12, 12, 12, 12, 12, 12, 12, 12, 9, 11, 9, 8, 11, 9});
  auto judgement = stats::JudgeSeries(analysis, stats::RuleSet::kAnhoej, stats::Direction::kUp);
  ASSERT_EQ(judgement.verdict, stats::SeriesVerdict::kChanged);
  EXPECT_EQ(DescribeJudgement(catalogue_, "sv", "kvinnor", judgement, analysis),
            "Förbättring för kvinnor: ingen tydlig riktning just nu – den senaste signalen, 8 "
            "punkter i rad över medianen från september 2024 till april 2025, gäller inte "
            "längre.");
  EXPECT_EQ(DescribeJudgement(catalogue_, "en", "women", judgement, analysis),
            "Improvement for women: no clear direction at present – the latest signal, 8 points "
            "in a row above the median from September 2024 to April 2025, no longer holds.");
}

// The difference women − men: phase 1 (March 2024 – February 2025) four months around 20, then
// eight around 2.5, below the phase's mean 8.5 (a shift needs 8 of 12) and below its lower
// limit (the moving range of the step is screened), crossing it once: the gap narrowed.
// Phase 2 from March 2025 has three months, and the rules need 12.
TEST_F(VerdictTextTest, ANewPhaseOfTheGapSaysHowTheGapEndedThePreviousPhase) {
  const double gaps[] = {20, 21, 20, 21, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2};
  std::vector<stats::Row> women;
  std::vector<stats::Row> men;
  for (int i = 0; i < 15; ++i) {
    char label[32];
    std::snprintf(label, sizeof label, "%04d-%02d-01", 2024 + (i + 2) / 12, (i + 2) % 12 + 1);
    stats::Row m;
    m.x = i;
    m.label = label;
    m.y = 50;
    men.push_back(m);
    m.y = 50 + gaps[i];
    women.push_back(m);
  }
  stats::ChartOptions options;
  options.chart = stats::ChartType::kRun;
  options.part_at = {12};
  auto gap = stats::AnalyzeGap(women, men, options);
  ASSERT_TRUE(gap) << gap.error().message;
  EXPECT_EQ(DescribeGap(catalogue_, "sv", "kvinnor", "män", *gap),
            "Gapet mellan kvinnor och män: för få punkter ännu: 3 av minst 12 i den nya fasen "
            "sedan mars 2025 – i den förra fasen minskade gapet: 8 punkter i rad under "
            "medelvärdet från juli 2024 till februari 2025; 8 punkter under den nedre gränsen "
            "från juli 2024 till februari 2025; för få korsningar av medelvärdet (1; vanlig "
            "variation ger minst 3).");
  EXPECT_EQ(DescribeGap(catalogue_, "en", "women", "men", *gap),
            "The gap between women and men: too few points yet: 3 of at least 12 in the new "
            "phase since March 2025 – in the previous phase the gap narrowed: 8 points in a row "
            "below the mean from July 2024 to February 2025; 8 points below the lower limit from "
            "July 2024 to February 2025; too few crossings of the mean (1; common-cause "
            "variation gives at least 3).");
}

}  // namespace
}  // namespace stegvis::web
