// Programmes (domain/programmes.h): admins and strategists create them with their calendar and
// teams; everyone in an organisation that takes part sees the programme, and of its teams
// only those their scope reaches.

#include "domain/programmes.h"

#include <gtest/gtest.h>

#include "domain/goal_links.h"
#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class ProgrammesTest : public DomainTest {
 protected:
  static Programme Hemtjanst() {
    Programme p;
    p.name = "Jämställd hemtjänst";
    p.theme = "Inflytande";
    p.aim = "Kvinnor och män har lika stort inflytande över hjälpen";
    p.starts_on = "2026-01-01";
    p.ends_on = "2026-12-31";
    return p;
  }
  static ProgrammeEvent Event(ProgrammeEventKind kind, std::string title, std::string starts,
                              std::string ends) {
    return ProgrammeEvent{0, 0, kind, std::move(title), std::move(starts), std::move(ends)};
  }
  core::Result<Id> Add(const Principal& by, Programme p, std::vector<ProgrammeEvent> events = {}) {
    return AddProgramme(store_, clock_, by, As(by), std::move(p), events);
  }
};

TEST_F(ProgrammesTest, AStrategistCreatesAProgrammeWithItsCalendar) {
  Id id = Ok(
      Add(solvik_.strateg, Hemtjanst(),
          {Event(ProgrammeEventKind::kActionPeriod, "Arbetsperiod 1", "2026-02-01", "2026-03-31"),
           Event(ProgrammeEventKind::kLearningSession, "Lärandeseminarium 1", "2026-01-20",
                 "2026-01-20")}));
  ProgrammeDetails d = Ok(LoadProgramme(store_, solvik_.member, id));
  EXPECT_EQ(d.programme.name, "Jämställd hemtjänst");
  EXPECT_EQ(d.programme.organisation_id, solvik_.id);
  EXPECT_EQ(d.programme.version, 1);
  EXPECT_EQ(d.programme.updated_by, "strateg@solvik.example");
  ASSERT_EQ(d.events.size(), 2u);
  EXPECT_EQ(d.events[0].title, "Lärandeseminarium 1") << "by date";
  AuditEvent e = LastEvent("programme", id);
  EXPECT_EQ(e.action, "create");
  EXPECT_EQ(AuditValue(e.after_json, "aim"), Hemtjanst().aim);
}

TEST_F(ProgrammesTest, AUserWithoutARoleReadsNoProgramme) {
  Id programme = Ok(Add(solvik_.admin, Hemtjanst()));
  Principal none = MakeUser(solvik_.id, "utan-roll@solvik.example", "Nils Nilsson", std::nullopt);
  EXPECT_TRUE(IsForbidden(ListProgrammes(store_, none)));
  EXPECT_TRUE(IsForbidden(LoadProgramme(store_, none, programme)));
  EXPECT_TRUE(IsForbidden(LoadGoalLinks(store_, none, GoalObject::kProgramme, programme)));
  EXPECT_EQ(Ok(LoadProgramme(store_, solvik_.member, programme)).programme.name,
            "Jämställd hemtjänst");
}

TEST_F(ProgrammesTest, OnlyAdminsAndOrganisationStrategistsCreateProgrammes) {
  EXPECT_TRUE(Add(solvik_.admin, Hemtjanst()));
  for (const Principal* p : {&solvik_.chef, &solvik_.member, &solvik_.politiker}) {
    EXPECT_TRUE(IsForbidden(Add(*p, Hemtjanst()))) << p->user.email;
    EXPECT_FALSE(MayCreateProgramme(*p));
  }
  EXPECT_TRUE(MayCreateProgramme(solvik_.strateg));
  EXPECT_EQ(Ok(ListProgrammes(store_, solvik_.admin)).size(), 1u);
}

TEST_F(ProgrammesTest, ANewProgrammeNamesTheFieldThatIsWrong) {
  Programme p = Hemtjanst();
  p.name = "";
  EXPECT_TRUE(IsInvalid(Add(solvik_.strateg, p), "name", "error.required"));
  p = Hemtjanst();
  p.name = std::string(201, 'x');
  EXPECT_TRUE(IsInvalid(Add(solvik_.strateg, p), "name", "error.too_long"));
  p = Hemtjanst();
  p.aim = std::string(4001, 'x');
  EXPECT_TRUE(IsInvalid(Add(solvik_.strateg, p), "aim", "error.too_long"));
  p = Hemtjanst();
  p.starts_on = "2026-13-01";
  EXPECT_TRUE(IsInvalid(Add(solvik_.strateg, p), "starts_on", "error.bad_date"));
  p = Hemtjanst();
  p.ends_on = "2025-12-31";
  EXPECT_TRUE(IsInvalid(Add(solvik_.strateg, p), "ends_on", "error.ends_before_start"));
  EXPECT_TRUE(IsInvalid(Add(solvik_.strateg, Hemtjanst(),
                            {Event(ProgrammeEventKind::kLearningSession, "", "2026-01-20", "")}),
                        "events", "error.bad_event"));
  EXPECT_TRUE(IsInvalid(
      Add(solvik_.strateg, Hemtjanst(),
          {Event(ProgrammeEventKind::kActionPeriod, "Arbetsperiod", "2026-03-01", "2026-02-01")}),
      "events", "error.bad_event"));
  EXPECT_TRUE(Ok(ListProgrammes(store_, solvik_.admin)).empty());
}

TEST_F(ProgrammesTest, ATeamJoinsOnceAndTheTrailSaysWhich) {
  Id id = Ok(Add(solvik_.strateg, Hemtjanst()));
  Join(solvik_.strateg, id, solvik_.team);
  Join(solvik_.admin, id, solvik_.team);
  ProgrammeDetails d = Ok(LoadProgramme(store_, solvik_.strateg, id));
  ASSERT_EQ(d.teams.size(), 1u);
  EXPECT_EQ(d.teams[0].team.name, "Trygg hemgång");
  EXPECT_EQ(d.teams[0].unit_name, "Hemtjänst Norr");
  int joined = 0;
  for (const AuditEvent& e : Trail("programme", id)) {
    if (e.action != "team_added") continue;
    ++joined;
    EXPECT_EQ(AuditValue(e.after_json, "team"), "Trygg hemgång");
  }
  EXPECT_EQ(joined, 1);
}

TEST_F(ProgrammesTest, OnlyTheHostsTeamsJoinAndOnlyThoseWhoRunItAddThem) {
  Id id = Ok(Add(solvik_.strateg, Hemtjanst()));
  EXPECT_TRUE(IsInvalid(
      AddTeamToProgramme(store_, clock_, solvik_.strateg, As(solvik_.strateg), id, norrby_.team),
      "team_id", "error.unknown_team"));
  EXPECT_TRUE(IsForbidden(
      AddTeamToProgramme(store_, clock_, solvik_.chef, As(solvik_.chef), id, solvik_.team)));
  EXPECT_TRUE(IsForbidden(
      AddTeamToProgramme(store_, clock_, solvik_.member, As(solvik_.member), id, solvik_.team)));
  EXPECT_TRUE(IsNotFound(
      AddTeamToProgramme(store_, clock_, norrby_.admin, As(norrby_.admin), id, norrby_.team)));
  EXPECT_TRUE(IsNotFound(
      AddTeamToProgramme(store_, clock_, solvik_.strateg, As(solvik_.strateg), 999, solvik_.team)));
  EXPECT_TRUE(Ok(LoadProgramme(store_, solvik_.strateg, id)).teams.empty());
}

TEST_F(ProgrammesTest, ACalendarEntryIsAddedWithItsEndDefaultingToItsStart) {
  Id id = Ok(Add(solvik_.strateg, Hemtjanst()));
  Ok(AddProgrammeEventTo(
      store_, clock_, solvik_.strateg, As(solvik_.strateg), id,
      Event(ProgrammeEventKind::kLearningSession, "Lärandeseminarium 2", "2026-04-15", "")));
  ProgrammeDetails d = Ok(LoadProgramme(store_, solvik_.member, id));
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].ends_on, "2026-04-15");
  EXPECT_EQ(LastEvent("programme", id).action, "event_added");
  EXPECT_EQ(AuditValue(LastEvent("programme", id).after_json, "title"), "Lärandeseminarium 2");

  EXPECT_TRUE(IsInvalid(
      AddProgrammeEventTo(store_, clock_, solvik_.strateg, As(solvik_.strateg), id,
                          Event(ProgrammeEventKind::kLearningSession, "Utan datum", "", "")),
      "starts_on", "error.bad_date"));
  EXPECT_TRUE(IsForbidden(AddProgrammeEventTo(
      store_, clock_, solvik_.chef, As(solvik_.chef), id,
      Event(ProgrammeEventKind::kLearningSession, "Chefens", "2026-05-01", ""))));
  EXPECT_TRUE(IsNotFound(AddProgrammeEventTo(
      store_, clock_, norrby_.admin, As(norrby_.admin), id,
      Event(ProgrammeEventKind::kLearningSession, "Norrbys", "2026-05-01", ""))));
  EXPECT_EQ(Ok(LoadProgramme(store_, solvik_.member, id)).events.size(), 1u);
}

TEST_F(ProgrammesTest, AnOrganisationSeesTheProgrammesItHostsThenThoseItTakesPartIn) {
  Id solviks = Ok(Add(solvik_.strateg, Hemtjanst()));
  Programme norrbys_programme = Hemtjanst();
  norrbys_programme.name = "Norrbys program";
  Id norrbys = Ok(Add(norrby_.strateg, norrbys_programme));
  Programme other = Hemtjanst();
  other.name = "Annat program";
  Ok(Add(norrby_.strateg, other));
  JoinFromElsewhere(norrbys, solvik_.school_team);

  std::vector<Programme> seen = Ok(ListProgrammes(store_, solvik_.member));
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].id, solviks);
  EXPECT_EQ(seen[1].id, norrbys);
  EXPECT_TRUE(LoadProgramme(store_, solvik_.politiker, norrbys));
}

TEST_F(ProgrammesTest, AProgrammeOfAnotherOrganisationIsNotFoundUnlessItTakesPart) {
  Id id = Ok(Add(solvik_.strateg, Hemtjanst()));
  EXPECT_TRUE(IsNotFound(LoadProgramme(store_, norrby_.member, id)));
  EXPECT_TRUE(IsNotFound(LoadProgramme(store_, solvik_.member, 999)));
  JoinFromElsewhere(id, norrby_.team);
  EXPECT_TRUE(LoadProgramme(store_, norrby_.member, id));
}

TEST_F(ProgrammesTest, EachSeesOnlyTheTeamsTheirScopeReachesAndCountsTheRest) {
  Id id = Ok(Add(solvik_.strateg, Hemtjanst()));
  Join(solvik_.strateg, id, solvik_.team);
  Join(solvik_.strateg, id, solvik_.school_team);
  JoinFromElsewhere(id, norrby_.team);
  Id project = MakeProject(solvik_.member, solvik_.team, "Välj tid själv", id);
  MakeMeasure(solvik_.member, project, "Nöjda med tiden");
  MakeProject(solvik_.member, solvik_.team, "Utanför programmet");

  ProgrammeDetails mine = Ok(LoadProgramme(store_, solvik_.member, id));
  ASSERT_EQ(mine.teams.size(), 1u);
  EXPECT_EQ(mine.teams[0].team.id, solvik_.team);
  EXPECT_EQ(mine.hidden_teams, 2);
  ASSERT_EQ(mine.teams[0].projects.size(), 1u) << "only the team's projects in the programme";
  ASSERT_EQ(mine.teams[0].measures.size(), 1u);
  EXPECT_EQ(mine.teams[0].observations.size(), 1u);
  EXPECT_FALSE(mine.may_change);

  ProgrammeDetails norrbys = Ok(LoadProgramme(store_, norrby_.admin, id));
  ASSERT_EQ(norrbys.teams.size(), 1u);
  EXPECT_EQ(norrbys.teams[0].team.id, norrby_.team);
  EXPECT_EQ(norrbys.hidden_teams, 2);
  EXPECT_FALSE(norrbys.may_change) << "Norrby's admin does not run Solvik's programme";

  // Those who run it see Norrby's programme work too, marked so: no links into it.
  ProgrammeDetails host = Ok(LoadProgramme(store_, solvik_.strateg, id));
  ASSERT_EQ(host.teams.size(), 3u);
  EXPECT_EQ(host.hidden_teams, 0);
  for (const ProgrammeTeam& t : host.teams) {
    EXPECT_EQ(t.programme_work_only, t.team.id == norrby_.team) << t.team.name;
  }
  EXPECT_TRUE(host.may_change);
  EXPECT_TRUE(host.other_teams.empty()) << "both of Solvik's teams take part";
}

}  // namespace
}  // namespace stegvis::domain
