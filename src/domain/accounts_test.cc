// Managing people (domain/accounts.h): an admin creates accounts, gives and takes roles,
// deactivates, unlocks and sends reset links; each change is audited, and nobody manages the
// people of another organisation.

#include "domain/accounts.h"

#include <gtest/gtest.h>

#include "domain/login_throttle.h"
#include "domain/sessions.h"
#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

constexpr const char* kNewPassword = "ett helt nytt lösenord";

class AccountsTest : public DomainTest {
 protected:
  NewAccount Karin() {
    NewAccount a;
    a.organisation_id = solvik_.id;
    a.email = " Karin.Nilsson@Solvik.Example ";
    a.display_name = "Karin Nilsson";
    a.password = kNewPassword;
    return a;
  }

  bool LogsIn(const std::string& email, const std::string& password) {
    return Login(store_, clock_, email, password, kTestAddress).has_value();
  }

  // Refuses the account's logins from kTestAddress for 15 minutes, as ten failed tries would.
  void LockAccount(const std::string& email) {
    const std::int64_t now = clock_.NowUnixSeconds();
    Ok(store_.Write([&](StoreTx& tx) -> core::Result<bool> {
      tx.Sessions().SaveLoginFailures(
          {AccountSubject(email, kTestAddress), 10, now, now + 15 * 60});
      return true;
    }));
  }
};

TEST_F(AccountsTest, AnAdminCreatesAnAccountWithAFirstRoleAndTheTrailSaysWho) {
  NewAccount karin = Karin();
  karin.role = Role::kChef;
  karin.scope = ScopeRef{ScopeKind::kUnit, solvik_.home_care};
  Id id = Ok(CreateAccount(store_, clock_, &solvik_.admin, As(solvik_.admin), karin));

  User user = Ok(FindAccountByEmail(store_, "karin.nilsson@solvik.example"));
  EXPECT_EQ(user.id, id);
  EXPECT_EQ(user.email, "karin.nilsson@solvik.example") << "stored lower case, trimmed";
  EXPECT_EQ(user.display_name, "Karin Nilsson");
  Principal p = Reload(id);
  ASSERT_EQ(p.memberships.size(), 1u);
  EXPECT_EQ(p.memberships[0].role, Role::kChef);
  EXPECT_EQ(p.memberships[0].scope_kind, ScopeKind::kUnit);
  EXPECT_EQ(p.memberships[0].scope_id, solvik_.home_care);
  EXPECT_TRUE(LogsIn("karin.nilsson@solvik.example", kNewPassword));

  std::vector<AuditEvent> trail = Trail("user", id);
  ASSERT_GE(trail.size(), 2u);
  EXPECT_EQ(trail[0].action, "create");
  EXPECT_EQ(trail[0].actor, "admin@solvik.example");
  EXPECT_EQ(trail[0].at, kTestNow);
  EXPECT_EQ(AuditValue(trail[0].after_json, "email"), "karin.nilsson@solvik.example");
  EXPECT_EQ(trail[0].after_json.find("argon2"), std::string::npos) << "no hash in the trail";
  EXPECT_EQ(trail[1].action, "role_added");
  EXPECT_EQ(AuditValue(trail[1].after_json, "role"), "chef");
}

TEST_F(AccountsTest, ANewAccountNamesTheFieldThatIsWrong) {
  auto create = [&](NewAccount a) {
    return CreateAccount(store_, clock_, &solvik_.admin, As(solvik_.admin), a);
  };
  NewAccount a = Karin();
  a.email = "karin.solvik.example";
  EXPECT_TRUE(IsInvalid(create(a), "email", "error.bad_email"));
  a = Karin();
  a.display_name = "  ";
  EXPECT_TRUE(IsInvalid(create(a), "display_name", "error.required"));
  a = Karin();
  a.language = "de";
  EXPECT_TRUE(IsInvalid(create(a), "language"));
  a = Karin();
  a.password = "kort";
  EXPECT_TRUE(IsInvalid(create(a), "password", "error.password_too_short"));
  a = Karin();
  a.password = "nilsson-sommar-2027";
  EXPECT_TRUE(IsInvalid(create(a), "password", "error.password_contains_name"));
  EXPECT_TRUE(IsNotFound(FindAccountByEmail(store_, "karin.nilsson@solvik.example")));
}

TEST_F(AccountsTest, ANewAccountNamesEveryWrongFieldAtOnce) {
  NewAccount a = Karin();
  a.email = "karin.solvik.example";
  a.display_name = "";
  a.language = "de";
  a.password = "kort";
  std::vector<std::string> fields;
  for (const core::Error& e : NewAccountErrors(a)) fields.push_back(e.field + " " + e.key);
  EXPECT_EQ(fields, (std::vector<std::string>{
                        "email error.bad_email", "display_name error.required",
                        "language error.required", "password error.password_too_short"}));
  EXPECT_TRUE(NewAccountErrors(Karin()).empty());
  // The save refuses with the first, and creates nothing.
  EXPECT_TRUE(IsInvalid(CreateAccount(store_, clock_, &solvik_.admin, As(solvik_.admin), a),
                        "email", "error.bad_email"));
}

TEST_F(AccountsTest, AnEmailInUseIsAConflictWhateverTheCaseAndOrganisation) {
  NewAccount a = Karin();
  a.email = "TEAM@solvik.example";
  EXPECT_TRUE(Refused(CreateAccount(store_, clock_, &solvik_.admin, As(solvik_.admin), a),
                      core::ErrorCode::kConflict, "email", "error.email_taken"));
  a.email = "team@norrby.example";
  EXPECT_TRUE(Refused(CreateAccount(store_, clock_, &solvik_.admin, As(solvik_.admin), a),
                      core::ErrorCode::kConflict, "email", "error.email_taken"));
}

TEST_F(AccountsTest, ARoleTheScopeCannotHoldCreatesNoAccountAtAll) {
  NewAccount a = Karin();
  a.role = Role::kTeammedlem;
  a.scope = ScopeRef{ScopeKind::kUnit, solvik_.home_care};
  EXPECT_TRUE(IsInvalid(CreateAccount(store_, clock_, &solvik_.admin, As(solvik_.admin), a),
                        "scope", "error.bad_scope"));
  EXPECT_TRUE(IsNotFound(FindAccountByEmail(store_, "karin.nilsson@solvik.example")))
      << "the account and its role are one transaction";
}

TEST_F(AccountsTest, OnlyAnAdminOfTheOrganisationCreatesAccounts) {
  for (const Principal* p : {&solvik_.strateg, &solvik_.chef, &solvik_.politiker, &norrby_.admin}) {
    EXPECT_TRUE(IsForbidden(CreateAccount(store_, clock_, p, As(*p), Karin()))) << p->user.email;
  }
}

TEST_F(AccountsTest, TheCommandLineCreatesAccountsAsCli) {
  Id id = Ok(CreateAccount(store_, clock_, nullptr, Cli(solvik_.id), Karin()));
  EXPECT_EQ(LastEvent("user", id).actor, "cli");
}

TEST_F(AccountsTest, ANewPasswordEndsTheUsersSessions) {
  Session session = Ok(Login(store_, clock_, "team@solvik.example", kTestPassword, kTestAddress));
  Ok(ChangePassword(store_, clock_, &solvik_.admin, As(solvik_.admin), solvik_.member.user.id,
                    kNewPassword));
  EXPECT_TRUE(Refused(Authenticate(store_, clock_, session.id), core::ErrorCode::kUnauthenticated));
  EXPECT_FALSE(LogsIn("team@solvik.example", kTestPassword));
  EXPECT_TRUE(LogsIn("team@solvik.example", kNewPassword));
  EXPECT_EQ(LastEvent("user", solvik_.member.user.id).action, "login");
  bool changed = false;
  for (const AuditEvent& e : Trail("user", solvik_.member.user.id)) {
    changed = changed || (e.action == "password_changed" && e.actor == "admin@solvik.example");
  }
  EXPECT_TRUE(changed);
}

TEST_F(AccountsTest, ANewPasswordFollowsThePolicy) {
  const Id id = solvik_.member.user.id;
  EXPECT_TRUE(
      IsInvalid(ChangePassword(store_, clock_, &solvik_.admin, As(solvik_.admin), id, "kort"),
                "password", "error.password_too_short"));
  EXPECT_TRUE(IsInvalid(ChangePassword(store_, clock_, &solvik_.admin, As(solvik_.admin), id,
                                       "fatima-tycker-om-2027"),
                        "password", "error.password_contains_name"));
  EXPECT_TRUE(LogsIn("team@solvik.example", kTestPassword)) << "the old password still works";
}

TEST_F(AccountsTest, OnlyAdminsManagePeople) {
  const Id id = solvik_.member.user.id;
  const Principal& s = solvik_.strateg;
  EXPECT_TRUE(IsForbidden(ChangePassword(store_, clock_, &s, As(s), id, kNewPassword)));
  EXPECT_TRUE(IsForbidden(SetAccountActive(store_, clock_, &s, As(s), id, false)));
  EXPECT_TRUE(IsForbidden(AddRole(store_, clock_, &s, As(s), id, Role::kPolitiker, {})));
  EXPECT_TRUE(IsForbidden(UnlockAccount(store_, clock_, &s, As(s), id)));
  EXPECT_TRUE(IsForbidden(IssuePasswordReset(store_, clock_, &s, As(s), id)));
  EXPECT_TRUE(IsForbidden(LoadAccount(store_, clock_, &s, id)));
  EXPECT_TRUE(IsForbidden(ListAccounts(store_, clock_, &s, solvik_.id)));
  EXPECT_TRUE(Reload(solvik_.member).user.active);
}

TEST_F(AccountsTest, AnotherOrganisationsPeopleAreNotFound) {
  const Id id = solvik_.member.user.id;
  const Principal& n = norrby_.admin;
  EXPECT_TRUE(IsNotFound(ChangePassword(store_, clock_, &n, As(n), id, kNewPassword)));
  EXPECT_TRUE(IsNotFound(SetAccountActive(store_, clock_, &n, As(n), id, false)));
  EXPECT_TRUE(IsNotFound(AddRole(store_, clock_, &n, As(n), id, Role::kPolitiker, {})));
  EXPECT_TRUE(
      IsNotFound(RemoveRole(store_, clock_, &n, As(n), id, solvik_.member.memberships.at(0).id)));
  EXPECT_TRUE(IsNotFound(UnlockAccount(store_, clock_, &n, As(n), id)));
  EXPECT_TRUE(IsNotFound(IssuePasswordReset(store_, clock_, &n, As(n), id)));
  EXPECT_TRUE(IsNotFound(LoadAccount(store_, clock_, &n, id)));
  EXPECT_TRUE(IsForbidden(ListAccounts(store_, clock_, &n, solvik_.id)));
  EXPECT_EQ(Reload(solvik_.member).memberships.size(), 1u);
}

TEST_F(AccountsTest, ADeactivatedUserIsLoggedOutAtOnceAndCannotLogIn) {
  Session session = Ok(Login(store_, clock_, "team@solvik.example", kTestPassword, kTestAddress));
  const Id id = solvik_.member.user.id;
  Ok(SetAccountActive(store_, clock_, &solvik_.admin, As(solvik_.admin), id, false));
  EXPECT_TRUE(Refused(Authenticate(store_, clock_, session.id), core::ErrorCode::kUnauthenticated));
  EXPECT_TRUE(Refused(Login(store_, clock_, "team@solvik.example", kTestPassword, kTestAddress),
                      core::ErrorCode::kUnauthenticated, "email", "login.failed"))
      << "the same answer as a wrong password";
  AuditEvent deactivated;
  for (const AuditEvent& e : Trail("user", id)) {
    if (e.action == "update") deactivated = e;
  }
  EXPECT_EQ(AuditValue(deactivated.before_json, "active"), "true");
  EXPECT_EQ(AuditValue(deactivated.after_json, "active"), "false");

  Ok(SetAccountActive(store_, clock_, &solvik_.admin, As(solvik_.admin), id, true));
  EXPECT_TRUE(LogsIn("team@solvik.example", kTestPassword));
}

TEST_F(AccountsTest, AnAdminCannotDeactivateThemself) {
  EXPECT_TRUE(IsInvalid(SetAccountActive(store_, clock_, &solvik_.admin, As(solvik_.admin),
                                         solvik_.admin.user.id, false),
                        "active", "error.deactivate_self"));
  EXPECT_TRUE(Reload(solvik_.admin).user.active);
}

TEST_F(AccountsTest, ARoleIsGivenOnceForAUnitOfTheOrganisation) {
  const Id id = solvik_.school_member.user.id;
  EXPECT_TRUE(IsForbidden(LoadTeam(store_, solvik_.school_member, solvik_.team)));
  const std::size_t events = Trail("user", id).size();
  for (int i = 0; i < 2; ++i) {
    Ok(AddRole(store_, clock_, &solvik_.admin, As(solvik_.admin), id, Role::kChef,
               ScopeRef{ScopeKind::kUnit, solvik_.home_care}));
  }
  Principal p = Reload(id);
  ASSERT_EQ(p.memberships.size(), 2u) << "the same role and scope is held once";
  EXPECT_EQ(p.memberships[1].role, Role::kChef);
  EXPECT_EQ(Trail("user", id).size(), events + 1) << "only the role actually given is audited";
  EXPECT_EQ(AuditValue(LastEvent("user", id).after_json, "scope_kind"), "unit");
  EXPECT_TRUE(LoadTeam(store_, p, solvik_.team).value().may_change) << "the unit's team";
}

TEST_F(AccountsTest, ARoleIsRefusedForAScopeItCannotHave) {
  const Id id = solvik_.school_member.user.id;
  auto add = [&](Role role, std::optional<ScopeRef> scope) {
    return AddRole(store_, clock_, &solvik_.admin, As(solvik_.admin), id, role, scope);
  };
  EXPECT_TRUE(IsInvalid(add(Role::kChef, ScopeRef{ScopeKind::kTeam, solvik_.team}), "scope",
                        "error.bad_scope"));
  EXPECT_TRUE(IsInvalid(add(Role::kTeammedlem, ScopeRef{ScopeKind::kUnit, solvik_.home_care}),
                        "scope", "error.bad_scope"));
  EXPECT_TRUE(IsInvalid(add(Role::kAdmin, ScopeRef{ScopeKind::kUnit, solvik_.care}), "scope",
                        "error.bad_scope"));
  EXPECT_TRUE(IsInvalid(add(Role::kChef, ScopeRef{ScopeKind::kUnit, norrby_.care}), "scope",
                        "error.bad_scope"))
      << "a unit of another organisation";
  EXPECT_TRUE(IsInvalid(add(Role::kTeammedlem, ScopeRef{ScopeKind::kTeam, norrby_.team}), "scope",
                        "error.bad_scope"));
  EXPECT_TRUE(IsInvalid(add(Role::kStrateg, ScopeRef{ScopeKind::kOrganisation, norrby_.id}),
                        "scope", "error.bad_scope"));
  EXPECT_EQ(Reload(id).memberships.size(), 1u);
}

// access.h (RoleAllowsScope) and docs/security.md give strategists a programme scope: a
// strategist who coaches one programme of the organisation reaches the work of its teams.
TEST_F(AccountsTest, AStrategistIsGivenAProgrammeOfTheOrganisationToCoach) {
  Id programme = MakeProgramme(solvik_.strateg, "Jämställd hemtjänst");
  Join(solvik_.strateg, programme, solvik_.team);
  Principal coach = MakeUser(solvik_.id, "coach@solvik.example", "Coach", std::nullopt);
  Ok(AddRole(store_, clock_, &solvik_.admin, As(solvik_.admin), coach.user.id, Role::kStrateg,
             ScopeRef{ScopeKind::kProgramme, programme}));
  coach = Reload(coach);
  ASSERT_EQ(coach.memberships.size(), 1u);
  EXPECT_EQ(coach.memberships[0].scope_kind, ScopeKind::kProgramme);
  EXPECT_TRUE(LoadTeam(store_, coach, solvik_.team));
  EXPECT_TRUE(IsForbidden(LoadTeam(store_, coach, solvik_.school_team))) << "not in the programme";

  const Id norrbys = MakeProgramme(norrby_.strateg, "Norrbys program");
  EXPECT_TRUE(IsInvalid(AddRole(store_, clock_, &solvik_.admin, As(solvik_.admin), coach.user.id,
                                Role::kStrateg, ScopeRef{ScopeKind::kProgramme, norrbys}),
                        "scope", "error.bad_scope"))
      << "a programme another organisation hosts";
  EXPECT_TRUE(IsInvalid(AddRole(store_, clock_, &solvik_.admin, As(solvik_.admin), coach.user.id,
                                Role::kChef, ScopeRef{ScopeKind::kProgramme, programme}),
                        "scope", "error.bad_scope"))
      << "only strategists coach a programme";
  EXPECT_EQ(Reload(coach).memberships.size(), 1u);
}

TEST_F(AccountsTest, ARemovedRoleEndsWhatItAllowed) {
  const Membership role = solvik_.member.memberships.at(0);
  Ok(RemoveRole(store_, clock_, &solvik_.admin, As(solvik_.admin), solvik_.member.user.id,
                role.id));
  EXPECT_TRUE(IsForbidden(LoadTeam(store_, Reload(solvik_.member), solvik_.team)));
  AuditEvent e = LastEvent("user", solvik_.member.user.id);
  EXPECT_EQ(e.action, "role_removed");
  EXPECT_EQ(AuditValue(e.before_json, "role"), "teammedlem");
}

TEST_F(AccountsTest, AnAdminCannotRemoveTheirOwnAdminRole) {
  EXPECT_TRUE(IsInvalid(RemoveRole(store_, clock_, &solvik_.admin, As(solvik_.admin),
                                   solvik_.admin.user.id, solvik_.admin.memberships.at(0).id),
                        "role", "error.remove_own_admin"));
  EXPECT_EQ(Reload(solvik_.admin).memberships.size(), 1u);
}

TEST_F(AccountsTest, ARoleOfAnotherUserCannotBeRemovedThroughThisOne) {
  EXPECT_TRUE(IsNotFound(RemoveRole(store_, clock_, &solvik_.admin, As(solvik_.admin),
                                    solvik_.member.user.id, solvik_.chef.memberships.at(0).id)));
  EXPECT_EQ(Reload(solvik_.chef).memberships.size(), 1u);
}

TEST_F(AccountsTest, AnUnlockedAccountMayTryAgainAtOnce) {
  LockAccount("team@solvik.example");
  const Id id = solvik_.member.user.id;
  EXPECT_GT(Ok(LoadAccount(store_, clock_, &solvik_.admin, id)).locked_seconds, 0);
  EXPECT_TRUE(Refused(Login(store_, clock_, "team@solvik.example", kTestPassword, kTestAddress),
                      core::ErrorCode::kTooManyRequests, "email", "login.too_many"));

  Ok(UnlockAccount(store_, clock_, &solvik_.admin, As(solvik_.admin), id));
  EXPECT_EQ(Ok(LoadAccount(store_, clock_, &solvik_.admin, id)).locked_seconds, 0);
  EXPECT_EQ(LastEvent("user", id).action, "unlocked");
  EXPECT_TRUE(LogsIn("team@solvik.example", kTestPassword));
}

TEST_F(AccountsTest, AResetLinkSetsANewPasswordOnceAndClearsTheLock) {
  const Id id = solvik_.member.user.id;
  std::string token = Ok(IssuePasswordReset(store_, clock_, &solvik_.admin, As(solvik_.admin), id));
  EXPECT_EQ(LastEvent("user", id).action, "password_reset_issued");
  EXPECT_EQ(LastEvent("user", id).after_json.find(token), std::string::npos);
  LockAccount("team@solvik.example");
  EXPECT_EQ(Ok(CheckPasswordReset(store_, clock_, token)).id, id);

  Ok(UsePasswordReset(store_, clock_, token, kNewPassword, kTestAddress));
  AuditEvent used = LastEvent("user", id);
  EXPECT_EQ(used.action, "password_reset_used");
  EXPECT_EQ(used.actor, "team@solvik.example") << "the user set it, not the admin";
  EXPECT_TRUE(LogsIn("team@solvik.example", kNewPassword)) << "no longer locked";
  EXPECT_TRUE(
      Refused(UsePasswordReset(store_, clock_, token, "ännu ett nytt lösenord", kTestAddress),
              core::ErrorCode::kNotFound, "", "reset.invalid"));
  EXPECT_TRUE(LogsIn("team@solvik.example", kNewPassword));
}

TEST_F(AccountsTest, AResetLinkExpiresAfterADay) {
  std::string token = Ok(IssuePasswordReset(store_, clock_, &solvik_.admin, As(solvik_.admin),
                                            solvik_.member.user.id));
  clock_.Advance(kPasswordResetSeconds - 1);
  EXPECT_TRUE(CheckPasswordReset(store_, clock_, token));
  clock_.Advance(1);
  EXPECT_TRUE(Refused(CheckPasswordReset(store_, clock_, token), core::ErrorCode::kNotFound, "",
                      "reset.invalid"));
  EXPECT_TRUE(Refused(UsePasswordReset(store_, clock_, token, kNewPassword, kTestAddress),
                      core::ErrorCode::kNotFound, "", "reset.invalid"));
}

TEST_F(AccountsTest, AResetLinkOfADeactivatedUserIsInvalid) {
  const Id id = solvik_.member.user.id;
  std::string token = Ok(IssuePasswordReset(store_, clock_, &solvik_.admin, As(solvik_.admin), id));
  Ok(SetAccountActive(store_, clock_, &solvik_.admin, As(solvik_.admin), id, false));
  EXPECT_TRUE(IsNotFound(CheckPasswordReset(store_, clock_, token)));
}

TEST_F(AccountsTest, ATooShortPasswordKeepsTheResetLinkUsable) {
  std::string token = Ok(IssuePasswordReset(store_, clock_, &solvik_.admin, As(solvik_.admin),
                                            solvik_.member.user.id));
  EXPECT_TRUE(IsInvalid(UsePasswordReset(store_, clock_, token, "kort", kTestAddress), "password",
                        "error.password_too_short"));
  EXPECT_TRUE(CheckPasswordReset(store_, clock_, token));
  EXPECT_TRUE(IsNotFound(CheckPasswordReset(store_, clock_, "not-a-token")));
}

TEST_F(AccountsTest, AnAdminListsEveryoneOfTheOrganisationWithTheirRoles) {
  std::vector<AccountDetails> all = Ok(ListAccounts(store_, clock_, &solvik_.admin, solvik_.id));
  ASSERT_EQ(all.size(), 7u);
  for (const AccountDetails& a : all) {
    EXPECT_EQ(a.user.organisation_id, solvik_.id) << a.user.email;
    EXPECT_EQ(a.memberships.size(), 1u) << a.user.email;
  }
  EXPECT_EQ(Ok(LoadAccount(store_, clock_, &solvik_.admin, solvik_.chef.user.id))
                .memberships.at(0)
                .scope_id,
            solvik_.care);
  EXPECT_TRUE(IsForbidden(ListAccounts(store_, clock_, &solvik_.admin, norrby_.id)));
}

TEST_F(AccountsTest, AccountsAreFoundByEmailInAnyCase) {
  EXPECT_EQ(Ok(FindAccountByEmail(store_, " Chef@Solvik.EXAMPLE")).id, solvik_.chef.user.id);
  EXPECT_TRUE(IsNotFound(FindAccountByEmail(store_, "ingen@solvik.example")));
}

TEST_F(AccountsTest, TheCommandLineAddsToTheFirstOrganisation) {
  EXPECT_EQ(Ok(EnsureOrganisation(store_, clock_, "Annan kommun")), solvik_.id);
}

TEST(EnsureOrganisationTest, AnEmptyDatabaseNeedsTheOrganisationsName) {
  InMemoryStore store;
  core::FixedClock clock(kTestNow);
  EXPECT_TRUE(IsInvalid(EnsureOrganisation(store, clock, " "), "organisation", "error.required"));
  Id id = Ok(EnsureOrganisation(store, clock, "Solviks kommun"));
  EXPECT_EQ(Ok(EnsureOrganisation(store, clock, "Norrby kommun")), id);
  std::vector<AuditEvent> trail =
      Ok(store.Read([&](StoreTx& tx) -> core::Result<std::vector<AuditEvent>> {
        return tx.Audit().ListAll(id);
      }));
  ASSERT_EQ(trail.size(), 1u);
  EXPECT_EQ(trail[0].actor, "cli");
  EXPECT_EQ(AuditValue(trail[0].after_json, "name"), "Solviks kommun");
}

}  // namespace
}  // namespace stegvis::domain
