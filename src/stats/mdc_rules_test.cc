#include "stats/mdc_rules.h"

#include <cmath>
#include <random>
#include <vector>

#include <gtest/gtest.h>

namespace stegvis::stats {
namespace {

// A literal, window-by-window transcription of NHSRplotthedots' ptd_special_cause_type, to
// check the one-pass implementation on random series with ties, points on the mean and gaps.
std::vector<MdcSignal> Literal(const std::vector<double>& y, const std::vector<MdcFlags>& f) {
  const int n = static_cast<int>(y.size());
  auto side = [&](int i) { return f[i].relative_to_mean; };
  std::vector<bool> run_end(n), trend_end(n), in_run(n), in_trend(n), in_23(n);
  for (int i = 6; i < n; ++i) {
    bool ok = side(i) && *side(i) != 0;
    for (int k = 1; k <= 6 && ok; ++k) ok = side(i - k) == side(i);
    run_end[i] = ok;
    bool up = true, down = true;
    for (int k = 0; k < 6; ++k) {
      const double d = y[i - k] - y[i - k - 1];
      up = up && d > 0;
      down = down && d < 0;
    }
    trend_end[i] = up || down;
  }
  for (int i = 0; i < n; ++i)
    for (int j = i; j < n && j <= i + 6; ++j) {
      in_run[i] = in_run[i] || run_end[j];
      in_trend[i] = in_trend[i] || trend_end[j];
    }
  for (int i = 0; i < n; ++i) {
    for (int s = i - 2; s <= i; ++s) {
      if (s < 0 || s + 2 >= n) continue;
      int close = 0, sum = 0;
      bool known = true;
      for (int k = s; k < s + 3; ++k) {
        if (!f[k].close_to_limits || !side(k)) {
          known = false;
          continue;
        }
        close += *f[k].close_to_limits;
        sum += *side(k);
      }
      if (known && close >= 2 && std::abs(sum) == 3) in_23[i] = true;
    }
    in_23[i] = in_23[i] && f[i].close_to_limits == true;
  }
  std::vector<MdcSignal> out(n);
  for (int i = 0; i < n; ++i) {
    MdcSignal& s = out[i];
    const int rtm = side(i).value_or(0);
    s.outside_limits = f[i].outside_limits == true;
    s.run_of_seven = in_run[i];
    s.trend_of_seven = in_trend[i];
    s.two_of_three = in_23[i];
    if (s.outside_limits) {
      s.primary = Rule::kMdcOutsideLimits;
      s.sign = rtm == 1 ? 1 : -1;
    } else if (s.trend_of_seven) {
      const bool right = i + 1 < n && in_trend[i + 1];
      const double d = right ? y[i + 1] - y[i] : (i > 0 ? y[i] - y[i - 1] : 0);
      s.primary = Rule::kMdcTrendOfSeven;
      s.sign = d > 0 ? 1 : -1;
    } else if (s.two_of_three) {
      s.primary = Rule::kMdcTwoOfThree;
      s.sign = rtm > 0 ? 1 : -1;
    } else if (s.run_of_seven) {
      s.primary = Rule::kMdcRunOfSeven;
      s.sign = rtm > 0 ? 1 : -1;
    }
  }
  return out;
}

TEST(MdcRulesTest, AgreesWithALiteralTranscriptionOnRandomSeries) {
  std::mt19937 rng(20261123);
  std::uniform_int_distribution<int> value(0, 8), gap(0, 30);
  for (int trial = 0; trial < 2000; ++trial) {
    const int n = 1 + trial % 60;
    std::vector<double> y(n);
    for (int i = 0; i < n; ++i) {
      y[i] = gap(rng) == 0 ? NAN : value(rng);
      if (trial % 3 == 0 && i > 0 && !std::isnan(y[i - 1])) y[i] = y[i - 1] + 1;  // trends
    }
    // Mean 4 (values equal to it are on the line), close beyond 4 ± 2.5, limits 4 ± 3.5.
    std::vector<MdcFlags> flags(n);
    for (int i = 0; i < n; ++i) flags[i] = MdcFlagsOf(y[i], 4, 0.5, 7.5, 1.5, 6.5);
    const auto fast = MdcSignals(y, flags);
    const auto slow = Literal(y, flags);
    for (int i = 0; i < n; ++i) {
      SCOPED_TRACE("trial " + std::to_string(trial) + " point " + std::to_string(i));
      EXPECT_EQ(fast[i].outside_limits, slow[i].outside_limits);
      EXPECT_EQ(fast[i].run_of_seven, slow[i].run_of_seven);
      EXPECT_EQ(fast[i].trend_of_seven, slow[i].trend_of_seven);
      EXPECT_EQ(fast[i].two_of_three, slow[i].two_of_three);
      EXPECT_EQ(fast[i].primary, slow[i].primary);
      EXPECT_EQ(fast[i].sign, slow[i].sign);
    }
    if (HasFailure()) break;
  }
}

TEST(MdcRulesTest, FlagsFollowRsThreeValuedLogic) {
  // Missing limits: outside is unknown, but the side of the mean is known.
  MdcFlags f = MdcFlagsOf(5, 4, NAN, NAN, NAN, NAN);
  EXPECT_FALSE(f.outside_limits.has_value());
  EXPECT_EQ(f.relative_to_mean, 1);
  EXPECT_FALSE(f.close_to_limits.has_value());
  // Missing value: nothing is known.
  f = MdcFlagsOf(NAN, 4, 0, 8, 1, 7);
  EXPECT_FALSE(f.outside_limits || f.relative_to_mean || f.close_to_limits);
  // Outside is never close.
  f = MdcFlagsOf(9, 4, 0, 8, 1, 7);
  EXPECT_EQ(f.outside_limits, true);
  EXPECT_EQ(f.close_to_limits, false);
  f = MdcFlagsOf(7.5, 4, 0, 8, 1, 7);
  EXPECT_EQ(f.close_to_limits, true);
}

TEST(MdcRulesTest, PointTypesFollowTheDirection) {
  EXPECT_EQ(MdcPointType(1, Direction::kUp), PointType::kImprovement);
  EXPECT_EQ(MdcPointType(1, Direction::kDown), PointType::kConcern);
  EXPECT_EQ(MdcPointType(-1, Direction::kDown), PointType::kImprovement);
  EXPECT_EQ(MdcPointType(-1, Direction::kNeutral), PointType::kNeutralLow);
  EXPECT_EQ(MdcPointType(0, Direction::kUp), PointType::kCommonCause);
}

}  // namespace
}  // namespace stegvis::stats
