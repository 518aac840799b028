#include "core/decimal.h"

#include <string>

#include <gtest/gtest.h>

namespace stegvis::core {
namespace {

std::string Text(std::string_view input) {
  auto d = ParseDecimal(input);
  return d ? d->text : "refused";
}

TEST(DecimalTest, TakesADecimalCommaAsExcelWritesIt) {
  EXPECT_EQ(Text("12,5"), "12.5");
  EXPECT_EQ(Text("12.50"), "12.5");
  EXPECT_EQ(Text("1 234,0"), "1234");
  EXPECT_EQ(Text("1\xC2\xA0"
                 "234,75"),
            "1234.75");
  EXPECT_EQ(Text("12 345 678"), "12345678");
  EXPECT_EQ(Text("\xE2\x88\x92"
                 "3"),
            "-3");
  EXPECT_EQ(Text(",5"), "0.5");
  EXPECT_EQ(Text("007"), "7");
  EXPECT_EQ(Text("0,001"), "0.001");
  EXPECT_EQ(Text(" +3 "), "3");
  EXPECT_EQ(Text("-0,0"), "0");
}

TEST(DecimalTest, GivesTheValueAndItsSignificantDigits) {
  EXPECT_EQ(ParseDecimal("-1,25")->value, -1.25);
  EXPECT_EQ(ParseDecimal("0,001")->value, 0.001);
  EXPECT_EQ(ParseDecimal("4.029999999999999")->value, 4.029999999999999);
  EXPECT_EQ(ParseDecimal("1000")->significant_digits, 1u);
  EXPECT_EQ(ParseDecimal("0,001")->significant_digits, 1u);
  EXPECT_EQ(ParseDecimal("1 234,5")->significant_digits, 5u);
  EXPECT_EQ(ParseDecimal("0")->significant_digits, 0u);
}

TEST(DecimalTest, RefusesWhatIsNotADecimalNumber) {
  for (const char* bad :
       {"",      " ",     "abc",   "-",        "+",      "12,5,3", "1.2.3", "1.000,5", "5%",
        "12 st", "12 kg", "1e5",   "-1.25e2",  "NaN",    "Inf",    "-inf",  "0x10",    "5,",
        "+-5",   "- 5",   "12 34", "1234 567", "1 2345", "1  234", "1,5 0", "1\t234"}) {
    EXPECT_FALSE(ParseDecimal(bad)) << "'" << bad << "'";
  }
  EXPECT_FALSE(ParseDecimal(std::string(400, '9'))) << "beyond a double";
}

}  // namespace
}  // namespace stegvis::core

namespace stegvis::core {
namespace {

TEST(ShortestDecimalTest, NeverAnExponentAndReadsBackTheSame) {
  EXPECT_EQ(ShortestDecimal(31.3), "31.3");
  EXPECT_EQ(ShortestDecimal(27.0), "27");
  EXPECT_EQ(ShortestDecimal(1e-5), "0.00001");
  EXPECT_EQ(ShortestDecimal(1e21), "1000000000000000000000");
  EXPECT_EQ(ShortestDecimal(-2.5), "-2.5");
  for (double v : {0.1, 1e-300, 4.9e-324, 1.7976931348623157e308, -123456.789}) {
    const std::string text = ShortestDecimal(v);
    auto back = ParseDecimal(text);
    ASSERT_TRUE(back) << text;
    EXPECT_EQ(back->value, v) << text;
  }
}

}  // namespace
}  // namespace stegvis::core
