#include "domain/programme_dashboard.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace stegvis::domain {
namespace {

constexpr Id kDefinition = 7;

Measure Definition(Better direction, const char* target) {
  Measure m;
  m.id = kDefinition;
  m.name = "Nöjda";
  m.data_type = stats::DataType::kProportion;
  m.grouping = Grouping::kWomenMen;
  m.direction = direction;
  m.target = target;
  return m;
}

Measure Linked(const Measure& definition, Id id) {
  Measure m = definition;
  m.id = id;
  m.definition_id = definition.id;
  return m;
}

Observation Cell(const std::string& period, const char* group, const std::string& value,
                 const char* denominator) {
  return Observation{0, period, group, value, denominator, "", 0, ""};
}

std::string Month(int i) {  // 0 → "2024-01"
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d", 2024 + i / 12, i % 12 + 1);
  return text;
}

// `months` months from 2024-01 of women and men, 10 asked each: 4 and 5 "yes" by turns, so
// the total is 40 % and 50 % by turns (a stable process, limits about 12 % to 78 %); the last
// month is `last_women` and `last_men` of 10.
std::vector<Observation> Series(int months, int last_women, int last_men) {
  std::vector<Observation> cells;
  for (int i = 0; i < months; ++i) {
    const bool last = i == months - 1;
    const int usual = i % 2 == 0 ? 4 : 5;
    cells.push_back(Cell(Month(i), "women", std::to_string(last ? last_women : usual), "10"));
    cells.push_back(Cell(Month(i), "men", std::to_string(last ? last_men : usual), "10"));
  }
  return cells;
}

ProgrammeTeam Team(Id id, const std::string& name, std::vector<Measure> measures,
                   std::vector<std::vector<Observation>> observations) {
  ProgrammeTeam t;
  t.team.id = id;
  t.team.name = name;
  t.unit_name = "Hemtjänst " + name;
  t.measures = std::move(measures);
  t.observations = std::move(observations);
  t.cycle_markers.resize(t.measures.size());
  return t;
}

// One definition, the teams given; today in August 2025, so July 2025 is the last complete
// month.
DashboardInput Input(const Measure& definition, std::vector<ProgrammeTeam> teams) {
  DashboardInput input;
  input.details.programme.id = 1;
  input.details.common_measures = {definition};
  for (ProgrammeTeam& t : teams) {
    input.organisation_names.push_back("Solvik");
    input.phase_starts.emplace_back(t.measures.size());
    input.cycles.emplace_back();
    input.scores.emplace_back();
    input.details.teams.push_back(std::move(t));
  }
  input.today = "2025-08-14";
  return input;
}

DashboardCell OnlyCell(const DashboardInput& input) {
  auto dashboard = BuildDashboard(input);
  EXPECT_TRUE(dashboard) << dashboard.error().message;
  EXPECT_EQ(dashboard->teams.size(), 1u);
  EXPECT_EQ(dashboard->teams[0].cells.size(), 1u);
  return dashboard->teams[0].cells[0];
}

TEST(ProgrammeDashboardTest, ALatestPointAboveTheLimitIsAnImprovementWhenUpIsBetter) {
  const Measure def = Definition(Better::kUp, "10");
  const DashboardCell cell =
      OnlyCell(Input(def, {Team(1, "Norr", {Linked(def, 11)}, {Series(24, 10, 10)})}));
  EXPECT_EQ(cell.measure_id, 11);
  EXPECT_EQ(cell.period, "2025-12");
  ASSERT_TRUE(cell.women && cell.men && cell.total && cell.gap);
  EXPECT_DOUBLE_EQ(*cell.women, 100);
  EXPECT_DOUBLE_EQ(*cell.total, 100);
  EXPECT_DOUBLE_EQ(*cell.gap, 0);
  EXPECT_EQ(cell.variation, stats::PointType::kImprovement);
  EXPECT_EQ(cell.assurance, stats::AssuranceType::kConsistentPass)
      << "a target of 10 % lies below the lower limit";
}

TEST(ProgrammeDashboardTest, TheSamePointIsAConcernWhenDownIsBetter) {
  const Measure def = Definition(Better::kDown, "10");
  const DashboardCell cell =
      OnlyCell(Input(def, {Team(1, "Norr", {Linked(def, 11)}, {Series(24, 10, 10)})}));
  EXPECT_EQ(cell.variation, stats::PointType::kConcern);
  EXPECT_EQ(cell.assurance, stats::AssuranceType::kConsistentFail)
      << "down is better, and the whole band lies above a target of 10 %";
}

TEST(ProgrammeDashboardTest, AStableProcessIsCommonCauseAndATargetInsideItsLimitsHitAndMiss) {
  const Measure def = Definition(Better::kUp, "45");
  const DashboardCell cell =
      OnlyCell(Input(def, {Team(1, "Norr", {Linked(def, 11)}, {Series(24, 5, 4)})}));
  EXPECT_EQ(cell.variation, stats::PointType::kCommonCause);
  EXPECT_EQ(cell.assurance, stats::AssuranceType::kInconsistent);
  ASSERT_TRUE(cell.gap);
  EXPECT_DOUBLE_EQ(*cell.gap, 10) << "women 50 % − men 40 %";
}

TEST(ProgrammeDashboardTest, FewPointsWithoutASignalAreNotEnoughDataAndNoTargetNoAssurance) {
  const Measure def = Definition(Better::kUp, "");
  const DashboardCell cell =
      OnlyCell(Input(def, {Team(1, "Norr", {Linked(def, 11)}, {Series(6, 5, 4)})}));
  EXPECT_FALSE(cell.variation) << "6 points, and the Anhøj rules need 12 to judge";
  EXPECT_EQ(cell.assurance, stats::AssuranceType::kNone);
  EXPECT_TRUE(cell.total);
}

TEST(ProgrammeDashboardTest, AMissingGroupInTheLastCompleteMonthIsMissingNotZero) {
  const Measure def = Definition(Better::kUp, "80");
  // 19 months: January 2024 to July 2025, the last complete month on 14 August 2025.
  std::vector<Observation> cells = Series(19, 6, 6);
  cells.pop_back();  // men's July
  const DashboardCell cell = OnlyCell(Input(def, {Team(1, "Norr", {Linked(def, 11)}, {cells})}));
  EXPECT_TRUE(cell.missing_last_period);
  EXPECT_EQ(cell.period, "2025-07");
  ASSERT_TRUE(cell.women);
  EXPECT_DOUBLE_EQ(*cell.women, 60);
  EXPECT_FALSE(cell.men);
  EXPECT_FALSE(cell.gap);
  EXPECT_FALSE(cell.total) << "the total needs both groups";

  const DashboardCell complete =
      OnlyCell(Input(def, {Team(1, "Norr", {Linked(def, 11)}, {Series(19, 6, 6)})}));
  EXPECT_FALSE(complete.missing_last_period);
}

TEST(ProgrammeDashboardTest, ATeamThatHasNotAdoptedADefinitionHasAnEmptyCell) {
  const Measure def = Definition(Better::kUp, "80");
  Measure own = def;
  own.id = 12;  // the team's own measure, not linked
  auto dashboard = BuildDashboard(Input(def, {Team(1, "Norr", {own}, {Series(24, 5, 5)})}));
  ASSERT_TRUE(dashboard);
  const DashboardCell& cell = dashboard->teams[0].cells[0];
  EXPECT_EQ(cell.definition_id, kDefinition);
  EXPECT_FALSE(cell.measure_id);
  EXPECT_FALSE(cell.total);
  EXPECT_FALSE(cell.missing_last_period) << "nothing adopted, nothing due";
}

TEST(ProgrammeDashboardTest, RetiredDefinitionsAreLeftOut) {
  Measure def = Definition(Better::kUp, "80");
  def.retired = true;
  auto dashboard =
      BuildDashboard(Input(def, {Team(1, "Norr", {Linked(def, 11)}, {Series(24, 5, 5)})}));
  ASSERT_TRUE(dashboard);
  EXPECT_TRUE(dashboard->definitions.empty());
  EXPECT_TRUE(dashboard->teams[0].cells.empty());
  EXPECT_TRUE(dashboard->funnels.empty());
}

TEST(ProgrammeDashboardTest, CyclesAreCountedPerActionPeriodAndTheProgressScoreHasItsTrend) {
  const Measure def = Definition(Better::kUp, "");
  DashboardInput input = Input(def, {Team(1, "Norr", {Linked(def, 11)}, {Series(6, 5, 5)})});
  input.details.events = {
      {1, 1, ProgrammeEventKind::kLearningSession, "LS 1", "2025-01-10", "2025-01-10"},
      {2, 1, ProgrammeEventKind::kActionPeriod, "AP 1", "2025-01-11", "2025-03-31"},
      {3, 1, ProgrammeEventKind::kActionPeriod, "AP 2", "2025-04-01", "2025-06-30"}};
  std::vector<PdsaCycle> cycles(3);
  cycles[0].content.start_date = "2025-02-01";
  cycles[1].content.start_date = "2025-03-31";
  cycles[2].created_at = 1746057600;  // 2025-05-01, no start date
  input.cycles[0] = cycles;
  input.scores[0] = {{1, 5, 25, "2025-03-01", "", ""}, {2, 5, 20, "2025-01-10", "", ""}};
  auto dashboard = BuildDashboard(input);
  ASSERT_TRUE(dashboard);
  ASSERT_EQ(dashboard->action_periods.size(), 2u);
  const DashboardTeam& team = dashboard->teams[0];
  ASSERT_TRUE(team.cycles_per_period);
  EXPECT_EQ(*team.cycles_per_period, (std::vector<int>{2, 1}));
  ASSERT_TRUE(team.progress);
  EXPECT_EQ(team.progress->score_tenths, 25) << "the latest by date, not by order";
  EXPECT_EQ(team.progress->previous_tenths, 20);

  input.cycles[0].reset();  // the reader may not view the team's projects
  EXPECT_FALSE(BuildDashboard(input)->teams[0].cycles_per_period);
}

TEST(ProgrammeDashboardTest, TheFunnelComparesTheTeamsAtTheLatestPeriodPerGroupAndTogether) {
  const Measure def = Definition(Better::kUp, "80");
  std::vector<Observation> north = Series(12, 2, 8);
  std::vector<Observation> south = Series(11, 6, 6);  // one month behind: not in the plot
  std::vector<Observation> west = Series(12, 9, 3);
  west.pop_back();  // no men in the latest month: only in the women's plot
  auto dashboard = BuildDashboard(Input(def, {Team(1, "Norr", {Linked(def, 11)}, {north}),
                                              Team(2, "Söder", {Linked(def, 12)}, {south}),
                                              Team(3, "Väster", {Linked(def, 13)}, {west})}));
  ASSERT_TRUE(dashboard) << dashboard.error().message;
  ASSERT_EQ(dashboard->funnels.size(), 1u);
  const ProgrammeFunnel& f = dashboard->funnels[0];
  EXPECT_EQ(f.period, "2024-12");
  ASSERT_EQ(f.groups.size(), 3u);
  EXPECT_EQ(f.groups[0].group, "women");
  ASSERT_EQ(f.groups[0].funnel.units.size(), 2u);
  EXPECT_EQ(f.groups[0].funnel.units[1].label, "Väster");
  EXPECT_DOUBLE_EQ(f.groups[0].funnel.centre, 55) << "(2 + 9) of 20, in percent";
  EXPECT_EQ(f.groups[1].funnel.units.size(), 1u);
  EXPECT_EQ(f.groups[2].group, "total");
  ASSERT_EQ(f.groups[2].funnel.units.size(), 1u) << "Väster's total needs its men";
  EXPECT_DOUBLE_EQ(f.groups[2].funnel.units[0].value, 50);
  EXPECT_DOUBLE_EQ(f.groups[2].funnel.units[0].limits.size, 20);
  // Each group's curve spans the sizes of all groups, for plots on shared axes.
  EXPECT_DOUBLE_EQ(f.groups[0].funnel.curve.back().size, 20);
  EXPECT_DOUBLE_EQ(f.groups[0].funnel.curve.front().size, 1);
}

TEST(ProgrammeDashboardTest, CountsHaveNoFunnel) {
  Measure def = Definition(Better::kDown, "");
  def.data_type = stats::DataType::kCount;
  ProgrammeDetails details;
  details.teams = {Team(1, "Norr", {Linked(def, 11)}, {{Cell("2025-01", "women", "3", "")}})};
  auto dashboard = BuildDashboard(Input(def, details.teams));
  ASSERT_TRUE(dashboard);
  EXPECT_TRUE(dashboard->funnels.empty());
  ASSERT_TRUE(dashboard->teams[0].cells[0].women);
  EXPECT_DOUBLE_EQ(*dashboard->teams[0].cells[0].women, 3);
}

}  // namespace
}  // namespace stegvis::domain
