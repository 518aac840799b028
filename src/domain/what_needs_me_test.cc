// "What needs me now" (domain/what_needs_me.h): a team member's open cycles, measures without a
// value for the last complete period and next learning session, only from their own teams; the
// first steps for the admin of an installation still being set up; for a chef and a strateg the
// missing monthly reports and new signals of the teams in their scope (domain/scope_needs.h),
// a guest team's only from its programme work and only for the host.

#include "domain/what_needs_me.h"

#include <gtest/gtest.h>

#include "domain/monthly_reports.h"
#include "domain/observation_grid.h"
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
  // A programme of `by`'s organisation with one action period, November–December 2026: by the
  // fixture's today both months' reports are missing until submitted.
  Id ProgrammeWithPeriod(const Principal& by, const std::string& name) {
    const Id programme = MakeProgramme(by, name);
    Ok(AddProgrammeEventTo(
           store_, clock_, by, As(by), programme,
           {0, 0, ProgrammeEventKind::kActionPeriod, "Arbetsperiod 1", "2026-11-01", "2026-12-31"}),
       "AddProgrammeEventTo");
    return programme;
  }
  // Fourteen steady months to November 2026, then `december` for women and men.
  static std::vector<CellInput> SteadyThen(const std::string& december) {
    std::vector<CellInput> cells;
    core::Date month = *core::Date::Parse("2025-10-01");
    for (int i = 0; i < 14; ++i, month = month.AddMonths(1)) {
      const std::string period = month.ToString().substr(0, 7);
      cells.push_back({period, "women", i % 2 ? "6" : "4", ""});
      cells.push_back({period, "men", i % 2 ? "5" : "3", ""});
    }
    cells.push_back({"2026-12", "women", december, ""});
    cells.push_back({"2026-12", "men", december, ""});
    return cells;
  }
  // A project of a team of another organisation in `programme`, active, made in the store as
  // an accepted invitation would make it.
  Id GuestProject(Id programme, const Municipality& guest, const std::string& title) {
    Project p;
    p.organisation_id = guest.id;
    p.team_id = guest.team;
    p.programme_id = programme;
    p.title = title;
    p.status = ProjectStatus::kActive;
    return Ok(store_.Write(
        [&](StoreTx& tx) -> core::Result<Id> { return tx.Projects().Create(p, kTestNow); }));
  }
  // A measure of `project` (organisation `organisation`) made in the store, linked to
  // `definition` when given, with SteadyThen("30") as its grid.
  Id StoredMeasure(Id organisation, Id project, const std::string& name,
                   std::optional<Id> definition) {
    Measure m;
    m.organisation_id = organisation;
    m.project_id = project;
    m.definition_id = definition;
    m.name = name;
    return Ok(store_.Write([&](StoreTx& tx) -> core::Result<Id> {
      const Id id = tx.Measures().Create(m, kTestNow);
      std::vector<Observation> grid;
      for (const CellInput& c : SteadyThen("30"))
        grid.push_back({id, c.period, c.group, c.value, "", "", 0, ""});
      tx.Measures().InsertObservations(grid);
      return id;
    }));
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

// A measure without sex groups, for the engine alone: `values` from January 2025 on.
Measure TotalOnly(Better direction) {
  Measure m;
  m.id = 1;
  m.grouping = Grouping::kNone;
  m.direction = direction;
  return m;
}
std::vector<Observation> Totals(const std::vector<std::string>& values) {
  std::vector<Observation> out;
  core::Date month = *core::Date::Parse("2025-01-01");
  for (const std::string& v : values) {
    out.push_back({1, month.ToString().substr(0, 7), "total", v, "", "", 0, ""});
    month = month.AddMonths(1);
  }
  return out;
}

TEST(NewSignalsOfTest, AJumpAtTheLatestPointIsANewSignalByTheMeasuresDirection) {
  const std::vector<Observation> grid =
      Totals({"4", "6", "4", "6", "4", "6", "4", "6", "4", "6", "4", "6", "4", "6", "30"});
  auto up = NewSignalsOf(TotalOnly(Better::kUp), grid, {}, {});
  ASSERT_TRUE(up);
  ASSERT_EQ(up->size(), 1u);
  EXPECT_EQ((*up)[0].group, "total");
  EXPECT_EQ((*up)[0].type, stats::PointType::kImprovement);
  auto down = NewSignalsOf(TotalOnly(Better::kDown), grid, {}, {});
  ASSERT_EQ(down->size(), 1u);
  EXPECT_EQ((*down)[0].type, stats::PointType::kConcern);
}

TEST(NewSignalsOfTest, ASignalThePointBeforeHadAlreadyIsNotNewAndNoSignalIsNothing) {
  auto again = NewSignalsOf(
      TotalOnly(Better::kUp),
      Totals({"4", "6", "4", "6", "4", "6", "4", "6", "4", "6", "4", "6", "4", "30", "31"}), {},
      {});
  ASSERT_TRUE(again);
  EXPECT_TRUE(again->empty());
  auto steady =
      NewSignalsOf(TotalOnly(Better::kUp),
                   Totals({"4", "6", "4", "6", "4", "6", "4", "6", "4", "6", "4", "6"}), {}, {});
  EXPECT_TRUE(steady->empty());
  EXPECT_TRUE(NewSignalsOf(TotalOnly(Better::kUp), {}, {}, {})->empty());
}

TEST_F(WhatNeedsMeTest, TheChefSeesTheMissingReportsAndNewSignalOfATeamInTheirUnits) {
  const Id programme = ProgrammeWithPeriod(solvik_.strateg, "Trygg hemtjänst");
  Join(solvik_.strateg, programme, solvik_.team);
  const Id project = MakeProject(solvik_.member, solvik_.team, "Färre fall", programme);
  SetStatus(project, ProjectStatus::kActive);
  const Id measure = MakeMeasure(solvik_.member, project, "Fall per månad");
  Ok(SaveObservations(store_, clock_, solvik_.member, As(solvik_.member), measure, 0,
                      SteadyThen("30")),
     "SaveObservations");

  ScopeNeeds scope = Needs(solvik_.chef).scope;
  ASSERT_EQ(scope.missing_reports.size(), 2u);
  EXPECT_EQ(scope.missing_reports_total, 2u);
  EXPECT_EQ(scope.missing_reports[0].month, "2026-12") << "the latest deadline first";
  EXPECT_EQ(scope.missing_reports[0].deadline, "2027-01-05");
  EXPECT_EQ(scope.missing_reports[0].team_name, "Trygg hemgång");
  EXPECT_EQ(scope.missing_reports[0].project_id, project);
  EXPECT_EQ(scope.missing_reports[1].month, "2026-11");
  ASSERT_EQ(scope.new_signals.size(), 3u) << "women, men and the total";
  for (const NewSignal& s : scope.new_signals) {
    EXPECT_EQ(s.measure_id, measure);
    EXPECT_EQ(s.period, "2026-12");
    EXPECT_EQ(s.signal.type, stats::PointType::kImprovement);
    EXPECT_FALSE(s.programme_id) << "the chef opens the measure itself";
  }
  EXPECT_EQ(Needs(solvik_.strateg).scope.new_signals.size(), 3u) << "the organisation's strateg";

  // A report submitted late is no longer missing.
  MonthlyReport texts;
  Ok(SaveMonthlyReport(store_, clock_, solvik_.member, As(solvik_.member), project, "2026-11",
                       texts, true),
     "SaveMonthlyReport");
  EXPECT_EQ(Needs(solvik_.chef).scope.missing_reports_total, 1u);
}

TEST_F(WhatNeedsMeTest, NeitherTheTeamsOwnMembersNorManagersOfOtherUnitsGetTheList) {
  const Id programme = ProgrammeWithPeriod(solvik_.strateg, "Trygg hemtjänst");
  Join(solvik_.strateg, programme, solvik_.team);
  const Id project = MakeProject(solvik_.member, solvik_.team, "Färre fall", programme);
  SetStatus(project, ProjectStatus::kActive);
  Ok(SaveObservations(store_, clock_, solvik_.member, As(solvik_.member),
                      MakeMeasure(solvik_.member, project, "Fall per månad"), 0, SteadyThen("30")),
     "SaveObservations");
  // A chef of the unit who also works in the team sees it as a member does, not as its chef.
  Principal chef_in_team = MakeUser(solvik_.id, "chef2@solvik.example", "Mia Holm", Role::kChef,
                                    ScopeRef{ScopeKind::kUnit, solvik_.care});
  Ok(AddRole(store_, clock_, nullptr, Cli(solvik_.id), chef_in_team.user.id, Role::kTeammedlem,
             ScopeRef{ScopeKind::kTeam, solvik_.team}),
     "AddRole");
  chef_in_team = Reload(chef_in_team);
  for (const Principal* p : {&solvik_.member, &chef_in_team, &solvik_.school_chef,
                             &solvik_.politiker, &solvik_.admin, &norrby_.chef, &norrby_.strateg}) {
    EXPECT_TRUE(Needs(*p).scope.Empty()) << p->user.email;
  }
}

TEST_F(WhatNeedsMeTest, TheHostStrategSeesAGuestTeamsProgrammeWorkButNotItsOtherProjects) {
  const Id programme = ProgrammeWithPeriod(solvik_.strateg, "Trygg hemtjänst");
  JoinFromElsewhere(programme, norrby_.team);
  const Id guest = GuestProject(programme, norrby_, "Gästens fall");
  const Id definition = Ok(store_.Write([&](StoreTx& tx) -> core::Result<Id> {
    Measure d;
    d.organisation_id = solvik_.id;
    d.programme_id = programme;
    d.name = "Fall per månad";
    return tx.Measures().Create(d, kTestNow);
  }));
  const Id linked = StoredMeasure(norrby_.id, guest, "Fall per månad", definition);
  StoredMeasure(norrby_.id, guest, "Teamets egen mätning", std::nullopt);
  // Norrby's own programme, which the team also takes part in.
  const Id own_programme = ProgrammeWithPeriod(norrby_.strateg, "Norrbys eget");
  Join(norrby_.strateg, own_programme, norrby_.team);
  const Id own = MakeProject(norrby_.member, norrby_.team, "Eget projekt", own_programme);

  ScopeNeeds host = Needs(solvik_.strateg).scope;
  ASSERT_EQ(host.missing_reports.size(), 2u);
  for (const MissingReport& r : host.missing_reports) {
    EXPECT_EQ(r.project_id, guest);
    EXPECT_EQ(r.organisation_name, "Norrby kommun");
  }
  ASSERT_EQ(host.new_signals.size(), 3u) << "only the measure linked to the definition";
  for (const NewSignal& s : host.new_signals) {
    EXPECT_EQ(s.measure_id, linked);
    EXPECT_EQ(s.programme_id, std::optional<Id>(programme)) << "read on the dashboard";
  }
  EXPECT_TRUE(Needs(solvik_.chef).scope.Empty()) << "a chef does not read the programme";

  ScopeNeeds home = Needs(norrby_.strateg).scope;  // the guest's own organisation
  EXPECT_EQ(home.missing_reports_total, 4u) << "both projects";
  EXPECT_EQ(home.new_signals_total, 6u) << "both measures";
  EXPECT_TRUE(std::any_of(home.missing_reports.begin(), home.missing_reports.end(),
                          [&](const MissingReport& r) { return r.project_id == own; }));
}

}  // namespace
}  // namespace stegvis::domain
