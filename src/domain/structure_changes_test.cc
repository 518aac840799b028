// Reshaping the organisation (domain/structure_changes.h): an admin deletes what is empty and
// moves a team to another unit; who reaches the team follows it, and the trail says what was.

#include "domain/structure_changes.h"

#include <gtest/gtest.h>

#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

using StructureChangesTest = DomainTest;

std::int64_t Number(const core::Error& e, std::string_view name) {
  const core::ErrorParam* p = e.Param(name);
  return p ? p->number : -1;
}

TEST_F(StructureChangesTest, AnEmptyUnitIsDeletedAndTheTrailKeepsIt) {
  const Principal& admin = solvik_.admin;
  Id empty = MakeUnit(admin, "Hemtjänst Söder", solvik_.care);
  Ok(DeleteUnit(store_, clock_, admin, As(admin), empty));
  EXPECT_FALSE(Stored([&](StoreTx& tx) { return tx.Units().Find(empty); }));
  AuditEvent e = LastEvent("unit", empty);
  EXPECT_EQ(e.action, "delete");
  EXPECT_EQ(AuditValue(e.before_json, "name"), "Hemtjänst Söder");
  EXPECT_TRUE(e.after_json.empty());
}

TEST_F(StructureChangesTest, AUnitWithAnythingLeftInItSaysWhat) {
  const Principal& admin = solvik_.admin;
  auto refused = DeleteUnit(store_, clock_, admin, As(admin), solvik_.care);
  ASSERT_TRUE(Refused(refused, core::ErrorCode::kConflict, "", "admin2.unit_not_empty"));
  EXPECT_EQ(Number(refused.error(), "subunits"), 1);
  EXPECT_EQ(Number(refused.error(), "teams"), 0);
  EXPECT_EQ(Number(refused.error(), "users"), 1) << "the manager's role is scoped to it";

  refused = DeleteUnit(store_, clock_, admin, As(admin), solvik_.home_care);
  ASSERT_TRUE(Refused(refused, core::ErrorCode::kConflict, "", "admin2.unit_not_empty"));
  EXPECT_EQ(Number(refused.error(), "subunits"), 0);
  EXPECT_EQ(Number(refused.error(), "teams"), 1);
  EXPECT_EQ(Number(refused.error(), "users"), 0);
  EXPECT_EQ(Number(refused.error(), "self_assessments"), 0);
  EXPECT_EQ(Number(refused.error(), "reflection_notes"), 0);
  EXPECT_TRUE(Stored([&](StoreTx& tx) { return tx.Units().Find(solvik_.home_care); }));
}

TEST_F(StructureChangesTest, OnlyTheOrganisationsAdminDeletesUnits) {
  Id empty = MakeUnit(solvik_.admin, "Hemtjänst Söder", solvik_.care);
  EXPECT_TRUE(IsForbidden(DeleteUnit(store_, clock_, solvik_.strateg, As(solvik_.strateg), empty)));
  EXPECT_TRUE(IsNotFound(DeleteUnit(store_, clock_, norrby_.admin, As(norrby_.admin), empty)));
  EXPECT_TRUE(Stored([&](StoreTx& tx) { return tx.Units().Find(empty); }));
}

TEST_F(StructureChangesTest, ATeamWithoutWorkOrMembersIsDeletedAndLeavesItsProgrammes) {
  const Principal& admin = solvik_.admin;
  Id team = MakeTeam(admin, solvik_.home_care, "Rätt tid");
  Id programme = MakeProgramme(solvik_.strateg, "Jämställd hemtjänst");
  Join(solvik_.strateg, programme, team);
  Ok(DeleteTeam(store_, clock_, admin, As(admin), team));
  EXPECT_FALSE(Stored([&](StoreTx& tx) { return tx.Teams().Find(team); }));
  EXPECT_TRUE(Ok(LoadProgramme(store_, solvik_.strateg, programme)).teams.empty());
  AuditEvent e = LastEvent("team", team);
  EXPECT_EQ(e.action, "delete");
  EXPECT_EQ(AuditValue(e.before_json, "name"), "Rätt tid");
  EXPECT_EQ(AuditValue(e.before_json, "unit"), "Hemtjänst Norr");
  EXPECT_EQ(AuditValue(e.before_json, "programme_ids"), std::to_string(programme));
}

TEST_F(StructureChangesTest, ATeamWithProjectsOrMembersStays) {
  const Principal& admin = solvik_.admin;
  MakeProject(solvik_.member, solvik_.team, "Välj tid själv");
  auto refused = DeleteTeam(store_, clock_, admin, As(admin), solvik_.team);
  ASSERT_TRUE(Refused(refused, core::ErrorCode::kConflict, "", "admin2.team_not_empty"));
  EXPECT_EQ(Number(refused.error(), "projects"), 1);
  EXPECT_EQ(Number(refused.error(), "users"), 1);
  EXPECT_TRUE(Stored([&](StoreTx& tx) { return tx.Teams().Find(solvik_.team); }));
  EXPECT_TRUE(
      IsForbidden(DeleteTeam(store_, clock_, solvik_.chef, As(solvik_.chef), solvik_.school_team)));
  EXPECT_TRUE(IsNotFound(
      DeleteTeam(store_, clock_, norrby_.admin, As(norrby_.admin), solvik_.school_team)));
}

TEST_F(StructureChangesTest, AMovedTeamIsReachedByTheManagerOfItsNewUnit) {
  const Principal& admin = solvik_.admin;
  Id project = MakeProject(solvik_.member, solvik_.team, "Välj tid själv");
  EXPECT_TRUE(IsForbidden(LoadProject(store_, solvik_.school_chef, project)));
  Ok(MoveTeam(store_, clock_, admin, As(admin), solvik_.team, solvik_.school));

  EXPECT_EQ(Ok(LoadTeam(store_, solvik_.school_chef, solvik_.team)).unit_name, "Ekbackens skola");
  EXPECT_TRUE(LoadProject(store_, solvik_.school_chef, project)) << "its work moves with it";
  EXPECT_TRUE(IsForbidden(LoadTeam(store_, solvik_.chef, solvik_.team)));
  EXPECT_TRUE(LoadTeam(store_, solvik_.member, solvik_.team)) << "its members stay";
  AuditEvent e = LastEvent("team", solvik_.team);
  EXPECT_EQ(e.action, "move");
  EXPECT_EQ(AuditValue(e.before_json, "unit"), "Hemtjänst Norr");
  EXPECT_EQ(AuditValue(e.after_json, "unit"), "Ekbackens skola");
}

TEST_F(StructureChangesTest, AMoveToTheSameUnitChangesNothingAndIsNotAudited) {
  const Principal& admin = solvik_.admin;
  const std::size_t events = Trail("team", solvik_.team).size();
  Ok(MoveTeam(store_, clock_, admin, As(admin), solvik_.team, solvik_.home_care));
  EXPECT_EQ(Trail("team", solvik_.team).size(), events);
}

TEST_F(StructureChangesTest, ATeamMovesOnlyWithinItsOrganisationAndOnlyByItsAdmin) {
  const Principal& admin = solvik_.admin;
  EXPECT_TRUE(IsInvalid(MoveTeam(store_, clock_, admin, As(admin), solvik_.team, norrby_.school),
                        "unit_id", "error.unknown_parent"));
  EXPECT_TRUE(IsInvalid(MoveTeam(store_, clock_, admin, As(admin), solvik_.team, 999), "unit_id",
                        "error.unknown_parent"));
  EXPECT_TRUE(IsForbidden(
      MoveTeam(store_, clock_, solvik_.chef, As(solvik_.chef), solvik_.team, solvik_.care)));
  EXPECT_TRUE(IsNotFound(
      MoveTeam(store_, clock_, norrby_.admin, As(norrby_.admin), solvik_.team, norrby_.school)));
  EXPECT_EQ(Ok(LoadTeam(store_, solvik_.chef, solvik_.team)).team.unit_id, solvik_.home_care);
}

}  // namespace
}  // namespace stegvis::domain
