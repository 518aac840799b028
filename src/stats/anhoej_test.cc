#include "stats/anhoej.h"

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

namespace stegvis::stats {
namespace {

std::vector<Point> Points(const std::vector<double>& ys, double cl) {
  std::vector<Point> points(ys.size());
  for (std::size_t i = 0; i < ys.size(); ++i) {
    points[i].y = ys[i];
    points[i].cl = cl;
  }
  return points;
}

// The limits of Anhøj & Olesen 2014, Table 1.
TEST(AnhoejTest, LimitsFollowThePublishedTable) {
  EXPECT_EQ(LongestRunLimit(10), 6);
  EXPECT_EQ(CrossingsLimit(10), 2);
  EXPECT_EQ(LongestRunLimit(24), 8);
  EXPECT_EQ(CrossingsLimit(24), 8);
  EXPECT_EQ(LongestRunLimit(100), 10);
  EXPECT_EQ(CrossingsLimit(100), 41);
  EXPECT_TRUE(std::isnan(LongestRunLimit(0)));
}

TEST(AnhoejTest, PointsOnTheCentreLineAndMissingAreIgnored) {
  auto points = Points({1, 5, 5, NAN, 9, 1, 9}, 5);
  const RunsResult r = AnalyzeRuns(PointColumns(points), 0);
  EXPECT_EQ(r.part.n_obs, 7);
  EXPECT_EQ(r.part.n_useful, 4);
  EXPECT_EQ(r.part.longest_run, 1);
  EXPECT_EQ(r.part.crossings, 3);
}

TEST(AnhoejTest, ExcludedPointsAreLeftOut) {
  auto points = Points({1, 9, 1, 9}, 5);
  points[1].include = false;
  const RunsResult r = AnalyzeRuns(PointColumns(points), 0);
  EXPECT_EQ(r.part.n_obs, 3);
  EXPECT_EQ(r.part.longest_run, 2);
}

TEST(AnhoejTest, LongRunSignals) {
  std::vector<double> ys(12, 1);
  for (int i = 0; i < 3; ++i) ys[i] = 9;
  const RunsResult r =
      AnalyzeRuns(PointColumns(Points(ys, 5)), 0);  // run of 9 below: limit round(log2 12)+3 = 7
  EXPECT_TRUE(r.longest_run_signal);
  EXPECT_TRUE(r.part.runs_signal);
}

TEST(AnhoejTest, NoUsefulPointsGiveNoSignal) {
  const RunsResult r = AnalyzeRuns(PointColumns(Points({5, 5, 5}, 5)), 0);
  EXPECT_EQ(r.part.n_useful, 0);
  EXPECT_TRUE(std::isnan(r.part.longest_run));
  EXPECT_FALSE(r.part.runs_signal);
}

}  // namespace
}  // namespace stegvis::stats
