// Projects (domain/projects.h): a team's improvement work, started and changed by those who
// may change the team's work, read by everyone whose scope reaches the team; a stale save
// says who saved first and when.

#include "domain/projects.h"

#include <gtest/gtest.h>

#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class ProjectsTest : public DomainTest {
 protected:
  Project Draft(Id team = 0) {
    Project p;
    p.team_id = team ? team : solvik_.team;
    p.title = "Välj tid själv";
    p.problem = "Kvinnor får oftare hjälp på tider de inte valt";
    p.aim_what = "Fler väljer själva tid";
    p.aim_how_much = "80 %";
    p.aim_by_when = "2027-06-30";
    p.aim_groups = {true, true, false, false};
    return p;
  }
  core::Result<Id> Add(const Principal& by, const Project& p) {
    return AddProject(store_, clock_, by, As(by), p);
  }
  Project Load(Id id) { return Ok(LoadProject(store_, solvik_.member, id)).project; }
};

TEST_F(ProjectsTest, ATeamMemberStartsAProjectAndTheTrailHasItsAim) {
  Id id = Ok(Add(solvik_.member, Draft()));
  Project p = Load(id);
  EXPECT_EQ(p.title, "Välj tid själv");
  EXPECT_EQ(p.organisation_id, solvik_.id);
  EXPECT_EQ(p.aim_by_when, "2027-06-30");
  EXPECT_TRUE(p.aim_groups.women && p.aim_groups.men);
  EXPECT_EQ(p.status, ProjectStatus::kPlanned);
  EXPECT_EQ(p.version, 1);
  EXPECT_EQ(p.updated_by, "team@solvik.example");
  AuditEvent e = LastEvent("project", id);
  EXPECT_EQ(e.action, "create");
  EXPECT_EQ(AuditValue(e.after_json, "aim_how_much"), "80 %");
  EXPECT_EQ(AuditValue(e.after_json, "aim_groups"), "women,men");
}

TEST_F(ProjectsTest, ANewProjectNamesTheFieldThatIsWrong) {
  Project p = Draft();
  p.title = " ";
  EXPECT_TRUE(IsInvalid(Add(solvik_.member, p), "title", "error.required"));
  p = Draft();
  p.title = std::string(201, 'x');
  EXPECT_TRUE(IsInvalid(Add(solvik_.member, p), "title", "error.too_long"));
  p = Draft();
  p.problem = std::string(4001, 'x');
  EXPECT_TRUE(IsInvalid(Add(solvik_.member, p), "problem", "error.too_long"));
  p = Draft();
  p.aim_by_when = "i vår";
  EXPECT_TRUE(IsInvalid(Add(solvik_.member, p), "aim_by_when", "error.bad_date"));
  EXPECT_TRUE(Ok(LoadTeam(store_, solvik_.member, solvik_.team)).projects.empty());
}

TEST_F(ProjectsTest, AProjectNamesEveryWrongFieldAtOnce) {
  Project p = Draft();
  p.title = "";
  p.aim_how_much = std::string(4001, 'x');
  p.aim_by_when = "i vår";
  std::vector<std::string> fields;
  for (const core::Error& e : ProjectErrors(p)) fields.push_back(e.field + " " + e.key);
  EXPECT_EQ(fields, (std::vector<std::string>{"title error.required", "aim_how_much error.too_long",
                                              "aim_by_when error.bad_date"}));
  EXPECT_TRUE(ProjectErrors(Draft()).empty());
  // The save refuses with the first, and creates nothing.
  EXPECT_TRUE(IsInvalid(Add(solvik_.member, p), "title", "error.required"));
  EXPECT_TRUE(Ok(LoadTeam(store_, solvik_.member, solvik_.team)).projects.empty());
}

TEST_F(ProjectsTest, AProjectIsStartedOnlyForATeamInScope) {
  EXPECT_TRUE(IsForbidden(Add(solvik_.politiker, Draft())));
  EXPECT_TRUE(IsForbidden(Add(solvik_.school_member, Draft())));
  EXPECT_TRUE(IsInvalid(Add(norrby_.admin, Draft()), "team_id", "error.unknown_team"))
      << "another organisation's team is not there to choose";
  EXPECT_TRUE(Add(solvik_.chef, Draft())) << "the manager of the unit";
}

TEST_F(ProjectsTest, AProjectBelongsOnlyToAProgrammeItsTeamTakesPartIn) {
  Id programme = MakeProgramme(solvik_.strateg, "Jämställd hemtjänst");
  Project p = Draft();
  p.programme_id = programme;
  EXPECT_TRUE(IsInvalid(Add(solvik_.member, p), "programme_id", "error.not_in_programme"));
  Join(solvik_.strateg, programme, solvik_.team);
  Id id = Ok(Add(solvik_.member, p));
  EXPECT_EQ(Ok(LoadProject(store_, solvik_.member, id)).programme->name, "Jämställd hemtjänst");
}

TEST_F(ProjectsTest, AChangeIsSavedWithANewVersionAndBeforeAndAfterInTheTrail) {
  Id id = Ok(Add(solvik_.member, Draft()));
  Project p = Load(id);
  p.title = "Välj tid själv i Norr";
  p.status = ProjectStatus::kActive;
  p.aim_groups.men = false;
  clock_.Advance(60);
  Ok(ChangeProject(store_, clock_, solvik_.chef, As(solvik_.chef), p));

  Project saved = Load(id);
  EXPECT_EQ(saved.title, "Välj tid själv i Norr");
  EXPECT_EQ(saved.status, ProjectStatus::kActive);
  EXPECT_FALSE(saved.aim_groups.men);
  EXPECT_EQ(saved.version, 2);
  EXPECT_EQ(saved.updated_by, "chef@solvik.example");
  EXPECT_EQ(saved.updated_at, kTestNow + 60);
  AuditEvent e = LastEvent("project", id);
  EXPECT_EQ(e.action, "update");
  EXPECT_EQ(AuditValue(e.before_json, "status"), "planned");
  EXPECT_EQ(AuditValue(e.after_json, "status"), "active");
  EXPECT_EQ(AuditValue(e.after_json, "aim_groups"), "women");
}

TEST_F(ProjectsTest, AStaleSaveSaysWhoSavedFirstAndWhenAndChangesNothing) {
  Id id = Ok(Add(solvik_.member, Draft()));
  Project mine = Load(id);
  Project theirs = Load(id);
  clock_.Advance(120);
  theirs.title = "Chefens titel";
  Ok(ChangeProject(store_, clock_, solvik_.chef, As(solvik_.chef), theirs));
  clock_.Advance(60);
  mine.title = "Min titel";
  auto stale = ChangeProject(store_, clock_, solvik_.member, As(solvik_.member), mine);
  EXPECT_TRUE(IsChangedBy(stale, "Johan Berg", kTestNow + 120));
  EXPECT_EQ(stale.error().Param("version")->number, 2) << "what to base the next save on";
  EXPECT_EQ(Load(id).title, "Chefens titel");
}

TEST_F(ProjectsTest, OnlyThoseWhoMayChangeTheTeamsWorkChangeItsProject) {
  Id id = Ok(Add(solvik_.member, Draft()));
  Project p = Load(id);
  p.title = "Övertagen";
  EXPECT_TRUE(
      IsForbidden(ChangeProject(store_, clock_, solvik_.politiker, As(solvik_.politiker), p)));
  EXPECT_TRUE(
      IsForbidden(ChangeProject(store_, clock_, solvik_.school_chef, As(solvik_.school_chef), p)));
  EXPECT_TRUE(IsNotFound(ChangeProject(store_, clock_, norrby_.admin, As(norrby_.admin), p)));
  p.title = "";
  EXPECT_TRUE(IsInvalid(ChangeProject(store_, clock_, solvik_.member, As(solvik_.member), p),
                        "title", "error.required"));
  EXPECT_EQ(Load(id).title, "Välj tid själv");
}

TEST_F(ProjectsTest, ProgressScoresAreKeptInOrderAsTheTeamSetsThem) {
  Id id = Ok(Add(solvik_.member, Draft()));
  Ok(SetProgressScore(store_, clock_, solvik_.member, As(solvik_.member), id, 15, "Planerat"));
  clock_.Advance(30 * 24 * 3600);
  Ok(SetProgressScore(store_, clock_, solvik_.member, As(solvik_.member), id, 20, "Testar"));
  ProjectDetails d = Ok(LoadProject(store_, solvik_.politiker, id));
  ASSERT_EQ(d.scores.size(), 2u);
  EXPECT_EQ(d.scores[0].score_tenths, 15);
  EXPECT_EQ(d.scores[1].score_tenths, 20);
  EXPECT_EQ(d.scores[1].set_on, "2027-02-14");
  EXPECT_EQ(d.scores[1].set_by, "team@solvik.example");
  AuditEvent e = LastEvent("project", id);
  EXPECT_EQ(e.action, "progress_score");
  EXPECT_EQ(AuditValue(e.after_json, "score"), "2.0");
  EXPECT_EQ(AuditValue(e.after_json, "note"), "Testar");
}

TEST_F(ProjectsTest, AProgressScoreIsAHalfStepFromHalfToFive) {
  Id id = Ok(Add(solvik_.member, Draft()));
  for (int bad : {0, 12, 55, -5}) {
    EXPECT_TRUE(
        IsInvalid(SetProgressScore(store_, clock_, solvik_.member, As(solvik_.member), id, bad, ""),
                  "score", "error.bad_score"))
        << bad;
  }
  EXPECT_TRUE(IsInvalid(SetProgressScore(store_, clock_, solvik_.member, As(solvik_.member), id, 10,
                                         std::string(4001, 'x')),
                        "note", "error.too_long"));
  EXPECT_TRUE(IsForbidden(
      SetProgressScore(store_, clock_, solvik_.politiker, As(solvik_.politiker), id, 10, "")));
  EXPECT_TRUE(
      IsNotFound(SetProgressScore(store_, clock_, norrby_.admin, As(norrby_.admin), id, 10, "")));
  EXPECT_TRUE(Ok(LoadProject(store_, solvik_.member, id)).scores.empty());
  EXPECT_TRUE(SetProgressScore(store_, clock_, solvik_.member, As(solvik_.member), id, 5, ""));
  EXPECT_TRUE(SetProgressScore(store_, clock_, solvik_.member, As(solvik_.member), id, 50, ""));
}

TEST_F(ProjectsTest, AProjectIsReadInScopeAndChangedOnlyByThoseWhoMay) {
  Id id = Ok(Add(solvik_.member, Draft()));
  MakeMeasure(solvik_.member, id, "Nöjda med tiden");
  ProjectDetails as_politician = Ok(LoadProject(store_, solvik_.politiker, id));
  EXPECT_EQ(as_politician.team.name, "Trygg hemgång");
  EXPECT_EQ(as_politician.measures.size(), 1u);
  EXPECT_FALSE(as_politician.may_change);
  EXPECT_TRUE(Ok(LoadProject(store_, solvik_.member, id)).may_change);
  EXPECT_TRUE(IsForbidden(LoadProject(store_, solvik_.school_member, id)));
  EXPECT_TRUE(IsNotFound(LoadProject(store_, norrby_.admin, id)));
  EXPECT_TRUE(IsNotFound(LoadProject(store_, solvik_.admin, 999)));
}

TEST_F(ProjectsTest, EachListsTheProjectsOfTheTeamsTheyReach) {
  Ok(Add(solvik_.member, Draft()));
  Ok(Add(solvik_.school_member, Draft(solvik_.school_team)));
  Ok(Add(norrby_.member, Draft(norrby_.team)));
  auto teams_seen = [&](const Principal& p) {
    std::vector<Id> teams;
    for (const ProjectDetails& d : Ok(ListVisibleProjects(store_, p))) teams.push_back(d.team.id);
    return teams;
  };
  EXPECT_EQ(teams_seen(solvik_.member), std::vector<Id>{solvik_.team});
  EXPECT_EQ(teams_seen(solvik_.school_chef), std::vector<Id>{solvik_.school_team});
  EXPECT_EQ(teams_seen(solvik_.politiker).size(), 2u);
  EXPECT_EQ(teams_seen(norrby_.politiker), std::vector<Id>{norrby_.team});
  std::vector<ProjectDetails> mine = Ok(ListVisibleProjects(store_, solvik_.member));
  EXPECT_TRUE(mine.at(0).may_change);
  EXPECT_FALSE(Ok(ListVisibleProjects(store_, solvik_.politiker)).at(0).may_change);
}

}  // namespace
}  // namespace stegvis::domain
