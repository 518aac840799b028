#include "core/clock.h"

#include <gtest/gtest.h>

namespace stegvis::core {
namespace {

TEST(ClockTest, FormatsUtcTimestamps) {
  EXPECT_EQ(FormatIsoUtc(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(FormatIsoUtc(1795435200), "2026-11-23T12:00:00Z");
}

TEST(ClockTest, FixedClockMovesOnlyWhenTold) {
  FixedClock clock(100);
  EXPECT_EQ(clock.NowUnixSeconds(), 100);
  clock.Advance(5);
  EXPECT_EQ(clock.NowUnixSeconds(), 105);
}

}  // namespace
}  // namespace stegvis::core
