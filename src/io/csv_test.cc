#include "io/csv.h"

#include <cmath>
#include <random>

#include <gtest/gtest.h>

#include "core/decimal.h"

namespace stegvis::io {
namespace {

TEST(CsvTest, CommaSeparatedWithMissingFields) {
  auto table = ParseCsv("x,y,n\n1,2.5,10\n2,,12\n3,4\n");
  ASSERT_TRUE(table.has_value()) << table.error().message;
  EXPECT_EQ(table->separator, ',');
  ASSERT_EQ(table->rows.size(), 3u);
  EXPECT_EQ(table->header, (std::vector<std::string>{"x", "y", "n"}));
  EXPECT_EQ(table->rows[1][1], "");
  EXPECT_EQ(table->rows[2][2], "");  // a short row is padded with missing values
}

TEST(CsvTest, SwedishExcelDialect) {
  // BOM, semicolons, decimal comma, CRLF: what Excel in Swedish saves.
  auto table =
      ParseCsv("\xEF\xBB\xBFm\xC3\xA5nad;v\xC3\xA4rde\r\n2021-01-01;1,5\r\n2021-02-01;2\r\n");
  ASSERT_TRUE(table.has_value()) << table.error().message;
  EXPECT_EQ(table->separator, ';');
  EXPECT_EQ(table->header[0], "m\xC3\xA5nad");
  auto values = NumericColumn(*table, "v\xC3\xA4rde");
  ASSERT_TRUE(values.has_value());
  EXPECT_DOUBLE_EQ((*values)[0], 1.5);
  EXPECT_DOUBLE_EQ((*values)[1], 2.0);
}

TEST(CsvTest, QuotedDecimalCommaInCommaFile) {
  auto table = ParseCsv("x,y\n1,\"1,5\"\n2,\"say \"\"hi\"\", then, go\"\n");
  ASSERT_TRUE(table.has_value());
  EXPECT_EQ(table->rows[0][1], "1,5");
  EXPECT_EQ(table->rows[1][1], "say \"hi\", then, go");
  EXPECT_EQ(core::ParseDecimal(table->rows[0][1])->value, 1.5);
}

TEST(CsvTest, QuotedFieldMayHoldLineBreaks) {
  auto table = ParseCsv("x,note\n1,\"two\nlines\"\n2,b");
  ASSERT_TRUE(table.has_value());
  ASSERT_EQ(table->rows.size(), 2u);
  EXPECT_EQ(table->rows[0][1], "two\nlines");
  EXPECT_EQ(table->rows[1][1], "b");
}

TEST(CsvTest, EachRowKnowsTheLineItBeganOn) {
  // A blank line and a line break inside quotes: the lines a spreadsheet shows.
  auto table = ParseCsv("\r\nx;note\r\n1;\"two\r\nlines\"\r\n\r\n2;b\r\n");
  ASSERT_TRUE(table.has_value());
  EXPECT_EQ(table->header_line, 2u);
  ASSERT_EQ(table->lines.size(), 2u);
  EXPECT_EQ(table->lines[0], 3u);
  EXPECT_EQ(table->lines[1], 6u);
}

TEST(CsvTest, RefusalsCarryAKeyAndTheLine) {
  auto unclosed = ParseCsv("x,y\n1,\"a\nb\n");
  ASSERT_FALSE(unclosed.has_value());
  EXPECT_EQ(unclosed.error().key, "error.csv.unclosed_quote");
  ASSERT_NE(unclosed.error().Param("line"), nullptr);
  EXPECT_EQ(unclosed.error().Param("line")->number, 2);
  auto wide = ParseCsv("x,y\n\n1,2,3\n");
  ASSERT_FALSE(wide.has_value());
  EXPECT_EQ(wide.error().key, "error.csv.too_many_fields");
  EXPECT_EQ(wide.error().Param("line")->number, 3);
  EXPECT_EQ(wide.error().Param("max")->number, 2);
  EXPECT_EQ(ParseCsv("\n\n").error().key, "error.csv.empty");
}

TEST(CsvTest, UnclosedQuoteNamesTheRow) {
  auto table = ParseCsv("x,y\n1,2\n2,\"3\n");
  ASSERT_FALSE(table.has_value());
  EXPECT_EQ(table.error().field, "row 2");
}

TEST(CsvTest, TooManyFieldsNamesTheRow) {
  auto table = ParseCsv("x,y\n1,2\n2,3,4\n");
  ASSERT_FALSE(table.has_value());
  EXPECT_EQ(table.error().field, "row 2");
}

TEST(CsvTest, EmptyTextFails) {
  EXPECT_FALSE(ParseCsv("").has_value());
}

TEST(CsvTest, BlankLinesAreSkipped) {
  auto table = ParseCsv("x,y\n\n1,2\n\n");
  ASSERT_TRUE(table.has_value());
  EXPECT_EQ(table->rows.size(), 1u);
}

TEST(CsvTest, NumericColumnTakesOnlyFiniteDecimalNumbers) {
  auto table = ParseCsv("x;y\n1; +3 \n2;0,001\n3;1 234,5\n");
  ASSERT_TRUE(table.has_value());
  auto values = NumericColumn(*table, "y");
  ASSERT_TRUE(values.has_value()) << values.error().message;
  EXPECT_EQ(*values, (std::vector<double>{3.0, 0.001, 1234.5}));
  // An exponent ("-1.25e2") was read as -125 before core::ParseDecimal became the one rule.
  for (std::string bad : {"-1.25e2", "NaN", "Inf", "-inf", "1e999", "1.000,5", "12 kg", "0x10"}) {
    auto one = ParseCsv("x;y\n1;" + bad + "\n");
    ASSERT_TRUE(one.has_value());
    EXPECT_FALSE(NumericColumn(*one, "y").has_value()) << bad;
  }
}

TEST(CsvTest, NonNumericCellNamesRowAndColumn) {
  auto table = ParseCsv("x;y\n1;2\n2;abc\n");
  ASSERT_TRUE(table.has_value());
  auto values = NumericColumn(*table, "y");
  ASSERT_FALSE(values.has_value());
  EXPECT_EQ(values.error().field, "row 2");
  EXPECT_NE(values.error().message.find("'y'"), std::string::npos);
  EXPECT_NE(values.error().message.find("abc"), std::string::npos);
}

TEST(CsvTest, NanTextIsAnError) {
  auto table = ParseCsv("x,y\n1,NaN\n");
  auto values = NumericColumn(*table, "y");
  ASSERT_FALSE(values.has_value());
  EXPECT_EQ(values.error().field, "row 1");
}

TEST(CsvTest, MissingColumnIsAnError) {
  auto table = ParseCsv("x,y\n1,2\n");
  auto values = NumericColumn(*table, "n");
  ASSERT_FALSE(values.has_value());
  EXPECT_EQ(values.error().field, "n");
}

TEST(CsvTest, IsoDatesAreDaysSince1970) {
  auto table = ParseCsv("x;y\n1970-01-01;1\n2021-01-01;2\n2020-02-29;3\n");
  ASSERT_TRUE(table.has_value());
  auto xs = XColumn(*table, "x");
  ASSERT_TRUE(xs.has_value()) << xs.error().message;
  EXPECT_EQ((*xs)[0].x, 0);
  EXPECT_EQ((*xs)[1].x, 18628);
  EXPECT_EQ((*xs)[2].x, 18321);
  for (std::string bad : {"2021-02-29", "2021-13-01", "2021-1-01"}) {
    auto one = ParseCsv("x;y\n2021-01-01;1\n" + bad + ";2\n");
    ASSERT_TRUE(one.has_value());
    auto x = XColumn(*one, "x");
    ASSERT_FALSE(x.has_value()) << bad;
    EXPECT_EQ(x.error().field, "row 2");
  }
}

TEST(CsvTest, DateXColumnKeepsLabels) {
  auto table = ParseCsv("date,y\n2021-01-02,1\n2021-01-01,2\n");
  auto xs = XColumn(*table, "date");
  ASSERT_TRUE(xs.has_value());
  EXPECT_EQ((*xs)[0].x, 18629);
  EXPECT_EQ((*xs)[0].label, "2021-01-02");
}

TEST(CsvTest, MixedXColumnFails) {
  auto table = ParseCsv("x,y\n2021-01-02,1\n7,2\n");
  auto xs = XColumn(*table, "x");
  ASSERT_FALSE(xs.has_value());
  EXPECT_EQ(xs.error().field, "row 2");
}

TEST(CsvTest, ReadRowsFillsEngineRows) {
  auto table = ParseCsv("x;y;n;phase\n1;2;10;A\n2;;12;B\n");
  auto rows = ReadRows(*table, {.x = "x", .y = "y", .n = "n", .phase = "phase"});
  ASSERT_TRUE(rows.has_value()) << rows.error().message;
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].n, 10);
  EXPECT_TRUE(std::isnan((*rows)[1].y));
  EXPECT_EQ((*rows)[1].phase, "B");
  EXPECT_EQ((*rows)[1].label, "2");
}

TEST(CsvTest, TabSeparatedAndTrimmedFields) {
  auto table = ParseCsv("x\ty\n 1 \t 2,5 \n");
  ASSERT_TRUE(table.has_value());
  EXPECT_EQ(table->separator, '\t');
  EXPECT_EQ(table->rows[0][0], "1");
  EXPECT_EQ(core::ParseDecimal(table->rows[0][1])->value, 2.5);
}

TEST(CsvTest, QuotedEmptyFieldIsMissing) {
  auto table = ParseCsv("x;y\n1;\"\"\n");
  ASSERT_TRUE(table.has_value());
  auto values = NumericColumn(*table, "y");
  ASSERT_TRUE(values.has_value());
  EXPECT_TRUE(std::isnan((*values)[0]));
}

TEST(CsvTest, HeaderOnlyGivesNoRows) {
  auto table = ParseCsv("x;y\r\n");
  ASSERT_TRUE(table.has_value());
  EXPECT_TRUE(table->rows.empty());
  auto rows = ReadRows(*table, {});
  ASSERT_TRUE(rows.has_value());
  EXPECT_TRUE(rows->empty());
}

TEST(CsvTest, EmptyPeriodNamesTheRow) {
  auto table = ParseCsv("x,y\n1,2\n,3\n");
  auto rows = ReadRows(*table, {});
  ASSERT_FALSE(rows.has_value());
  EXPECT_EQ(rows.error().field, "row 2");
}

// Random text made of the characters that matter to the parser: never a crash, and a table
// whose rows all have the header's width.
TEST(CsvTest, RandomTextNeverBreaksTheParser) {
  std::mt19937 random(7);
  const std::string alphabet = "ab1,;\t\"\r\n .-e\xC3\xA5\xE5";
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int length = static_cast<int>(random() % 60);
    for (int i = 0; i < length; ++i) text += alphabet[random() % alphabet.size()];
    auto table = ParseCsv(text);
    if (!table) continue;
    for (const auto& row : table->rows) ASSERT_EQ(row.size(), table->header.size());
    for (const auto& name : table->header) {
      (void)NumericColumn(*table, name);
      (void)XColumn(*table, name);
    }
  }
}

}  // namespace
}  // namespace stegvis::io
