#include "stats/moving_range.h"

#include <cmath>

#include <gtest/gtest.h>

namespace stegvis::stats {
namespace {

TEST(MovingRangeTest, MissingValuesBreakTheChain) {
  const std::vector<double> values = {1, 3, NAN, 10, 11};
  // Moving ranges 2 and 1; the pairs touching NaN give none.
  EXPECT_DOUBLE_EQ(AverageMovingRange(values, false), 1.5);
}

TEST(MovingRangeTest, ScreeningDropsLargeMovingRanges) {
  std::vector<double> values(20, 10.0);
  for (std::size_t i = 0; i < values.size(); i += 2) values[i] = 11;
  values[10] = 40;  // moving ranges 29 and 30 around it
  const double unscreened = AverageMovingRange(values, false);
  const double screened = AverageMovingRange(values, true);
  EXPECT_GT(unscreened, 3);
  EXPECT_DOUBLE_EQ(screened, 1.0);
}

TEST(MovingRangeTest, ConstantDataScreenedHasNoSigma) {
  const std::vector<double> values(5, 2.0);
  EXPECT_EQ(AverageMovingRange(values, false), 0);
  EXPECT_TRUE(std::isnan(AverageMovingRange(values, true)));
}

}  // namespace
}  // namespace stegvis::stats
