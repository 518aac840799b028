// "What needs me now" (domain/what_needs_me.h): a team member's open cycles, measures without a
// value for the last complete period and next learning session, only from their own teams; the
// first steps for the admin of an installation still being set up.

#include "domain/what_needs_me.h"

#include <gtest/gtest.h>

#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class WhatNeedsMeTest : public DomainTest {
 protected:
  // Today in the fixture: 2027-01-15, so the last complete month is 2026-12.
  WhatNeedsMe Needs(const Principal& p) {
    return Stored([&](StoreTx& tx) {
      return LoadWhatNeedsMe(tx, p, ListVisibleTeams(tx, p), core::Date::FromUnixSeconds(kTestNow));
    });
  }
  void SetStatus(Id project_id, ProjectStatus status) {
    Project p = Ok(LoadProject(store_, solvik_.member, project_id), "LoadProject").project;
    p.status = status;
    Ok(ChangeProject(store_, clock_, solvik_.member, As(solvik_.member), p), "ChangeProject");
  }
  void Record(Id measure, const std::string& period, std::int64_t base_version) {
    Ok(SaveObservations(store_, clock_, solvik_.member, As(solvik_.member), measure, base_version,
                        {{period, "women", "3", ""}, {period, "men", "4", ""}}),
       "SaveObservations");
  }
  void Session(Id programme, const std::string& title, const std::string& on) {
    ProgrammeEvent e;
    e.kind = ProgrammeEventKind::kLearningSession;
    e.title = title;
    e.starts_on = on;
    Ok(AddProgrammeEventTo(store_, clock_, solvik_.strateg, As(solvik_.strateg), programme, e),
       "AddProgrammeEventTo");
  }
};

TEST_F(WhatNeedsMeTest, ATeamMemberSeesOpenCyclesMeasuresWithoutLastPeriodAndTheNextSession) {
  const Id programme = MakeProgramme(solvik_.strateg, "Jämställd hemtjänst");
  Join(solvik_.strateg, programme, solvik_.team);
  Session(programme, "Lärandeseminarium 1", "2026-11-10");  // passed
  Session(programme, "Lärandeseminarium 3", "2027-03-05");
  Session(programme, "Lärandeseminarium 2", "2027-02-01");
  const Id project = MakeProject(solvik_.member, solvik_.team, "Välja tid", programme);
  SetStatus(project, ProjectStatus::kActive);
  const Id idea = MakeIdea(solvik_.member, project, "Brukaren väljer tid");
  const Id open = MakeCycle(solvik_.member, project, idea);
  FinishCycle(solvik_.member, MakeCycle(solvik_.member, project, idea));
  const Id missing = MakeMeasure(solvik_.member, project, "Nöjda med tiden");
  const Id old_only = MakeMeasure(solvik_.member, project, "Besök i tid");
  Record(old_only, "2026-11", 0);
  const Id reported = MakeMeasure(solvik_.member, project, "Byte av personal");
  Record(reported, "2026-12", 0);

  WhatNeedsMe needs = Needs(solvik_.member);
  ASSERT_EQ(needs.open_cycles.size(), 1u);
  EXPECT_EQ(needs.open_cycles[0].cycle_id, open);
  EXPECT_EQ(needs.open_cycles[0].project_title, "Välja tid");
  EXPECT_EQ(needs.open_cycles[0].phase, PdsaPhase::kPlan);
  EXPECT_EQ(needs.open_cycles[0].end_date, "2026-02-20");
  ASSERT_EQ(needs.measures_due.size(), 2u);
  EXPECT_EQ(needs.measures_due_total, 2u);
  for (const MeasureDue& m : needs.measures_due) {
    EXPECT_TRUE(m.measure_id == missing || m.measure_id == old_only) << m.name;
    EXPECT_EQ(m.period, "2026-12");
  }
  ASSERT_TRUE(needs.next_session);
  EXPECT_EQ(needs.next_session->title, "Lärandeseminarium 2");
  EXPECT_EQ(needs.next_session->starts_on, "2027-02-01");
  EXPECT_EQ(needs.next_session->programme_id, programme);
  EXPECT_TRUE(needs.setup.empty());  // not an admin
}

TEST_F(WhatNeedsMeTest, OnlyTheVisitorsOwnTeamsCount) {
  const Id project = MakeProject(solvik_.member, solvik_.team, "Välja tid");
  SetStatus(project, ProjectStatus::kActive);
  MakeCycle(solvik_.member, project, MakeIdea(solvik_.member, project, "Idé"));
  MakeMeasure(solvik_.member, project, "Nöjda med tiden");

  // Another team's member, the chef who sees the team through the unit, another municipality.
  for (const Principal* other : {&solvik_.school_member, &solvik_.chef, &norrby_.member}) {
    WhatNeedsMe needs = Needs(*other);
    EXPECT_TRUE(needs.open_cycles.empty()) << other->user.email;
    EXPECT_TRUE(needs.measures_due.empty()) << other->user.email;
  }
}

TEST_F(WhatNeedsMeTest, APlannedProjectAsksForNoDataAndAClosedOneForNothing) {
  const Id planned = MakeProject(solvik_.member, solvik_.team, "Planerat");
  MakeCycle(solvik_.member, planned, MakeIdea(solvik_.member, planned, "Idé"));
  MakeMeasure(solvik_.member, planned, "Ännu inte mätt");
  WhatNeedsMe needs = Needs(solvik_.member);
  EXPECT_EQ(needs.open_cycles.size(), 1u);
  EXPECT_TRUE(needs.measures_due.empty());

  SetStatus(planned, ProjectStatus::kClosed);
  needs = Needs(solvik_.member);
  EXPECT_TRUE(needs.open_cycles.empty());
  EXPECT_TRUE(needs.measures_due.empty());
}

TEST_F(WhatNeedsMeTest, LongListsKeepTheFirstTenAndCountTheRest) {
  const Id project = MakeProject(solvik_.member, solvik_.team, "Många tester");
  const Id idea = MakeIdea(solvik_.member, project, "Idé");
  for (int i = 0; i < 12; ++i) MakeCycle(solvik_.member, project, idea);
  WhatNeedsMe needs = Needs(solvik_.member);
  EXPECT_EQ(needs.open_cycles.size(), kNeedsListLimit);
  EXPECT_EQ(needs.open_cycles_total, 12u);
}

TEST_F(WhatNeedsMeTest, TheAdminSeesTheFirstStepsUntilAllAreTaken) {
  // The fixture's municipalities have units, teams and people, but no work yet.
  WhatNeedsMe needs = Needs(solvik_.admin);
  ASSERT_EQ(needs.setup.size(), 4u);
  EXPECT_EQ(needs.setup[0].step, SetupStep::kUnits);
  EXPECT_TRUE(needs.setup[0].done);
  EXPECT_TRUE(needs.setup[1].done);
  EXPECT_TRUE(needs.setup[2].done);
  EXPECT_EQ(needs.setup[3].step, SetupStep::kWork);
  EXPECT_FALSE(needs.setup[3].done);
  EXPECT_TRUE(Needs(solvik_.strateg).setup.empty());  // not an admin

  MakeProject(solvik_.member, solvik_.team, "Det första");
  EXPECT_TRUE(Needs(solvik_.admin).setup.empty());
  EXPECT_FALSE(Needs(norrby_.admin).setup.empty());  // Norrby has still not started
}

TEST_F(WhatNeedsMeTest, ANewOrganisationsAdminStartsWithEveryStepToTake) {
  const Id organisation = Ok(store_.Write([&](StoreTx& tx) -> core::Result<Id> {
    return tx.Units().CreateOrganisation("Nystads kommun", kTestNow);
  }));
  const Principal admin = MakeUser(organisation, "admin@nystad.example", "Ny Admin", Role::kAdmin);
  WhatNeedsMe needs = Needs(admin);
  ASSERT_EQ(needs.setup.size(), 4u);
  for (const SetupProgress& s : needs.setup) EXPECT_FALSE(s.done);
  EXPECT_FALSE(needs.Empty());
}

}  // namespace
}  // namespace stegvis::domain
