#include "domain/cycle_markers.h"

#include <gtest/gtest.h>

#include "core/date.h"
#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

TEST(CycleMarkersTest, PeriodOfDateInEachFrequency) {
  EXPECT_EQ(PeriodOfDate(Frequency::kMonth, "2025-03-31"), "2025-03");
  EXPECT_EQ(PeriodOfDate(Frequency::kQuarter, "2025-03-31"), "2025-Q1");
  EXPECT_EQ(PeriodOfDate(Frequency::kQuarter, "2025-10-01"), "2025-Q4");
  EXPECT_EQ(PeriodOfDate(Frequency::kWeek, "2025-02-12"), "2025-W07");
  // ISO weeks at the turn of the year belong to the year of their Thursday.
  EXPECT_EQ(PeriodOfDate(Frequency::kWeek, "2024-12-30"), "2025-W01");
  EXPECT_EQ(PeriodOfDate(Frequency::kWeek, "2021-01-03"), "2020-W53");
  EXPECT_EQ(PeriodOfDate(Frequency::kMonth, "2025-02-30"), "");
  EXPECT_EQ(PeriodOfDate(Frequency::kMonth, ""), "");
}

PdsaCycle Cycle(Id id, int number, std::vector<Id> measures, std::string start, std::string end) {
  PdsaCycle c;
  c.id = id;
  c.number = number;
  c.content.title = "Test " + std::to_string(number);
  c.content.measure_ids = std::move(measures);
  c.content.start_date = std::move(start);
  c.content.end_date = std::move(end);
  return c;
}

TEST(CycleMarkersTest, OneMarkerPerCycleThatNamesTheMeasureInOrderOfStart) {
  std::vector<PdsaCycle> cycles = {
      Cycle(1, 1, {7}, "2025-04-10", "2025-05-02"),
      Cycle(2, 2, {8}, "2025-01-10", "2025-01-20"),  // another measure
      Cycle(3, 3, {7, 8}, "2025-02-03", ""),         // no end: one period
      Cycle(4, 4, {7}, "", ""),                      // no date yet: not on the chart
  };
  cycles[0].phase = PdsaPhase::kDone;
  cycles[0].content.decision = PdsaDecision::kAdopt;
  std::vector<CycleMarker> m = CycleMarkers(Frequency::kMonth, 7, cycles);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].cycle_id, 3);
  EXPECT_EQ(m[0].start_period, "2025-02");
  EXPECT_EQ(m[0].end_period, "2025-02");
  EXPECT_EQ(m[1].cycle_id, 1);
  EXPECT_EQ(m[1].start_period, "2025-04");
  EXPECT_EQ(m[1].end_period, "2025-05");
  EXPECT_EQ(m[1].decision, PdsaDecision::kAdopt);
}

std::int64_t Noon(int y, int mo, int d) {
  return core::Date(std::chrono::year(y) / mo / d).UnixSeconds() + 43200;
}

TEST(CycleMarkersTest, AMarkerSpansTheTestsDaysAndRunsOnWhileInDo) {
  std::vector<PdsaCycle> cycles = {
      Cycle(1, 1, {7}, "2025-02-03", "2025-05-12"),
      Cycle(2, 2, {7}, "2025-03-01", "2025-03-31"),
      Cycle(3, 3, {7}, "", ""),
      Cycle(4, 4, {7}, "2025-06-01", "2025-06-30"),
  };
  // Cycle 1 was written up in November, after the test: its own days count, not the clicks.
  cycles[0].phase = PdsaPhase::kDone;
  cycles[0].do_at = Noon(2025, 11, 3);
  cycles[0].study_at = Noon(2025, 11, 3);
  cycles[0].done_at = Noon(2025, 11, 3);
  // Cycle 2 is still being tested: it runs on past its planned last day.
  cycles[1].phase = PdsaPhase::kDo;
  cycles[1].do_at = Noon(2025, 3, 3);
  // Cycle 3 has no days of its own (written before they were asked for): the phase dates.
  cycles[2].phase = PdsaPhase::kAct;
  cycles[2].do_at = Noon(2025, 1, 7);
  cycles[2].study_at = Noon(2025, 4, 14);
  cycles[2].act_at = Noon(2025, 4, 20);
  // Cycle 4 is only planned.
  std::vector<CycleMarker> m = CycleMarkers(Frequency::kMonth, 7, cycles);
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].cycle_id, 3);
  EXPECT_EQ(m[0].start_period, "2025-01");
  EXPECT_EQ(m[0].end_period, "2025-04");
  EXPECT_EQ(m[1].cycle_id, 1);
  EXPECT_EQ(m[1].start_period, "2025-02");
  EXPECT_EQ(m[1].end_period, "2025-05");
  EXPECT_FALSE(m[1].running);
  EXPECT_EQ(m[2].cycle_id, 2);
  EXPECT_EQ(m[2].start_period, "2025-03");
  EXPECT_TRUE(m[2].running);
  EXPECT_EQ(m[3].cycle_id, 4);
  EXPECT_EQ(m[3].phase, PdsaPhase::kPlan);
  EXPECT_FALSE(m[3].running);
  // Weekly: the ISO weeks of the same days.
  std::vector<CycleMarker> w = CycleMarkers(Frequency::kWeek, 7, cycles);
  EXPECT_EQ(w[0].start_period, "2025-W02");
  EXPECT_EQ(w[0].end_period, "2025-W16");
  EXPECT_EQ(w[1].start_period, "2025-W06");
  EXPECT_EQ(w[1].end_period, "2025-W20");
}

// 24 months: around 20 in 2024, around 10 in 2025 (lower is better).
stats::Analysis GapClosing(std::vector<int> part_at = {}) {
  std::vector<stats::Row> rows;
  for (int i = 0; i < 24; ++i) {
    stats::Row r;
    r.x = i;
    r.label =
        std::to_string(2024 + i / 12) + "-" + (i % 12 < 9 ? "0" : "") + std::to_string(i % 12 + 1);
    r.y = (i < 12 ? 20 : 10) + (i % 3);
    rows.push_back(r);
  }
  stats::ChartOptions options;
  options.part_at = std::move(part_at);
  options.direction = stats::Direction::kDown;
  return *stats::Analyze(rows, options);
}

CycleMarker Adopted(std::string start, std::string end) {
  CycleMarker m;
  m.cycle_id = 42;
  m.number = 3;
  m.title = "Samma personal varje morgon";
  m.phase = PdsaPhase::kDone;
  m.decision = PdsaDecision::kAdopt;
  m.start_period = std::move(start);
  m.end_period = std::move(end);
  return m;
}

TEST(CycleMarkersTest, AnAdoptFollowedByASustainedShiftProposesANewPhase) {
  stats::Analysis a = GapClosing();
  std::vector<CycleMarker> markers = {Adopted("2025-01", "2025-02")};
  auto p = ProposePhase(a, stats::RuleSet::kAnhoej, stats::Direction::kDown, markers);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->cycle_id, 42);
  EXPECT_EQ(p->first_point, 12);
  EXPECT_EQ(p->period, "2025-01");
}

TEST(CycleMarkersTest, NoProposalWithoutAnAdoptAShiftAfterItOrWhenThePhaseExists) {
  stats::Analysis a = GapClosing();
  CycleMarker adapted = Adopted("2025-01", "2025-02");
  adapted.decision = PdsaDecision::kAdapt;
  std::vector<CycleMarker> one = {adapted};
  EXPECT_FALSE(ProposePhase(a, stats::RuleSet::kAnhoej, stats::Direction::kDown, one));

  CycleMarker unfinished = Adopted("2025-01", "2025-02");
  unfinished.phase = PdsaPhase::kAct;
  one = {unfinished};
  EXPECT_FALSE(ProposePhase(a, stats::RuleSet::kAnhoej, stats::Direction::kDown, one));

  one = {Adopted("2025-03", "2025-04")};
  EXPECT_FALSE(ProposePhase(a, stats::RuleSet::kAnhoej, stats::Direction::kDown, one))
      << "the shift began before the test: the test did not cause it";

  one = {Adopted("2025-01", "2025-02")};
  EXPECT_FALSE(ProposePhase(a, stats::RuleSet::kAnhoej, stats::Direction::kUp, one))
      << "a shift the worse way is no reason for a new phase";
  EXPECT_FALSE(ProposePhase(a, stats::RuleSet::kAnhoej, stats::Direction::kNeutral, one));

  stats::Analysis phased = GapClosing({12});
  EXPECT_FALSE(ProposePhase(phased, stats::RuleSet::kAnhoej, stats::Direction::kDown, one))
      << "the team already started the phase";
}

// The markers as the measure's page loads them: the cycles of the measure's own project that
// name it, for whoever may read the team's work.
class CycleMarkersUseTest : public DomainTest {
 protected:
  CycleMarkersUseTest() {
    project_ = MakeProject(solvik_.member, solvik_.team, "Välj tid själv");
    measure_ = MakeMeasure(solvik_.member, project_, "Nöjda med tiden");
    idea_ = MakeIdea(solvik_.member, project_, "Brukaren väljer tid");
  }
  Id project_ = 0, measure_ = 0, idea_ = 0;
};

TEST_F(CycleMarkersUseTest, AFinishedCycleThatNamesTheMeasureIsMarkedWithItsDecision) {
  const Id named = MakeCycle(solvik_.member, project_, idea_, {measure_});
  FinishCycle(solvik_.member, named, PdsaDecision::kAdapt);
  MakeCycle(solvik_.member, project_, idea_);  // names no measure
  std::vector<CycleMarker> markers = Ok(LoadCycleMarkers(store_, solvik_.politiker, measure_));
  ASSERT_EQ(markers.size(), 1u);
  EXPECT_EQ(markers[0].cycle_id, named);
  EXPECT_EQ(markers[0].number, 1);
  EXPECT_EQ(markers[0].phase, PdsaPhase::kDone);
  EXPECT_EQ(markers[0].decision, PdsaDecision::kAdapt);
  EXPECT_EQ(markers[0].start_period, "2026-01");
  EXPECT_EQ(markers[0].end_period, "2026-02");
  EXPECT_FALSE(markers[0].running);
}

TEST_F(CycleMarkersUseTest, TheMarkersAreReadOnlyByThoseWhoReadTheTeamsWork) {
  MakeCycle(solvik_.member, project_, idea_, {measure_});
  EXPECT_TRUE(IsForbidden(LoadCycleMarkers(store_, solvik_.school_member, measure_)));
  EXPECT_TRUE(IsNotFound(LoadCycleMarkers(store_, norrby_.admin, measure_)));
  EXPECT_TRUE(IsNotFound(LoadCycleMarkers(store_, solvik_.member, 999)));
}

}  // namespace
}  // namespace stegvis::domain
