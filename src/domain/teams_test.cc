// The organisation's structure (domain/teams.h): admins add and change units and teams; a
// team's page is for everyone whose scope reaches the team, and its name and description for
// those who may change its work.

#include "domain/teams.h"

#include <gtest/gtest.h>

#include "domain/testing/domain_test_fixture.h"
#include "domain/testing/interleaving_store.h"

namespace stegvis::domain {
namespace {

using TeamsTest = DomainTest;

std::vector<std::string> TeamNames(const std::vector<TeamDetails>& teams) {
  std::vector<std::string> out;
  for (const TeamDetails& t : teams) out.push_back(t.team.name);
  return out;
}

TEST_F(TeamsTest, AnAdminAddsAUnitAndTheTrailHasIt) {
  const Principal& admin = solvik_.admin;
  Id id = Ok(AddUnit(store_, clock_, &admin, As(admin),
                     {solvik_.id, solvik_.care, "Hemtjänst Söder", UnitKind::kEnhet}));
  Structure s = Ok(LoadStructure(store_, admin));
  bool found = false;
  for (const UnitInTree& u : s.units) {
    if (u.unit.id == id) found = u.depth == 2 && u.unit.parent_id == solvik_.care;
  }
  EXPECT_TRUE(found) << "under the administration";
  AuditEvent e = LastEvent("unit", id);
  EXPECT_EQ(e.action, "create");
  EXPECT_EQ(e.actor, "admin@solvik.example");
  EXPECT_EQ(AuditValue(e.after_json, "name"), "Hemtjänst Söder");
  EXPECT_EQ(AuditValue(e.after_json, "kind"), "enhet");
  EXPECT_EQ(AuditValue(e.after_json, "parent_id"), std::to_string(solvik_.care));
}

TEST_F(TeamsTest, OnlyTheOrganisationsAdminAddsUnits) {
  for (const Principal* p : {&solvik_.strateg, &solvik_.chef, &norrby_.admin}) {
    EXPECT_TRUE(
        IsForbidden(AddUnit(store_, clock_, p, As(*p),
                            {solvik_.id, solvik_.care, "Hemtjänst Söder", UnitKind::kEnhet})))
        << p->user.email;
  }
  EXPECT_EQ(Ok(LoadStructure(store_, solvik_.admin)).units.size(), 5u);
}

TEST_F(TeamsTest, ANewUnitNamesTheFieldThatIsWrong) {
  const Principal& admin = solvik_.admin;
  EXPECT_TRUE(IsInvalid(
      AddUnit(store_, clock_, &admin, As(admin), {solvik_.id, solvik_.care, "", UnitKind::kEnhet}),
      "name", "error.required"));
  EXPECT_TRUE(IsInvalid(AddUnit(store_, clock_, &admin, As(admin),
                                {solvik_.id, norrby_.care, "Söder", UnitKind::kEnhet}),
                        "parent_id", "error.unknown_parent"));
}

TEST_F(TeamsTest, AUnitChangeKeepsWhatAnotherAdminChangedMeanwhile) {
  const Principal& admin = solvik_.admin;
  InterleavingStore store(store_, [&](StoreTx& tx) {
    Unit moved = *tx.Units().Find(solvik_.home_care);
    moved.parent_id = solvik_.school_board;
    tx.Units().Update(moved);
  });
  Ok(ChangeUnit(store, clock_, admin, As(admin), solvik_.home_care,
                UnitEdit{.name = "Hemtjänst Centrum"}));
  const Unit unit = Ok(LoadUnit(store_, admin, solvik_.home_care));
  EXPECT_EQ(unit.name, "Hemtjänst Centrum");
  EXPECT_EQ(unit.parent_id, solvik_.school_board) << "the other admin's move is kept";
  EXPECT_EQ(AuditValue(LastEvent("unit", solvik_.home_care).before_json, "parent_id"),
            std::to_string(solvik_.school_board))
      << "the trail's before is the unit the change was applied to";
}

TEST_F(TeamsTest, ATeamChangeKeepsWhatAnotherChangedMeanwhile) {
  const Principal& admin = solvik_.admin;
  InterleavingStore store(store_, [&](StoreTx& tx) {
    Team renamed = *tx.Teams().Find(solvik_.team);
    renamed.name = "Trygg hemgång Norr";
    tx.Teams().Update(renamed);
  });
  Ok(UpdateTeam(store, clock_, admin, As(admin), solvik_.team,
                TeamChanges{.description = "Hemgång utan återinskrivning"}));
  const TeamDetails team = Ok(LoadTeam(store_, admin, solvik_.team));
  EXPECT_EQ(team.team.name, "Trygg hemgång Norr") << "the other change is kept";
  EXPECT_EQ(team.team.description, "Hemgång utan återinskrivning");
  EXPECT_TRUE(IsInvalid(
      UpdateTeam(store_, clock_, admin, As(admin), solvik_.team, TeamChanges{.name = " "}), "name",
      "error.required"));
}

TEST_F(TeamsTest, MovingAUnitMovesWhoReachesItsTeams) {
  const Principal& admin = solvik_.admin;
  Unit home_care = Ok(LoadUnit(store_, admin, solvik_.home_care));
  home_care.name = "Hemtjänst Centrum";
  home_care.parent_id = solvik_.school_board;
  Ok(ChangeUnit(store_, clock_, admin, As(admin), home_care));

  EXPECT_EQ(Ok(LoadUnit(store_, admin, solvik_.home_care)).name, "Hemtjänst Centrum");
  EXPECT_TRUE(IsForbidden(LoadTeam(store_, solvik_.chef, solvik_.team)))
      << "the care manager no longer reaches the team";
  AuditEvent e = LastEvent("unit", solvik_.home_care);
  EXPECT_EQ(e.action, "update");
  EXPECT_EQ(AuditValue(e.before_json, "name"), "Hemtjänst Norr");
  EXPECT_EQ(AuditValue(e.after_json, "name"), "Hemtjänst Centrum");
  EXPECT_EQ(AuditValue(e.after_json, "parent_id"), std::to_string(solvik_.school_board));
}

TEST_F(TeamsTest, AUnitCannotBePlacedUnderItselfOrItsSubunits) {
  const Principal& admin = solvik_.admin;
  Unit care = Ok(LoadUnit(store_, admin, solvik_.care));
  care.parent_id = solvik_.home_care;
  EXPECT_TRUE(IsInvalid(ChangeUnit(store_, clock_, admin, As(admin), care), "parent_id",
                        "error.unit_cycle"));
  care.parent_id = solvik_.care;
  EXPECT_TRUE(IsInvalid(ChangeUnit(store_, clock_, admin, As(admin), care), "parent_id",
                        "error.unit_cycle"));
  care.parent_id = norrby_.care_board;
  EXPECT_TRUE(IsInvalid(ChangeUnit(store_, clock_, admin, As(admin), care), "parent_id",
                        "error.unknown_parent"));
  care.parent_id = solvik_.care_board;
  care.name = " ";
  EXPECT_TRUE(
      IsInvalid(ChangeUnit(store_, clock_, admin, As(admin), care), "name", "error.required"));
  EXPECT_EQ(Ok(LoadUnit(store_, admin, solvik_.care)).parent_id, solvik_.care_board);
}

TEST_F(TeamsTest, AUnitNamesEveryWrongFieldAtOnce) {
  const Principal& admin = solvik_.admin;
  Unit care = Ok(LoadUnit(store_, admin, solvik_.care));
  care.name = " ";
  care.parent_id = solvik_.home_care;
  std::vector<std::string> fields;
  for (const core::Error& e : Ok(UnitErrors(store_, admin, care))) {
    fields.push_back(e.field + " " + e.key);
  }
  EXPECT_EQ(fields,
            (std::vector<std::string>{"name error.required", "parent_id error.unit_cycle"}));
  care.name = std::string(201, 'x');
  care.parent_id = norrby_.care_board;
  fields.clear();
  for (const core::Error& e : Ok(UnitErrors(store_, admin, care))) {
    fields.push_back(e.field + " " + e.key);
  }
  EXPECT_EQ(fields,
            (std::vector<std::string>{"name error.too_long", "parent_id error.unknown_parent"}));
  EXPECT_TRUE(Ok(UnitErrors(store_, admin, Ok(LoadUnit(store_, admin, solvik_.care)))).empty());
  EXPECT_TRUE(IsForbidden(UnitErrors(store_, solvik_.member, care)));
  // The save refuses with the first, and changes nothing.
  EXPECT_TRUE(
      IsInvalid(ChangeUnit(store_, clock_, admin, As(admin), care), "name", "error.too_long"));
  EXPECT_EQ(Ok(LoadUnit(store_, admin, solvik_.care)).parent_id, solvik_.care_board);
}

TEST_F(TeamsTest, ATeamNamesEveryWrongFieldAtOnce) {
  std::vector<std::string> fields;
  for (const core::Error& e : TeamErrors("", std::string(4001, 'x'))) {
    fields.push_back(e.field + " " + e.key);
  }
  EXPECT_EQ(fields,
            (std::vector<std::string>{"name error.required", "description error.too_long"}));
  EXPECT_TRUE(TeamErrors("Trygg hemgång", "").empty());
  EXPECT_TRUE(IsInvalid(UpdateTeam(store_, clock_, solvik_.member, As(solvik_.member), solvik_.team,
                                   {"", std::string(4001, 'x')}),
                        "name", "error.required"));
}

TEST_F(TeamsTest, AnotherOrganisationsUnitIsNotFoundAndOnlyAdminsChangeUnits) {
  Unit norrby_care = Ok(LoadUnit(store_, norrby_.admin, norrby_.care));
  norrby_care.name = "Övertagen";
  EXPECT_TRUE(
      IsNotFound(ChangeUnit(store_, clock_, solvik_.admin, As(solvik_.admin), norrby_care)));
  EXPECT_TRUE(IsNotFound(LoadUnit(store_, solvik_.admin, norrby_.care)));
  Unit care = Ok(LoadUnit(store_, solvik_.admin, solvik_.care));
  care.name = "Omdöpt";
  EXPECT_TRUE(IsForbidden(ChangeUnit(store_, clock_, solvik_.chef, As(solvik_.chef), care)));
  EXPECT_TRUE(IsForbidden(LoadUnit(store_, solvik_.strateg, solvik_.care)));
  EXPECT_EQ(Ok(LoadUnit(store_, norrby_.admin, norrby_.care)).name,
            "Vård- och omsorgsförvaltningen");
}

TEST_F(TeamsTest, AnAdminAddsATeamToAUnitOfTheOrganisation) {
  const Principal& admin = solvik_.admin;
  Id id = Ok(AddTeam(store_, clock_, &admin, As(admin),
                     {solvik_.id, solvik_.home_care, "Rätt tid", "Brukaren väljer tid"}));
  TeamDetails t = Ok(LoadTeam(store_, solvik_.chef, id));
  EXPECT_EQ(t.team.name, "Rätt tid");
  EXPECT_EQ(t.unit_name, "Hemtjänst Norr");
  EXPECT_EQ(LastEvent("team", id).action, "create");
  EXPECT_EQ(AuditValue(LastEvent("team", id).after_json, "description"), "Brukaren väljer tid");

  EXPECT_TRUE(IsInvalid(
      AddTeam(store_, clock_, &admin, As(admin), {solvik_.id, norrby_.home_care, "Rätt tid", ""}),
      "unit_id", "error.unknown_parent"));
  EXPECT_TRUE(
      IsInvalid(AddTeam(store_, clock_, &admin, As(admin), {solvik_.id, solvik_.home_care, "", ""}),
                "name", "error.required"));
  EXPECT_TRUE(IsInvalid(AddTeam(store_, clock_, &admin, As(admin),
                                {solvik_.id, solvik_.home_care, "Lång", std::string(4001, 'x')}),
                        "description", "error.too_long"));
  EXPECT_TRUE(IsForbidden(AddTeam(store_, clock_, &solvik_.chef, As(solvik_.chef),
                                  {solvik_.id, solvik_.home_care, "Egen", ""})));
}

TEST_F(TeamsTest, ATeamsMemberRenamesTheTeamAndTheTrailKeepsTheOldName) {
  const Principal& member = solvik_.member;
  Ok(UpdateTeam(store_, clock_, member, As(member), solvik_.team,
                {"Trygg hemgång Norr", "Hembesök dagen efter"}));
  TeamDetails t = Ok(LoadTeam(store_, solvik_.politiker, solvik_.team));
  EXPECT_EQ(t.team.name, "Trygg hemgång Norr");
  EXPECT_EQ(t.team.description, "Hembesök dagen efter");
  AuditEvent e = LastEvent("team", solvik_.team);
  EXPECT_EQ(e.action, "update");
  EXPECT_EQ(e.actor, "team@solvik.example");
  EXPECT_EQ(AuditValue(e.before_json, "name"), "Trygg hemgång");
  EXPECT_EQ(AuditValue(e.after_json, "name"), "Trygg hemgång Norr");
  EXPECT_TRUE(IsInvalid(UpdateTeam(store_, clock_, member, As(member), solvik_.team, {" ", ""}),
                        "name", "error.required"));
}

TEST_F(TeamsTest, ATeamIsChangedOnlyByThoseWhoseScopeReachesIt) {
  const TeamChanges changes{"Övertaget", ""};
  for (const Principal* p : {&solvik_.politiker, &solvik_.school_member, &solvik_.school_chef}) {
    EXPECT_TRUE(IsForbidden(UpdateTeam(store_, clock_, *p, As(*p), solvik_.team, changes)))
        << p->user.email;
  }
  EXPECT_TRUE(IsNotFound(
      UpdateTeam(store_, clock_, norrby_.admin, As(norrby_.admin), solvik_.team, changes)));
  Ok(UpdateTeam(store_, clock_, solvik_.chef, As(solvik_.chef), solvik_.team,
                {"Trygg hemgång", "Chefen skrev"}));
  EXPECT_EQ(Ok(LoadTeam(store_, solvik_.member, solvik_.team)).team.description, "Chefen skrev");
}

TEST_F(TeamsTest, ATeamsPageShowsItsMembersProjectsAndProgrammes) {
  Id programme = MakeProgramme(solvik_.strateg, "Jämställd hemtjänst");
  Join(solvik_.strateg, programme, solvik_.team);
  Id project = MakeProject(solvik_.member, solvik_.team, "Välj tid själv", programme);

  TeamDetails t = Ok(LoadTeam(store_, solvik_.politiker, solvik_.team));
  EXPECT_EQ(t.members, std::vector<std::string>{"Fatima Ali"});
  ASSERT_EQ(t.projects.size(), 1u);
  EXPECT_EQ(t.projects[0].id, project);
  ASSERT_EQ(t.programmes.size(), 1u);
  EXPECT_EQ(t.programmes[0].name, "Jämställd hemtjänst");
  EXPECT_FALSE(t.may_change) << "politicians read";
  EXPECT_TRUE(Ok(LoadTeam(store_, solvik_.member, solvik_.team)).may_change);
  EXPECT_TRUE(IsForbidden(LoadTeam(store_, solvik_.school_member, solvik_.team)));
  EXPECT_TRUE(IsNotFound(LoadTeam(store_, norrby_.admin, solvik_.team)));
  EXPECT_TRUE(IsNotFound(LoadTeam(store_, solvik_.admin, 999)));
}

TEST_F(TeamsTest, EachSeesTheTeamsTheirScopeReaches) {
  auto visible = [&](const Principal& p) { return TeamNames(Ok(ListVisibleTeams(store_, p))); };
  EXPECT_EQ(visible(solvik_.member), std::vector<std::string>{"Trygg hemgång"});
  EXPECT_EQ(visible(solvik_.chef), std::vector<std::string>{"Trygg hemgång"});
  EXPECT_EQ(visible(solvik_.school_chef), std::vector<std::string>{"Läslust"});
  EXPECT_EQ(visible(solvik_.politiker), (std::vector<std::string>{"Läslust", "Trygg hemgång"}));
  EXPECT_EQ(visible(norrby_.admin), (std::vector<std::string>{"Läslust", "Trygg hemgång"}));
  for (const TeamDetails& t : Ok(ListVisibleTeams(store_, norrby_.admin))) {
    EXPECT_EQ(t.team.organisation_id, norrby_.id);
  }
}

TEST_F(TeamsTest, TheStructurePagesAreTheAdminsOnly) {
  Structure s = Ok(LoadStructure(store_, solvik_.admin));
  EXPECT_EQ(s.units.size(), 5u);
  EXPECT_EQ(TeamNames(s.teams), (std::vector<std::string>{"Läslust", "Trygg hemgång"}));
  EXPECT_TRUE(IsForbidden(LoadStructure(store_, solvik_.strateg)));
}

TEST_F(TeamsTest, TheCommandLineNamesAScopeByNameOrId) {
  EXPECT_EQ(Ok(ResolveScope(store_, solvik_.id, Role::kChef, "Hemtjänst Norr")).id,
            solvik_.home_care);
  ScopeRef team = Ok(ResolveScope(store_, solvik_.id, Role::kTeammedlem, "Trygg hemgång"));
  EXPECT_EQ(team.kind, ScopeKind::kTeam);
  EXPECT_EQ(team.id, solvik_.team);
  EXPECT_EQ(
      Ok(ResolveScope(store_, solvik_.id, Role::kTeammedlem, std::to_string(solvik_.team))).id,
      solvik_.team);
  EXPECT_TRUE(IsInvalid(ResolveScope(store_, solvik_.id, Role::kChef, "Hemtjänst Söder"), "scope",
                        "error.bad_scope"));
  EXPECT_TRUE(
      IsInvalid(ResolveScope(store_, solvik_.id, Role::kTeammedlem, std::to_string(norrby_.team)),
                "scope", "error.bad_scope"))
      << "another organisation's team";
  MakeUnit(solvik_.admin, "Hemtjänst Norr", solvik_.school_board);
  EXPECT_TRUE(IsInvalid(ResolveScope(store_, solvik_.id, Role::kChef, "Hemtjänst Norr"), "scope",
                        "error.bad_scope"))
      << "two units have the name";
}

}  // namespace
}  // namespace stegvis::domain
