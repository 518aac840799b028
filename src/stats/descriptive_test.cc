#include "stats/descriptive.h"

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

namespace stegvis::stats {
namespace {

TEST(DescriptiveTest, MissingValuesAreSkipped) {
  const std::vector<double> v = {1, NAN, 2, 6};
  EXPECT_EQ(RSum(v), 9);
  EXPECT_EQ(RMean(v), 3);
  EXPECT_DOUBLE_EQ(RSd(v), std::sqrt(7.0));
  std::vector<double> scratch = v;
  EXPECT_EQ(RMedian(scratch), 2);
}

TEST(DescriptiveTest, EmptyGivesNaNExceptSum) {
  const std::vector<double> v = {NAN, NAN};
  EXPECT_EQ(RSum(v), 0);
  EXPECT_TRUE(std::isnan(RMean(v)));
  EXPECT_TRUE(std::isnan(RSd(std::vector<double>{1})));
  std::vector<double> scratch = v;
  EXPECT_TRUE(std::isnan(RMedian(scratch)));
}

TEST(DescriptiveTest, MedianOfEvenCountIsTheMiddleMean) {
  std::vector<double> v = {4, 1, 3, 2};
  EXPECT_EQ(RMedian(v), 2.5);
}

// A point exactly on the centre line is left out of the runs analysis, so the mean of equal
// values must be that value exactly, as R's two-pass mean gives.
TEST(DescriptiveTest, MeanOfEqualValuesIsExact) {
  for (double value : {10.37, 0.1, 1e6 + 0.3, 123.456}) {
    const std::vector<double> v(1000, value);
    EXPECT_EQ(RMean(v), value);
  }
}

}  // namespace
}  // namespace stegvis::stats
