// A Workbook as an .xlsx (xlsx/writer.h), opened again with libzip and libxml2 (readers
// independent of the writer): the package is sound, numbers are numbers, dates are date
// serials with a date format, texts are texts (never formulas), and the sheets carry their
// names in order.

#include "xlsx/writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "xlsx/testing/sheet_check.h"

namespace stegvis::xlsx {
namespace {

using testing::Cells;
using testing::SheetNames;

Workbook Sample() {
  Workbook book;
  book.title = "Andel nöjda";
  book.sheets.push_back({"Värden",
                         {"Period", "Kvinnor", "Män", "Anteckning"},
                         {{Month{2026, 3}, 12.5, 7.0, std::string("=1+1")},
                          {Month{2026, 4}, std::monostate{},
                           std::numeric_limits<double>::quiet_NaN(), std::string("å ä ö")}}});
  book.sheets.push_back(
      {"Historik",
       {"Tid", "Dag"},
       {{Moment{1'772'359'200}, Day{2026, 12, 6}}, {Moment{0}, Day{1899, 1, 1}}}});
  return book;
}

TEST(WriteXlsxTest, ThePackageIsSoundAndNamesItsSheetsInOrder) {
  auto file = WriteXlsx(Sample());
  ASSERT_TRUE(file) << file.error().message;
  auto package = docx::testing::OpenPackage(*file);
  EXPECT_TRUE(package.problems.empty()) << package.problems.front();
  ASSERT_TRUE(package.parts.count("xl/workbook.xml"));
  EXPECT_EQ(SheetNames(package.parts["xl/workbook.xml"]),
            (std::vector<std::string>{"Värden", "Historik"}));
  EXPECT_NE(package.parts["docProps/core.xml"].find("Andel nöjda"), std::string::npos);
}

TEST(WriteXlsxTest, NumbersAreNumbersAndTextsAreNeverFormulas) {
  auto file = WriteXlsx(Sample());
  ASSERT_TRUE(file);
  auto package = docx::testing::OpenPackage(*file);
  auto cells = Cells(package.parts["xl/worksheets/sheet1.xml"]);
  EXPECT_EQ(cells["B2"].type, "");
  EXPECT_EQ(cells["B2"].value, "12.5");
  EXPECT_EQ(cells["C2"].value, "7");
  EXPECT_EQ(cells["D2"].type, "inlineStr") << "a text, not a formula";
  EXPECT_EQ(cells["D2"].value, "=1+1");
  EXPECT_EQ(cells["D3"].value, "å ä ö");
  EXPECT_FALSE(cells.count("B3")) << "an empty cell is not written";
  EXPECT_FALSE(cells.count("C3")) << "NaN is an empty cell";
  EXPECT_EQ(cells["A1"].value, "Period");
  EXPECT_NE(cells["A1"].style, "") << "the header row is bold";
}

TEST(WriteXlsxTest, DatesAreDateSerialsWithADateFormat) {
  auto file = WriteXlsx(Sample());
  ASSERT_TRUE(file);
  auto package = docx::testing::OpenPackage(*file);
  auto values = Cells(package.parts["xl/worksheets/sheet1.xml"]);
  EXPECT_EQ(values["A2"].type, "");
  EXPECT_EQ(values["A2"].value, "46082") << "2026-03-01 is day 46082 of Excel's calendar";
  EXPECT_EQ(values["A3"].value, "46113");
  auto history = Cells(package.parts["xl/worksheets/sheet2.xml"]);
  // 1772359200 is 2026-03-01 10:00:00 UTC: day 46082 and 10/24 of a day.
  EXPECT_NEAR(std::stod(history["A2"].value), 46082 + 10.0 / 24, 1e-9);
  EXPECT_EQ(history["B2"].value, "46362");
  EXPECT_EQ(history["B3"].type, "inlineStr") << "before Excel's calendar: the date as text";
  EXPECT_EQ(history["B3"].value, "1899-01-01");
  const std::string& styles = package.parts["xl/styles.xml"];
  for (const char* format : {"yyyy-mm", "yyyy-mm-dd", "yyyy-mm-dd hh:mm:ss"}) {
    EXPECT_NE(styles.find(std::string("formatCode=\"") + format + "\""), std::string::npos)
        << format;
  }
  EXPECT_NE(values["A2"].style, values["B2"].style) << "the period has its date format";
}

TEST(WriteXlsxTest, CutsATextLongerThanACellHolds) {
  Workbook book;
  std::string long_text(kMaxCellText - 4, 'a');
  long_text += "åäö";  // the cut falls inside "å"
  book.sheets.push_back({"Text", {"Före"}, {{long_text}}});
  auto file = WriteXlsx(book);
  ASSERT_TRUE(file) << file.error().message;
  auto package = docx::testing::OpenPackage(*file);
  auto cells = Cells(package.parts["xl/worksheets/sheet1.xml"]);
  const std::string& written = cells["A2"].value;
  EXPECT_LE(written.size(), kMaxCellText);
  EXPECT_EQ(written, std::string(kMaxCellText - 4, 'a') + "…") << "cut at a character";
}

TEST(WriteXlsxTest, RefusesASheetLongerThanExcelTakes) {
  Workbook book;
  book.sheets.push_back({"Lång", {"Period"}, std::vector<std::vector<Cell>>(kMaxRows)});
  auto file = WriteXlsx(book);
  ASSERT_FALSE(file);
  EXPECT_EQ(file.error().key, "error.xlsx.too_large");
}

TEST(SheetNameTest, ReplacesWhatExcelRefusesAndCutsByCharacters) {
  std::vector<std::string> taken;
  EXPECT_EQ(SheetName("Mål/utfall [2026]: *?\\", taken), "Mål-utfall -2026-- ---");
  EXPECT_EQ(SheetName("'citerad'", taken), "-citerad-");
  EXPECT_EQ(SheetName("", taken), "-");
  const std::string name = SheetName(std::string(40, 'a') + "ö", taken);
  EXPECT_EQ(name, std::string(31, 'a'));
  EXPECT_EQ(SheetName("åååååååååååååååååååååååååååååååååååå", taken).size(), 31u * 2)
      << "31 characters of two bytes each";
}

TEST(SheetNameTest, MakesNamesUniqueWithoutRegardToCase) {
  std::vector<std::string> taken;
  EXPECT_EQ(SheetName("Värden", taken), "Värden");
  EXPECT_EQ(SheetName("värden", taken), "värden (2)");
  EXPECT_EQ(SheetName("Värden", taken), "Värden (3)");
  const std::string long_name(31, 'x');
  EXPECT_EQ(SheetName(long_name, taken), long_name);
  EXPECT_EQ(SheetName(long_name, taken), std::string(27, 'x') + " (2)");
  EXPECT_EQ(taken.size(), 5u);
}

}  // namespace
}  // namespace stegvis::xlsx
