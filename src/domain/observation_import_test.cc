// Reading a file of one measure's values (domain/observation_import.h): the header maps
// itself from the grid's words in either language, and every problem names its line and
// column; what can be saved is the grid's batch.

#include "domain/observation_import.h"

#include <gtest/gtest.h>

namespace stegvis::domain {
namespace {

HeaderWords Words() {
  HeaderWords w;
  w.period = {"Period", "Period"};
  w.numerator = {"täljare", "numerator"};
  w.denominator = {"nämnare", "denominator"};
  w.groups = {{"women", {"Kvinnor", "kvinnor", "Women", "women"}},
              {"men", {"Män", "män", "Men", "men"}},
              {"girls", {"Flickor", "Girls"}},
              {"boys", {"Pojkar", "Boys"}},
              {"total", {"Totalt", "totalt", "Total", "total"}}};
  return w;
}

Measure Count() {
  Measure m;
  m.id = 7;
  m.data_type = stats::DataType::kCount;
  m.frequency = Frequency::kMonth;
  m.grouping = Grouping::kWomenMen;
  return m;
}

ImportSheet Sheet(std::vector<std::string> header, std::vector<std::vector<std::string>> rows) {
  ImportSheet s;
  s.header = std::move(header);
  for (std::size_t i = 0; i < rows.size(); ++i) s.lines.push_back(i + 2);
  s.rows = std::move(rows);
  return s;
}

ImportPreview Preview(const Measure& m, const ImportSheet& s) {
  return PreviewImport(m, s, Words(), {}, "2027-01");
}

TEST(ObservationImportTest, SwedishHeadingsMapThemselvesAndGiveTheGridsBatch) {
  ImportPreview p = Preview(Count(), Sheet({"Period", "Kvinnor", "Män", "Totalt"},
                                           {{"2026-01", "3", "4", "7"}, {"2026-2", "", "1", "1"}}));
  EXPECT_TRUE(p.problems.empty());
  ASSERT_EQ(p.cells.size(), 6u);
  EXPECT_EQ(p.cells[0].period, "2026-01");
  EXPECT_EQ(p.cells[0].group, "women");
  EXPECT_EQ(p.cells[3].period, "2026-02") << "the batch holds the period as it will be saved";
  EXPECT_EQ(p.cells[3].value, "") << "an empty cell is missing, never zero";
  ASSERT_EQ(p.rows.size(), 2u);
  EXPECT_EQ(p.rows[1].period, "2026-02") << "the reading shows the period as it will be saved";
  EXPECT_EQ(p.rows[1].line, 3u);
}

TEST(ObservationImportTest, EnglishHeadingsInAnyCaseAndOrderMapToo) {
  ImportPreview p =
      Preview(Count(), Sheet({"MEN", " period ", "women"}, {{"1", "2026-03", "2,0"}}));
  EXPECT_TRUE(p.problems.empty());
  ASSERT_EQ(p.cells.size(), 2u);
  EXPECT_EQ(p.cells[0].group, "men");
  EXPECT_EQ(p.cells[1].group, "women");
  EXPECT_EQ(p.rows[0].cells[2], "2") << "a decimal comma read as the grid reads it";
}

TEST(ObservationImportTest, ABadCellIsNamedByLineColumnAndWhatWasWritten) {
  ImportPreview p = Preview(Count(), Sheet({"Period", "Kvinnor", "Män"},
                                           {{"2026-01", "3", "4"}, {"2026-02", "3,5", "x"}}));
  ASSERT_EQ(p.problems.size(), 2u);
  EXPECT_EQ(p.problems[0].line, 3u);
  EXPECT_EQ(p.problems[0].column, 2u);
  EXPECT_EQ(p.problems[0].heading, "Kvinnor");
  EXPECT_EQ(p.problems[0].error.key, "error.not_a_count");
  EXPECT_EQ(p.problems[0].written, "3,5");
  EXPECT_EQ(p.problems[1].column, 3u);
  EXPECT_EQ(p.problems[1].error.key, "error.not_a_number");
  EXPECT_EQ(ColumnLetter(p.problems[1].column), "C");
}

TEST(ObservationImportTest, ABadPeriodIsNamedOnceForItsRow) {
  ImportPreview p = Preview(Count(), Sheet({"Period", "Kvinnor", "Män"}, {{"januari", "3", "4"}}));
  ASSERT_EQ(p.problems.size(), 1u);
  EXPECT_EQ(p.problems[0].column, 1u);
  EXPECT_EQ(p.problems[0].error.key, "error.bad_period");
  EXPECT_TRUE(p.cells.empty());
}

TEST(ObservationImportTest, UnknownAndRepeatedColumnsAndAMissingPeriodAreNamed) {
  ImportPreview p = Preview(Count(), Sheet({"Månad", "Kvinnor", "Flickor", "kvinnor"}, {}));
  ASSERT_EQ(p.problems.size(), 4u);
  EXPECT_EQ(p.problems[0].column, 0u) << "the whole header row first";
  EXPECT_EQ(p.problems[0].error.key, "error.import.no_period");
  EXPECT_EQ(p.problems[1].column, 1u);
  EXPECT_EQ(p.problems[1].error.key, "error.import.unknown_column");
  EXPECT_EQ(p.problems[2].column, 3u) << "girls are no group of a women/men measure";
  EXPECT_EQ(p.problems[3].error.key, "error.import.duplicate_column");
  const core::ErrorParam* columns = p.problems[1].error.Param("columns");
  ASSERT_NE(columns, nullptr);
  EXPECT_EQ(columns->text, "Period, Kvinnor, Män, Totalt");
}

TEST(ObservationImportTest, AProportionTakesNumeratorAndDenominatorColumns) {
  Measure m = Count();
  m.data_type = stats::DataType::kProportion;
  ImportPreview p = Preview(m, Sheet({"Period", "Kvinnor täljare", "Kvinnor (nämnare)",
                                      "Men numerator", "Men denominator"},
                                     {{"2026-01", "3", "10", "5", "0"}}));
  ASSERT_EQ(p.cells.size(), 2u);
  EXPECT_EQ(p.cells[0].value, "3");
  EXPECT_EQ(p.cells[0].denominator, "10");
  ASSERT_EQ(p.problems.size(), 1u);
  EXPECT_EQ(p.problems[0].error.key, "error.denominator_zero");
  EXPECT_EQ(p.problems[0].column, 5u) << "the denominator's own column";
}

TEST(ObservationImportTest, WhatCannotBeTrueTogetherIsNamedToo) {
  ImportPreview p = Preview(Count(), Sheet({"Period", "Kvinnor", "Män", "Totalt"},
                                           {{"2026-01", "3", "4", "8"}, {"2027-02", "1", "", ""}}));
  ASSERT_EQ(p.problems.size(), 2u);
  EXPECT_EQ(p.problems[0].error.key, "error.total_not_sum");
  EXPECT_EQ(p.problems[0].line, 2u);
  EXPECT_EQ(p.problems[0].column, 4u);
  EXPECT_EQ(p.problems[1].error.key, "error.future_period");
  EXPECT_EQ(p.problems[1].line, 3u);
}

TEST(ObservationImportTest, OnlyAPeriodColumnHasNothingToSave) {
  ImportPreview p = Preview(Count(), Sheet({"Period"}, {{"2026-01"}}));
  ASSERT_EQ(p.problems.size(), 1u);
  EXPECT_EQ(p.problems[0].error.key, "error.import.no_values");
}

TEST(ObservationImportTest, ColumnLettersGoPastZ) {
  EXPECT_EQ(ColumnLetter(1), "A");
  EXPECT_EQ(ColumnLetter(26), "Z");
  EXPECT_EQ(ColumnLetter(27), "AA");
  EXPECT_EQ(ColumnLetter(53), "BA");
}

}  // namespace
}  // namespace stegvis::domain

namespace stegvis::domain {
namespace {

// A Kolada file's sheet: Period, K, M, T (web/improvement/import_file.h) for a yearly measure.
ImportSheet KoladaSheet() {
  ImportSheet s = Sheet({"Period", "K", "M", "T"},
                        {{"2022", "", "28.3", "32"}, {"2023", "36.4", "29", "32.7"}});
  s.kolada = KoladaSource{"N00945", "0180", false};
  return s;
}

HeaderWords WordsWithKoladaCodes() {
  HeaderWords w = Words();
  for (const char* g : {"women", "girls"}) w.groups[g].push_back("K");
  for (const char* g : {"men", "boys"}) w.groups[g].push_back("M");
  w.groups["total"].push_back("T");
  return w;
}

TEST(ObservationImportTest, KoladasYearlyFiguresFillAYearlyMeasure) {
  Measure m = Count();
  m.data_type = stats::DataType::kContinuous;
  m.frequency = Frequency::kYear;
  ImportPreview p = PreviewImport(m, KoladaSheet(), WordsWithKoladaCodes(), {}, "2026");
  EXPECT_TRUE(p.problems.empty());
  ASSERT_TRUE(p.kolada);
  EXPECT_EQ(p.kolada->kpi, "N00945");
  ASSERT_EQ(p.cells.size(), 6u);
  EXPECT_EQ(p.cells[0].period, "2022");
  EXPECT_EQ(p.cells[0].group, "women");
  EXPECT_EQ(p.cells[0].value, "") << "Kolada's null is missing";
  EXPECT_EQ(p.cells[5].group, "total");
  EXPECT_EQ(p.cells[5].value, "32.7");
  // K and M are girls and boys for a measure of girls and boys.
  m.grouping = Grouping::kGirlsBoys;
  p = PreviewImport(m, KoladaSheet(), WordsWithKoladaCodes(), {}, "2026");
  EXPECT_TRUE(p.problems.empty());
  EXPECT_EQ(p.cells[1].group, "boys");
}

TEST(ObservationImportTest, KoladaIntoAMonthlyOrProportionMeasureIsOneProblemInWords) {
  Measure monthly = Count();
  ImportPreview p = PreviewImport(monthly, KoladaSheet(), WordsWithKoladaCodes(), {}, "2026-01");
  ASSERT_EQ(p.problems.size(), 1u) << "not a bad period on every row";
  EXPECT_EQ(p.problems[0].error.key, "error.kolada.not_yearly");
  EXPECT_EQ(p.problems[0].line, 0u);
  EXPECT_TRUE(p.cells.empty());
  Measure proportion = Count();
  proportion.frequency = Frequency::kYear;
  proportion.data_type = stats::DataType::kProportion;
  p = PreviewImport(proportion, KoladaSheet(), WordsWithKoladaCodes(), {}, "2026");
  ASSERT_EQ(p.problems.size(), 1u);
  EXPECT_EQ(p.problems[0].error.key, "error.kolada.needs_denominator");
}

}  // namespace
}  // namespace stegvis::domain
