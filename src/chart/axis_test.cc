#include "chart/axis.h"

#include <cmath>

#include <gtest/gtest.h>

namespace stegvis::chart {
namespace {

TEST(NiceAxis, CoversDataWithRoundTicks) {
  Axis a = NiceAxis(3.2, 17.9, 6);
  EXPECT_LE(a.min, 3.2);
  EXPECT_GE(a.max, 17.9);
  EXPECT_DOUBLE_EQ(a.step, 5);
  EXPECT_EQ(a.ticks.front(), 0);
  EXPECT_EQ(a.ticks.back(), 20);
  EXPECT_EQ(a.decimals, 0);
}

TEST(NiceAxis, SmallProportions) {
  Axis a = NiceAxis(0.07, 0.19, 6);
  EXPECT_DOUBLE_EQ(a.step, 0.025);
  EXPECT_EQ(a.decimals, 3);
}

TEST(NiceAxis, FlatDataGetsARange) {
  Axis a = NiceAxis(5, 5);
  EXPECT_LT(a.min, 5);
  EXPECT_GT(a.max, 5);
}

TEST(NiceAxis, NonFiniteFallsBackToUnitRange) {
  Axis a = NiceAxis(std::nan(""), 1);
  EXPECT_EQ(a.min, 0);
  EXPECT_EQ(a.max, 1);
}

TEST(NiceAxis, NoNegativeZeroTick) {
  Axis a = NiceAxis(-0.3, 0.3);
  for (double t : a.ticks) EXPECT_FALSE(t == 0 && std::signbit(t));
}

}  // namespace
}  // namespace stegvis::chart
