#include "stats/binomial.h"

#include <cmath>

#include <gtest/gtest.h>

namespace stegvis::stats {
namespace {

// Exact binomial cdf by summing exact integer coefficients (small n only).
double ExactHalfCdf(int k, int n) {
  long double coefficient = 1, sum = 0;
  for (int i = 0; i <= k; ++i) {
    if (i > 0) coefficient = coefficient * (n - i + 1) / i;
    sum += coefficient;
  }
  return static_cast<double>(sum / std::pow(2.0L, n));
}

TEST(BinomialTest, PmfMatchesExactValues) {
  EXPECT_NEAR(BinomialPmf(0, 10, 0.5), 1.0 / 1024, 1e-17);
  EXPECT_NEAR(BinomialPmf(5, 10, 0.5), 252.0 / 1024, 1e-15);
  EXPECT_NEAR(BinomialPmf(3, 7, 0.3), 35 * std::pow(0.3, 3) * std::pow(0.7, 4), 1e-15);
  EXPECT_EQ(BinomialPmf(-1, 10, 0.5), 0);
  EXPECT_EQ(BinomialPmf(11, 10, 0.5), 0);
}

TEST(BinomialTest, CdfMatchesExactSums) {
  for (int n = 1; n <= 60; ++n) {
    for (int k = 0; k <= n; ++k) {
      EXPECT_NEAR(BinomialCdf(k, n, 0.5), ExactHalfCdf(k, n), 1e-13) << n << " " << k;
    }
  }
}

// Values of R 4.2's qbinom(0.05, n, 0.5), the Anhøj crossings limits; the table in
// Anhøj & Olesen 2014 lists the same numbers for n - 1 crossings opportunities.
TEST(BinomialTest, QuantileMatchesR) {
  EXPECT_EQ(BinomialQuantile(0.05, 0, 0.5), 0);
  EXPECT_EQ(BinomialQuantile(0.05, 1, 0.5), 0);
  EXPECT_EQ(BinomialQuantile(0.05, 9, 0.5), 2);    // 10 useful points
  EXPECT_EQ(BinomialQuantile(0.05, 11, 0.5), 3);   // 12
  EXPECT_EQ(BinomialQuantile(0.05, 19, 0.5), 6);   // 20
  EXPECT_EQ(BinomialQuantile(0.05, 23, 0.5), 8);   // 24
  EXPECT_EQ(BinomialQuantile(0.05, 29, 0.5), 10);  // 30
  EXPECT_EQ(BinomialQuantile(0.05, 99, 0.5), 41);  // 100
}

TEST(BinomialTest, QuantileIsTheSmallestKReachingQ) {
  for (int n : {2, 5, 17, 64, 101, 999, 10'000, 123'457, 10'000'000}) {
    const int k = BinomialQuantile(0.05, n, 0.5);
    EXPECT_GE(BinomialCdf(k, n, 0.5), 0.05) << n;
    if (k > 0) {
      EXPECT_LT(BinomialCdf(k - 1, n, 0.5), 0.05) << n;
    }
  }
}

}  // namespace
}  // namespace stegvis::stats
