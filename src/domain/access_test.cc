// The permission policy, exhaustively: every role × every action × every resource kind, in
// scope and out of it, plus anonymous and deactivated users and other organisations.

#include "domain/access.h"
#include "domain/reflection_note.h"

#include <gtest/gtest.h>

namespace stegvis::domain {
namespace {

constexpr Id kOrg = 1;
constexpr Id kOtherOrg = 2;
// Units: 10 (förvaltning) > 11 (enhet with team 100) ; 20 (another förvaltning) > 21 (team 200)
constexpr Id kCareAdmin = 10, kHomeCare = 11, kSchoolAdmin = 20, kSchool = 21;
constexpr Id kTeamA = 100, kTeamB = 200;

Principal With(Role role, ScopeKind kind, Id scope) {
  Principal p;
  p.user = User{7, kOrg, "x@y.se", "X", "sv", true};
  p.memberships.push_back({1, 7, role, kind, scope});
  return p;
}

Resource TeamA() {
  return {ResourceKind::kTeam, kOrg, true, {kHomeCare, kCareAdmin}, kTeamA, {}};
}
Resource TeamB() {
  return {ResourceKind::kTeam, kOrg, true, {kSchool, kSchoolAdmin}, kTeamB, {}};
}
Resource UnitHomeCare() {
  return {ResourceKind::kUnit, kOrg, true, {kHomeCare, kCareAdmin}, {}, {}};
}
Resource UnitSchool() {
  return {ResourceKind::kUnit, kOrg, true, {kSchool, kSchoolAdmin}, {}, {}};
}
Resource Kind(ResourceKind kind, Id org = kOrg) {
  return {kind, org, false, {}, {}, {}};
}

constexpr Action kActions[] = {Action::kView, Action::kChange, Action::kAdminister};
constexpr ResourceKind kKinds[] = {ResourceKind::kPublic,       ResourceKind::kAnyUser,
                                   ResourceKind::kOrganisation, ResourceKind::kUnit,
                                   ResourceKind::kTeam,         ResourceKind::kUser};

TEST(AccessTest, AnonymousMayOnlyUsePublicResources) {
  for (Action action : kActions) {
    for (ResourceKind kind : kKinds) {
      EXPECT_EQ(May(nullptr, action, Kind(kind)), kind == ResourceKind::kPublic);
    }
    EXPECT_FALSE(May(nullptr, action, TeamA()));
  }
}

TEST(AccessTest, ADeactivatedUserMayDoNothingBeyondPublic) {
  Principal admin = With(Role::kAdmin, ScopeKind::kOrganisation, kOrg);
  admin.user.active = false;
  for (Action action : kActions) {
    for (ResourceKind kind : kKinds) {
      EXPECT_EQ(May(&admin, action, Kind(kind)), kind == ResourceKind::kPublic);
    }
  }
}

TEST(AccessTest, NobodyReachesAnotherOrganisation) {
  for (Role role : kRoles) {
    Principal p = With(role, ScopeKind::kOrganisation, kOrg);
    for (Action action : kActions) {
      for (ResourceKind kind : kKinds) {
        if (kind == ResourceKind::kPublic) continue;
        EXPECT_FALSE(May(&p, action, Kind(kind, kOtherOrg)));
      }
    }
  }
}

TEST(AccessTest, EveryRoleSeesItsStartPage) {
  for (Role role : kRoles) {
    Principal p = With(role, ScopeKind::kOrganisation, kOrg);
    EXPECT_TRUE(May(&p, Action::kView, Kind(ResourceKind::kAnyUser)));
    EXPECT_FALSE(May(&p, Action::kChange, Kind(ResourceKind::kAnyUser)));
    EXPECT_FALSE(May(&p, Action::kAdminister, Kind(ResourceKind::kAnyUser)));
  }
  Principal none = With(Role::kPolitiker, ScopeKind::kOrganisation, kOrg);
  none.memberships.clear();
  EXPECT_TRUE(May(&none, Action::kView, Kind(ResourceKind::kAnyUser)));
  EXPECT_FALSE(May(&none, Action::kView, TeamA())) << "no role, no data";
  EXPECT_FALSE(May(&none, Action::kView, Kind(ResourceKind::kGoalCatalogue)))
      << "no role, not even the goals catalogue";
}

TEST(AccessTest, AdminMayDoEverythingInTheOrganisation) {
  Principal admin = With(Role::kAdmin, ScopeKind::kOrganisation, kOrg);
  for (Action action : kActions) {
    for (ResourceKind kind : kKinds) {
      EXPECT_EQ(May(&admin, action, Kind(kind)),
                kind != ResourceKind::kAnyUser || action == Action::kView);
    }
    for (const Resource& r : {TeamA(), TeamB(), UnitHomeCare(), UnitSchool()}) {
      EXPECT_TRUE(May(&admin, action, r));
    }
  }
}

TEST(AccessTest, OnlyAdminsAdministerOrSeeUsers) {
  for (Role role : kRoles) {
    if (role == Role::kAdmin) continue;
    Principal p = With(role, ScopeKind::kOrganisation, kOrg);
    for (ResourceKind kind : kKinds) {
      if (kind == ResourceKind::kPublic || kind == ResourceKind::kAnyUser) continue;
      EXPECT_FALSE(May(&p, Action::kAdminister, Kind(kind))) << RoleName(role);
    }
    for (Action action : kActions) {
      EXPECT_FALSE(May(&p, action, Kind(ResourceKind::kUser))) << RoleName(role);
    }
  }
}

TEST(AccessTest, StrategWithTheOrganisationReadsAllAndChangesTeams) {
  Principal p = With(Role::kStrateg, ScopeKind::kOrganisation, kOrg);
  for (const Resource& r : {TeamA(), TeamB()}) {
    EXPECT_TRUE(May(&p, Action::kView, r));
    EXPECT_TRUE(May(&p, Action::kChange, r));
  }
  EXPECT_TRUE(May(&p, Action::kView, UnitSchool()));
  EXPECT_FALSE(May(&p, Action::kChange, UnitSchool())) << "the structure is the admin's";
  EXPECT_TRUE(May(&p, Action::kView, Kind(ResourceKind::kOrganisation)));
  EXPECT_FALSE(May(&p, Action::kChange, Kind(ResourceKind::kOrganisation)));
}

TEST(AccessTest, StrategWithAProgrammeReachesOnlyItsTeams) {
  Principal p = With(Role::kStrateg, ScopeKind::kProgramme, 5);
  Resource in = TeamB();
  in.programme_id = 5;
  EXPECT_TRUE(May(&p, Action::kView, in));
  EXPECT_TRUE(May(&p, Action::kChange, in));
  EXPECT_FALSE(May(&p, Action::kView, TeamA()));
  EXPECT_FALSE(May(&p, Action::kView, UnitSchool()));
}

TEST(AccessTest, ACoachReadsTheProgrammesTeamsAndChangesNothing) {
  const Principal coach = With(Role::kCoach, ScopeKind::kProgramme, 5);
  Resource in = TeamB();
  in.programme_id = 5;
  Resource programme = Kind(ResourceKind::kProgramme);
  programme.located = true;
  programme.programme_id = 5;
  Resource other_programme = programme;
  other_programme.programme_id = 6;
  EXPECT_TRUE(May(&coach, Action::kView, in));
  EXPECT_TRUE(May(&coach, Action::kView, programme));
  EXPECT_FALSE(May(&coach, Action::kView, TeamA())) << "a team outside the programme";
  EXPECT_FALSE(May(&coach, Action::kView, other_programme));
  for (Action action : {Action::kChange, Action::kAdminister}) {
    EXPECT_FALSE(May(&coach, action, in));
    EXPECT_FALSE(May(&coach, action, programme));
  }
  for (ResourceKind kind : {ResourceKind::kOrganisation, ResourceKind::kUnit, ResourceKind::kUser,
                            ResourceKind::kSelfAssessment, ResourceKind::kReflection}) {
    for (Action action : kActions) EXPECT_FALSE(May(&coach, action, Kind(kind)));
  }
  EXPECT_TRUE(May(&coach, Action::kView, Kind(ResourceKind::kGoalCatalogue)));
  EXPECT_FALSE(May(&coach, Action::kChange, Kind(ResourceKind::kGoalCatalogue)));
}

TEST(AccessTest, ChefReachesTheUnitAndItsSubunitsOnly) {
  Principal chef = With(Role::kChef, ScopeKind::kUnit, kCareAdmin);
  EXPECT_TRUE(May(&chef, Action::kView, TeamA()));
  EXPECT_TRUE(May(&chef, Action::kChange, TeamA()));
  EXPECT_TRUE(May(&chef, Action::kView, UnitHomeCare()));
  EXPECT_FALSE(May(&chef, Action::kChange, UnitHomeCare()));
  EXPECT_FALSE(May(&chef, Action::kView, TeamB()));
  EXPECT_FALSE(May(&chef, Action::kChange, TeamB()));
  EXPECT_FALSE(May(&chef, Action::kView, UnitSchool()));
  EXPECT_FALSE(May(&chef, Action::kView, Kind(ResourceKind::kOrganisation)));
  // A chef of the subunit does not reach up to the parent.
  Principal sub = With(Role::kChef, ScopeKind::kUnit, kHomeCare);
  Resource parent{ResourceKind::kUnit, kOrg, true, {kCareAdmin}, {}, {}};
  EXPECT_FALSE(May(&sub, Action::kView, parent));
}

TEST(AccessTest, TeammedlemReachesOnlyTheirTeam) {
  Principal member = With(Role::kTeammedlem, ScopeKind::kTeam, kTeamA);
  EXPECT_TRUE(May(&member, Action::kView, TeamA()));
  EXPECT_TRUE(May(&member, Action::kChange, TeamA()));
  EXPECT_FALSE(May(&member, Action::kView, TeamB()));
  EXPECT_FALSE(May(&member, Action::kChange, TeamB()));
  EXPECT_FALSE(May(&member, Action::kView, UnitHomeCare())) << "a team scope is not its unit";
  EXPECT_FALSE(May(&member, Action::kView, Kind(ResourceKind::kOrganisation)));
  EXPECT_TRUE(May(&member, Action::kView, Kind(ResourceKind::kTeam))) << "some team";
}

TEST(AccessTest, PolitikerReadsInScopeAndChangesNothing) {
  Principal org = With(Role::kPolitiker, ScopeKind::kOrganisation, kOrg);
  Principal unit = With(Role::kPolitiker, ScopeKind::kUnit, kSchoolAdmin);
  for (const Resource& r : {TeamA(), TeamB(), UnitHomeCare(), UnitSchool()}) {
    EXPECT_TRUE(May(&org, Action::kView, r));
    EXPECT_FALSE(May(&org, Action::kChange, r));
    EXPECT_FALSE(May(&org, Action::kAdminister, r));
  }
  EXPECT_TRUE(May(&unit, Action::kView, TeamB()));
  EXPECT_FALSE(May(&unit, Action::kView, TeamA()));
  for (ResourceKind kind : kKinds) {
    if (kind == ResourceKind::kPublic) continue;
    EXPECT_FALSE(May(&org, Action::kChange, Kind(kind)));
    EXPECT_FALSE(May(&unit, Action::kChange, Kind(kind)));
  }
}

TEST(AccessTest, ASecondRoleAddsToTheFirst) {
  Principal p = With(Role::kTeammedlem, ScopeKind::kTeam, kTeamA);
  p.memberships.push_back({2, 7, Role::kPolitiker, ScopeKind::kUnit, kSchoolAdmin});
  EXPECT_TRUE(May(&p, Action::kChange, TeamA()));
  EXPECT_TRUE(May(&p, Action::kView, TeamB()));
  EXPECT_FALSE(May(&p, Action::kChange, TeamB()));
}

TEST(AccessTest, GoalCatalogueIsReadByEveryoneAndChangedByAdminsAndOrganisationStrateger) {
  const Resource catalogue{ResourceKind::kGoalCatalogue, kOrg, true, {}, {}, {}};
  const Resource other{ResourceKind::kGoalCatalogue, kOtherOrg, true, {}, {}, {}};
  struct Case {
    Principal principal;
    bool may_change;
  };
  const Case cases[] = {
      {With(Role::kAdmin, ScopeKind::kOrganisation, kOrg), true},
      {With(Role::kStrateg, ScopeKind::kOrganisation, kOrg), true},
      {With(Role::kStrateg, ScopeKind::kProgramme, 5), false},
      {With(Role::kChef, ScopeKind::kUnit, kCareAdmin), false},
      {With(Role::kTeammedlem, ScopeKind::kTeam, kTeamA), false},
      {With(Role::kPolitiker, ScopeKind::kOrganisation, kOrg), false},
      {With(Role::kPolitiker, ScopeKind::kUnit, kHomeCare), false},
  };
  for (const Case& c : cases) {
    const std::string role(RoleName(c.principal.memberships.front().role));
    EXPECT_TRUE(May(&c.principal, Action::kView, catalogue)) << role;
    EXPECT_EQ(May(&c.principal, Action::kChange, catalogue), c.may_change) << role;
    EXPECT_EQ(May(&c.principal, Action::kChange, Kind(ResourceKind::kGoalCatalogue)), c.may_change)
        << role;
    EXPECT_FALSE(May(&c.principal, Action::kView, other)) << role << ": another organisation";
    EXPECT_FALSE(May(&c.principal, Action::kChange, other)) << role << ": another organisation";
  }
  EXPECT_FALSE(May(nullptr, Action::kView, catalogue));
  Principal strateg = With(Role::kStrateg, ScopeKind::kOrganisation, kOrg);
  EXPECT_FALSE(May(&strateg, Action::kAdminister, catalogue));
}

TEST(AccessTest, RoleScopesAndNamesRoundTrip) {
  for (Role role : kRoles) EXPECT_EQ(ParseRole(RoleName(role)), role);
  EXPECT_FALSE(ParseRole("superuser"));
  EXPECT_TRUE(RoleAllowsScope(Role::kAdmin, ScopeKind::kOrganisation));
  EXPECT_FALSE(RoleAllowsScope(Role::kAdmin, ScopeKind::kUnit));
  EXPECT_TRUE(RoleAllowsScope(Role::kChef, ScopeKind::kUnit));
  EXPECT_FALSE(RoleAllowsScope(Role::kChef, ScopeKind::kOrganisation));
  EXPECT_TRUE(RoleAllowsScope(Role::kTeammedlem, ScopeKind::kTeam));
  EXPECT_FALSE(RoleAllowsScope(Role::kTeammedlem, ScopeKind::kUnit));
  EXPECT_TRUE(RoleAllowsScope(Role::kPolitiker, ScopeKind::kUnit));
  EXPECT_TRUE(RoleAllowsScope(Role::kStrateg, ScopeKind::kProgramme));
  EXPECT_TRUE(RoleAllowsScope(Role::kCoach, ScopeKind::kProgramme));
  for (ScopeKind kind : {ScopeKind::kOrganisation, ScopeKind::kUnit, ScopeKind::kTeam}) {
    EXPECT_FALSE(RoleAllowsScope(Role::kCoach, kind));
  }
  EXPECT_EQ(ParseRole("coach"), Role::kCoach);
  EXPECT_EQ(RoleName(Role::kCoach), "coach");
}

}  // namespace
}  // namespace stegvis::domain

namespace stegvis::domain {
namespace {

Resource At(ResourceKind kind, std::vector<Id> path) {
  return {kind, kOrg, true, std::move(path), {}, {}};
}

// Self-assessments: the unit's managers and strategists (and admins) record; those and
// politicians in scope read; team members neither.
TEST(AccessTest, SelfAssessmentsAreTheManagementsAndPoliticiansRead) {
  const Resource home = At(ResourceKind::kSelfAssessment, {kHomeCare, kCareAdmin});
  const Resource school = At(ResourceKind::kSelfAssessment, {kSchool, kSchoolAdmin});
  const Principal admin = With(Role::kAdmin, ScopeKind::kOrganisation, kOrg);
  const Principal strateg = With(Role::kStrateg, ScopeKind::kOrganisation, kOrg);
  const Principal chef = With(Role::kChef, ScopeKind::kUnit, kCareAdmin);
  const Principal team = With(Role::kTeammedlem, ScopeKind::kTeam, kTeamA);
  const Principal politiker = With(Role::kPolitiker, ScopeKind::kUnit, kCareAdmin);
  const Principal programme_strateg = With(Role::kStrateg, ScopeKind::kProgramme, 5);
  for (const Principal* p : {&admin, &strateg, &chef}) {
    EXPECT_TRUE(May(p, Action::kView, home));
    EXPECT_TRUE(May(p, Action::kChange, home));
  }
  EXPECT_FALSE(May(&chef, Action::kView, school));  // another manager's area
  EXPECT_TRUE(May(&politiker, Action::kView, home));
  EXPECT_FALSE(May(&politiker, Action::kChange, home));
  EXPECT_FALSE(May(&politiker, Action::kView, school));
  EXPECT_FALSE(May(&team, Action::kView, home));
  EXPECT_FALSE(May(&team, Action::kView, Kind(ResourceKind::kSelfAssessment)));
  EXPECT_FALSE(May(&programme_strateg, Action::kView, home));
}

// Reflection notes: managers and strategists in scope (and admins) only.
TEST(AccessTest, ReflectionNotesAreHiddenFromTeamMembersAndPoliticians) {
  const Resource home = At(ResourceKind::kReflection, {kHomeCare, kCareAdmin});
  const Principal strateg = With(Role::kStrateg, ScopeKind::kOrganisation, kOrg);
  const Principal chef = With(Role::kChef, ScopeKind::kUnit, kCareAdmin);
  const Principal other_chef = With(Role::kChef, ScopeKind::kUnit, kSchoolAdmin);
  const Principal team = With(Role::kTeammedlem, ScopeKind::kTeam, kTeamA);
  const Principal politiker = With(Role::kPolitiker, ScopeKind::kOrganisation, kOrg);
  EXPECT_TRUE(May(&strateg, Action::kChange, home));
  EXPECT_TRUE(May(&chef, Action::kChange, home));
  EXPECT_FALSE(May(&other_chef, Action::kView, home));
  for (const Principal* p : {&team, &politiker}) {
    EXPECT_FALSE(May(p, Action::kView, home));
    EXPECT_FALSE(May(p, Action::kView, Kind(ResourceKind::kReflection)));
  }
  // Their other rights are untouched: the politician still reads the unit and the team.
  EXPECT_TRUE(May(&politiker, Action::kView, TeamA()));
  EXPECT_FALSE(May(&chef, Action::kChange, UnitHomeCare()));
}

TEST(ReflectionNoteTest, ValidationNamesTheField) {
  ReflectionNote n;
  n.held_on = "2025-03-18";
  n.title = "Reflektionsmöte";
  n.text = "Vi lärde oss att börja litet.";
  n.unit_ids = {11};
  EXPECT_TRUE(ValidateReflectionNote(n));
  ReflectionNote shadow = n;
  shadow.kind = ReflectionKind::kShadowing;
  EXPECT_EQ(ValidateReflectionNote(shadow).error().key, "reflection.error.peer");
  shadow.peer = "Maria Ek, Hemtjänst Söder";
  EXPECT_TRUE(ValidateReflectionNote(shadow));
  ReflectionNote no_units = n;
  no_units.unit_ids.clear();
  EXPECT_EQ(ValidateReflectionNote(no_units).error().field, "unit_ids");
  ReflectionNote no_text = n;
  no_text.text = "  ";
  EXPECT_EQ(ValidateReflectionNote(no_text).error().field, "text");
  ReflectionNote bad_date = n;
  bad_date.held_on = "18/3";
  EXPECT_EQ(ValidateReflectionNote(bad_date).error().field, "held_on");
  EXPECT_EQ(ParseReflectionKind("shadowing"), ReflectionKind::kShadowing);
  EXPECT_FALSE(ParseReflectionKind("skuggning"));
}

}  // namespace
}  // namespace stegvis::domain
