#include "domain/sustain_alerts.h"

#include <algorithm>
#include <cstdio>

#include <gtest/gtest.h>

namespace stegvis::domain {
namespace {

Measure Continuous(Better direction, std::optional<int> baseline_points) {
  Measure m;
  m.id = 7;
  m.project_id = 3;
  m.name = "Väntetid";
  m.data_type = stats::DataType::kContinuous;
  m.grouping = Grouping::kNone;
  m.direction = direction;
  m.baseline_points = baseline_points;
  return m;
}

// Twelve months around 50 (2024-01 … 2024-12), then eight months around 40 (2025-01 … 08).
std::vector<Observation> ShiftDownAfterBaseline() {
  const char* values[] = {"50", "52", "49", "51", "48", "50", "53", "47", "51", "49",
                          "52", "50", "40", "41", "39", "40", "42", "38", "40", "41"};
  std::vector<Observation> out;
  for (int i = 0; i < 20; ++i) {
    char period[8];
    std::snprintf(period, sizeof period, "%d-%02d", 2024 + i / 12, i % 12 + 1);
    out.push_back(Observation{7, period, "total", values[i], "", "", 0, ""});
  }
  return out;
}

std::optional<SustainAlert> AlertOf(const Measure& m) {
  auto analysis = AnalyzeMeasure(m, ShiftDownAfterBaseline());
  EXPECT_TRUE(analysis) << analysis.error().message;
  return analysis ? SustainAlertOf(m, *analysis) : std::nullopt;
}

TEST(SustainAlertsTest, AShiftTheWrongWayAfterTheFrozenBaselineIsAnAlertNamingItsRules) {
  const std::optional<SustainAlert> alert = AlertOf(Continuous(Better::kUp, 12));
  ASSERT_TRUE(alert) << "higher is better and the values fell";
  EXPECT_EQ(alert->measure_id, 7);
  EXPECT_EQ(alert->project_id, 3);
  EXPECT_EQ(alert->period, "2025-08") << "the latest point judged a concern";
  ASSERT_FALSE(alert->rules.empty());
  const bool named = std::any_of(alert->rules.begin(), alert->rules.end(), [](const auto& r) {
    return r == "anhoej_longest_run" || r == "sigma";
  });
  EXPECT_TRUE(named) << alert->rules.front();
}

TEST(SustainAlertsTest, TheSameShiftTheRightWayIsNoAlert) {
  EXPECT_FALSE(AlertOf(Continuous(Better::kDown, 12))) << "lower is better: an improvement";
}

TEST(SustainAlertsTest, WithoutAFrozenBaselineThereIsNoAlert) {
  EXPECT_FALSE(AlertOf(Continuous(Better::kUp, std::nullopt)));
}

TEST(SustainAlertsTest, AConcernInsideTheBaselineIsNoAlert) {
  // The baseline covers every point: nothing comes after it.
  EXPECT_FALSE(AlertOf(Continuous(Better::kUp, 20)));
}

}  // namespace
}  // namespace stegvis::domain
