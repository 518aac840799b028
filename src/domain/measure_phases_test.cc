// New chart phases after an adopted change (domain/measure_phases.h): the engine proposes, the
// team starts the phase with one click — only the one proposed, only once, and never silently.

#include "domain/measure_phases.h"

#include <gtest/gtest.h>

#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

// Falls per month, lower is better: about 20 a month in 2025, about 10 from January 2026, when
// the team tested a change (the fixture's plan runs 2026-01-05 to 2026-02-20).
class MeasurePhasesTest : public DomainTest {
 protected:
  MeasurePhasesTest() {
    project_ = MakeProject(solvik_.member, solvik_.team, "Färre fall");
    Measure m;
    m.name = "Fall";
    m.data_type = stats::DataType::kCount;
    m.direction = Better::kDown;
    m.grouping = Grouping::kNone;
    m.no_sex_reason = "Räknas per avdelning";
    measure_ = Ok(AddMeasure(store_, clock_, solvik_.member, As(solvik_.member), project_, m));
    std::vector<CellInput> cells;
    for (int i = 0; i < 24; ++i) {
      cells.push_back({std::string(i < 12 ? "2025-" : "2026-") + (i % 12 < 9 ? "0" : "") +
                           std::to_string(i % 12 + 1),
                       "total", std::to_string((i < 12 ? 20 : 10) + i % 3), ""});
    }
    Ok(SaveObservations(store_, clock_, solvik_.member, As(solvik_.member), measure_, 0, cells));
    idea_ = MakeIdea(solvik_.member, project_, "Kvällsrutin");
  }

  // What the measure's page offers now, as it works it out.
  std::optional<PhaseProposal> Offered() {
    MeasureDetails d = Ok(LoadMeasure(store_, solvik_.member, measure_));
    MeasureAnalysis analysis = Ok(AnalyzeMeasure(d.measure, d.observations, PhaseStarts(d.phases)));
    return ProposePhaseFor(analysis, d.cycle_markers);
  }
  core::Result<Id> Start(const Principal& by, Id cycle, const std::string& period) {
    return StartProposedPhase(store_, clock_, by, As(by), measure_, cycle, period);
  }

  Id project_ = 0, measure_ = 0, idea_ = 0;
};

TEST_F(MeasurePhasesTest, AnAdoptedChangeFollowedByASustainedShiftStartsANewPhase) {
  Id cycle = MakeCycle(solvik_.member, project_, idea_, {measure_});
  FinishCycle(solvik_.member, cycle, PdsaDecision::kAdopt);
  std::optional<PhaseProposal> offered = Offered();
  ASSERT_TRUE(offered);
  EXPECT_EQ(offered->cycle_id, cycle);
  EXPECT_EQ(offered->period, "2026-01");

  Id phase = Ok(Start(solvik_.member, cycle, "2026-01"));
  std::vector<MeasurePhase> phases = Ok(LoadMeasure(store_, solvik_.politiker, measure_)).phases;
  ASSERT_EQ(phases.size(), 1u);
  EXPECT_EQ(phases[0].id, phase);
  EXPECT_EQ(phases[0].starts_period, "2026-01");
  EXPECT_EQ(phases[0].cycle_id, cycle);
  EXPECT_EQ(phases[0].created_by, "team@solvik.example");
  AuditEvent e = LastEvent("measure_phase", phase);
  EXPECT_EQ(e.action, "create");
  EXPECT_EQ(AuditValue(e.after_json, "starts_period"), "2026-01");
  EXPECT_FALSE(Offered()) << "the phase is there: nothing more to propose";
}

TEST_F(MeasurePhasesTest, OnlyThePhaseProposedIsStartedAndOnlyOnce) {
  Id cycle = MakeCycle(solvik_.member, project_, idea_, {measure_});
  FinishCycle(solvik_.member, cycle, PdsaDecision::kAdopt);
  EXPECT_TRUE(Refused(Start(solvik_.member, cycle, "2026-02"), core::ErrorCode::kConflict, "",
                      "error.pdsa.no_phase_proposal"));
  EXPECT_TRUE(Refused(Start(solvik_.member, cycle + 100, "2026-01"), core::ErrorCode::kConflict, "",
                      "error.pdsa.no_phase_proposal"));
  Ok(Start(solvik_.member, cycle, "2026-01"));
  EXPECT_TRUE(Refused(Start(solvik_.chef, cycle, "2026-01"), core::ErrorCode::kConflict, "",
                      "error.pdsa.no_phase_proposal"))
      << "a second click, or a colleague's, starts nothing more";
  EXPECT_EQ(Ok(LoadMeasure(store_, solvik_.member, measure_)).phases.size(), 1u);
}

TEST_F(MeasurePhasesTest, AChangeNotAdoptedProposesNoPhase) {
  Id cycle = MakeCycle(solvik_.member, project_, idea_, {measure_});
  EXPECT_FALSE(Offered()) << "still in Plan";
  FinishCycle(solvik_.member, cycle, PdsaDecision::kAdapt);
  EXPECT_FALSE(Offered());
  EXPECT_TRUE(Refused(Start(solvik_.member, cycle, "2026-01"), core::ErrorCode::kConflict, "",
                      "error.pdsa.no_phase_proposal"));
}

TEST_F(MeasurePhasesTest, APhaseIsStartedOnlyByThoseWhoMayChangeTheTeamsWork) {
  Id cycle = MakeCycle(solvik_.member, project_, idea_, {measure_});
  FinishCycle(solvik_.member, cycle, PdsaDecision::kAdopt);
  EXPECT_TRUE(IsForbidden(Start(solvik_.politiker, cycle, "2026-01")));
  EXPECT_TRUE(IsForbidden(Start(solvik_.school_member, cycle, "2026-01")));
  EXPECT_TRUE(IsNotFound(Start(norrby_.admin, cycle, "2026-01")));
  EXPECT_TRUE(IsNotFound(
      StartProposedPhase(store_, clock_, solvik_.member, As(solvik_.member), 999, cycle, "")));
  EXPECT_TRUE(Ok(LoadMeasure(store_, solvik_.member, measure_)).phases.empty());
}

TEST(PhaseStartsTest, ThePhasesStartPeriodsInOrder) {
  std::vector<MeasurePhase> phases = {{1, 7, "2025-06", 3, 0, ""}, {2, 7, "2026-01", 4, 0, ""}};
  EXPECT_EQ(PhaseStarts(phases), (std::vector<std::string>{"2025-06", "2026-01"}));
  EXPECT_TRUE(PhaseStarts({}).empty());
}

}  // namespace
}  // namespace stegvis::domain
