#include "chart/number_format.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

namespace stegvis::chart {
namespace {

TEST(FormatNumber, SwedishUsesDecimalCommaAndThinSpaceThousands) {
  EXPECT_EQ(FormatNumber(12.345, 1, Lang::kSv), "12,3");
  EXPECT_EQ(FormatNumber(1234567.5, 1, Lang::kSv), "1\u202F234\u202F567,5");
  EXPECT_EQ(FormatNumber(1234, 0, Lang::kSv), "1234");
}

TEST(FormatNumber, EnglishUsesPointAndCommaThousands) {
  EXPECT_EQ(FormatNumber(12.345, 2, Lang::kEn), "12.35");
  EXPECT_EQ(FormatNumber(98765.4, 0, Lang::kEn), "98,765");
}

TEST(FormatNumber, NegativeUsesMinusSignButNotForRoundedZero) {
  EXPECT_EQ(FormatNumber(-2.5, 1, Lang::kSv), "\u22122,5");
  EXPECT_EQ(FormatNumber(-0.004, 2, Lang::kEn), "0.00");
}

TEST(FormatNumber, MissingIsDash) {
  EXPECT_EQ(FormatNumber(std::nan(""), 1, Lang::kSv), "\u2013");
  EXPECT_EQ(FormatNumber(std::numeric_limits<double>::infinity(), 1, Lang::kEn), "\u2013");
}

TEST(FormatCoord, TrimsZerosAndNegativeZero) {
  EXPECT_EQ(FormatCoord(12.5), "12.5");
  EXPECT_EQ(FormatCoord(3.0), "3");
  EXPECT_EQ(FormatCoord(-0.001), "0");
  EXPECT_EQ(FormatCoord(1.23456), "1.23");
}

TEST(DecimalsForStep, MatchesStep) {
  EXPECT_EQ(DecimalsForStep(5), 0);
  EXPECT_EQ(DecimalsForStep(0.5), 1);
  EXPECT_EQ(DecimalsForStep(0.25), 2);
  EXPECT_EQ(DecimalsForStep(0.02), 2);
}

}  // namespace
}  // namespace stegvis::chart
