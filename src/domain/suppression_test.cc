// Small numbers on public pages (domain/suppression.h): the primary rule hides values below the
// threshold, the complementary rule hides what would let a reader subtract their way back to
// them, and the charts drawn from what is left compute on the shown values only.

#include "domain/suppression.h"

#include <gtest/gtest.h>

#include <random>

#include "domain/measure_analysis.h"

namespace stegvis::domain {
namespace {

Measure Of(stats::DataType type, Grouping grouping = Grouping::kWomenMen) {
  Measure m;
  m.id = 1;
  m.data_type = type;
  m.grouping = grouping;
  return m;
}

Observation Cell(const std::string& period, const std::string& group, const std::string& value,
                 const std::string& denominator = "") {
  return {1, period, group, value, denominator, "", 0, ""};
}

// "women:small_count" for each hidden cell of `period`, in order.
std::vector<std::string> HiddenIn(const SuppressedGrid& grid, const std::string& period) {
  std::vector<std::string> out;
  for (const HiddenCell& c : grid.hidden) {
    if (c.period == period)
      out.push_back(c.group + ":" + std::string(SuppressionReasonName(c.reason)));
  }
  return out;
}

std::vector<std::string> ShownIn(const SuppressedGrid& grid, const std::string& period) {
  std::vector<std::string> out;
  for (const Observation& o : grid.shown) {
    if (o.period == period) out.push_back(o.group + "=" + o.value);
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(SuppressionTest, ValuesAtOrAboveTheThresholdAreAllShown) {
  auto grid = SuppressSmallNumbers(
      Of(stats::DataType::kCount),
      {Cell("2025-01", "women", "5"), Cell("2025-01", "men", "7"), Cell("2025-01", "total", "12")},
      5);
  EXPECT_TRUE(grid.hidden.empty());
  EXPECT_EQ(ShownIn(grid, "2025-01"), (Strings{"women=5", "men=7", "total=12"}));
}

TEST(SuppressionTest, ASmallGroupHidesTheOtherGroupSoTheTotalCannotGiveItAway) {
  // Shown, men = 9 and total = 12 would give women = 3 by subtraction.
  auto grid = SuppressSmallNumbers(
      Of(stats::DataType::kCount),
      {Cell("2025-01", "women", "3"), Cell("2025-01", "men", "9"), Cell("2025-01", "total", "12"),
       Cell("2025-02", "women", "8"), Cell("2025-02", "men", "9"), Cell("2025-02", "total", "17")},
      5);
  EXPECT_EQ(HiddenIn(grid, "2025-01"), (Strings{"women:small_count", "men:complementary"}));
  EXPECT_EQ(ShownIn(grid, "2025-01"), (Strings{"total=12"}));
  EXPECT_EQ(ShownIn(grid, "2025-02"), (Strings{"women=8", "men=9", "total=17"}));
}

TEST(SuppressionTest, ATotalWithASingleGroupBehindItIsHiddenWithThatGroup) {
  // Men have no value this period: the total stands for the women's value alone.
  auto grid =
      SuppressSmallNumbers(Of(stats::DataType::kCount),
                           {Cell("2025-01", "women", "4"), Cell("2025-01", "total", "9")}, 5);
  EXPECT_EQ(HiddenIn(grid, "2025-01"), (Strings{"women:small_count", "total:complementary"}));
  EXPECT_TRUE(ShownIn(grid, "2025-01").empty());
}

TEST(SuppressionTest, ASmallTotalHidesEveryGroupOfItsPeriod) {
  // Girls 2 and boys 1 are each hidden anyway; a total of 3 is hidden on its own count.
  auto grid = SuppressSmallNumbers(
      Of(stats::DataType::kCount, Grouping::kGirlsBoys),
      {Cell("2025-Q1", "girls", "2"), Cell("2025-Q1", "boys", "1"), Cell("2025-Q1", "total", "3")},
      5);
  EXPECT_EQ(HiddenIn(grid, "2025-Q1"),
            (Strings{"girls:small_count", "boys:small_count", "total:small_count"}));
  EXPECT_TRUE(grid.shown.empty());
}

TEST(SuppressionTest, ProportionsCountTheirNumeratorAndDenominator) {
  auto grid = SuppressSmallNumbers(
      Of(stats::DataType::kProportion),
      {Cell("2025-01", "women", "2", "40"), Cell("2025-01", "men", "20", "30"),
       Cell("2025-01", "total", "22", "70"), Cell("2025-02", "women", "4", "4"),
       Cell("2025-02", "men", "12", "30"), Cell("2025-02", "total", "16", "34"),
       Cell("2025-03", "women", "6", "9"), Cell("2025-03", "men", "5", "8"),
       Cell("2025-03", "total", "11", "17")},
      5);
  EXPECT_EQ(HiddenIn(grid, "2025-01"), (Strings{"women:small_count", "men:complementary"}));
  EXPECT_EQ(HiddenIn(grid, "2025-02"), (Strings{"women:small_count", "men:complementary"}));
  EXPECT_TRUE(HiddenIn(grid, "2025-03").empty());
}

TEST(SuppressionTest, RatesCountTheirEventsAndExposure) {
  auto grid = SuppressSmallNumbers(
      Of(stats::DataType::kRate, Grouping::kNone),
      {Cell("2025-01", "total", "12", "4"), Cell("2025-02", "total", "3", "900"),
       Cell("2025-03", "total", "12", "900")},
      5);
  EXPECT_EQ(HiddenIn(grid, "2025-01"), (Strings{"total:small_count"}));
  EXPECT_EQ(HiddenIn(grid, "2025-02"), (Strings{"total:small_count"}));
  EXPECT_EQ(ShownIn(grid, "2025-03"), (Strings{"total=12"}));
}

TEST(SuppressionTest, DataTypesWithoutACountAreHiddenWhole) {
  for (auto type : {stats::DataType::kContinuous, stats::DataType::kDaysBetween,
                    stats::DataType::kCasesBetween}) {
    auto grid = SuppressSmallNumbers(Of(type),
                                     {Cell("2025-01", "women", "41.5"),
                                      Cell("2025-01", "men", "38"), Cell("2025-01", "total", "40")},
                                     5);
    EXPECT_EQ(HiddenIn(grid, "2025-01"),
              (Strings{"women:unknown_count", "men:unknown_count", "total:unknown_count"}));
    EXPECT_TRUE(grid.shown.empty());
  }
}

TEST(SuppressionTest, TheThresholdIsNeverBelowThree) {
  const std::vector<Observation> cells{Cell("2025-01", "total", "2")};
  const Measure m = Of(stats::DataType::kCount, Grouping::kNone);
  EXPECT_EQ(SuppressSmallNumbers(m, cells, 1).hidden.size(), 1u);
  EXPECT_EQ(SuppressSmallNumbers(m, {Cell("2025-01", "total", "3")}, 1).hidden.size(), 0u);
  EXPECT_EQ(SuppressSmallNumbers(m, {Cell("2025-01", "total", "7")}, 10).hidden.size(), 1u);
}

TEST(SuppressionTest, MissingCellsAreNeitherShownNorHidden) {
  auto grid = SuppressSmallNumbers(
      Of(stats::DataType::kCount),
      {Cell("2025-01", "women", ""), Cell("2025-01", "men", "9"), Cell("2025-01", "total", "9")},
      5);
  EXPECT_TRUE(grid.hidden.empty());
  EXPECT_EQ(ShownIn(grid, "2025-01"), (Strings{"men=9", "total=9"}));
}

// On random grids: in every period where a group is hidden, at least two of the cells tied by
// total = women + men are hidden (one equation cannot give two unknowns), and no shown cell is
// below the threshold.
TEST(SuppressionTest, NoHiddenValueCanBeRecoveredBySubtraction) {
  std::mt19937 random(13);
  std::uniform_int_distribution<int> count(0, 12);
  std::bernoulli_distribution missing(0.2);
  const Measure m = Of(stats::DataType::kCount);
  for (int round = 0; round < 500; ++round) {
    std::vector<Observation> cells;
    const int women = count(random), men = count(random);
    const bool no_women = missing(random), no_men = missing(random);
    if (!no_women) cells.push_back(Cell("p", "women", std::to_string(women)));
    if (!no_men) cells.push_back(Cell("p", "men", std::to_string(men)));
    cells.push_back(
        Cell("p", "total", std::to_string((no_women ? 0 : women) + (no_men ? 0 : men))));
    const SuppressedGrid grid = SuppressSmallNumbers(m, cells, 5);
    for (const Observation& o : grid.shown) EXPECT_GE(std::stoi(o.value), 5);
    const auto hidden = HiddenIn(grid, "p");
    const bool group_hidden = std::any_of(hidden.begin(), hidden.end(), [](const std::string& h) {
      return h.rfind("total", 0) != 0;
    });
    if (group_hidden) {
      EXPECT_GE(hidden.size(), 2u) << women << " " << men;
    }
  }
}

// A centre line drawn through a hidden point would give it away (mean × n − Σ shown): the
// analysis of the shown grid has no point in the hidden period and the lines of a grid that
// never had it.
TEST(SuppressionTest, ChartsComputeOnTheShownValuesOnly) {
  const Measure m = Of(stats::DataType::kCount);
  std::vector<Observation> all, without;
  for (int month = 1; month <= 12; ++month) {
    const std::string period = "2025-" + std::string(month < 10 ? "0" : "") + std::to_string(month);
    const int women = month == 7 ? 2 : 8 + month;
    for (auto cell : {Cell(period, "women", std::to_string(women)), Cell(period, "men", "9"),
                      Cell(period, "total", std::to_string(women + 9))}) {
      all.push_back(cell);
      if (month != 7 || cell.group == "total") without.push_back(cell);
    }
  }
  const SuppressedGrid grid = SuppressSmallNumbers(m, all, 5);
  auto shown = AnalyzeMeasure(m, grid.shown);
  auto reference = AnalyzeMeasure(m, without);
  ASSERT_TRUE(shown && reference && shown->groups && reference->groups);
  for (const stats::Analysis* series : {&shown->groups->group_a, &shown->groups->group_b}) {
    EXPECT_EQ(series->points.size(), 11u);
    for (const stats::Point p : series->points) EXPECT_NE(p.label, "2025-07");
  }
  EXPECT_EQ(shown->groups->group_a.points.front().cl, reference->groups->group_a.points.front().cl);
  auto everything = AnalyzeMeasure(m, all);
  ASSERT_TRUE(everything && everything->groups);
  EXPECT_NE(shown->groups->group_a.points.front().cl,
            everything->groups->group_a.points.front().cl);
}

}  // namespace
}  // namespace stegvis::domain
