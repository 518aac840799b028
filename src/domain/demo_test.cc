// The demonstration data (domain/demo.h): seeded once into an empty database, in one
// transaction, with accounts that log in with the demo password; never over existing data.

#include "domain/demo.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "domain/audit.h"
#include "domain/comments.h"
#include "domain/home_page.h"
#include "domain/programme_invitations.h"
#include "domain/projects.h"
#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

// The demo account `email` with its roles.
Principal PrincipalOf(Store& store, const char* email) {
  return Ok(store.Read([&](StoreTx& tx) -> core::Result<Principal> {
    std::optional<User> user = tx.Users().FindByEmail(email);
    return Principal{*user, tx.Users().ListMemberships(user->id)};
  }));
}

TEST(DemoTest, AnEmptyDatabaseIsSeededOnceAndTheAccountsLogIn) {
  InMemoryStore store;  // throws if the seeding opened a transaction inside another
  core::FixedClock clock(kTestNow);
  DemoSummary first = Ok(SeedDemo(store, clock));
  EXPECT_TRUE(first.seeded);
  EXPECT_FALSE(first.organisation.empty());
  EXPECT_GT(first.units, 0);
  EXPECT_GT(first.teams, 0);
  ASSERT_FALSE(first.accounts.empty());
  EXPECT_EQ(first.password, kDemoPassword);
  EXPECT_TRUE(Login(store, clock, first.accounts[0].email, kDemoPassword, kTestAddress))
      << first.accounts[0].email;

  DemoSummary again = Ok(SeedDemo(store, clock));
  EXPECT_FALSE(again.seeded);
  EXPECT_EQ(again.accounts.size(), first.accounts.size()) << "the accounts are still named";
}

TEST(DemoTest, ASustainedProjectShowsItsAlertAndReviewsOnTheTeamsAndTheChefsStartPage) {
  InMemoryStore store;
  core::FixedClock clock(kTestNow);
  Ok(SeedDemo(store, clock));
  const core::Date today = core::Date::FromUnixSeconds(kTestNow);
  auto principal = [&](const char* email) { return PrincipalOf(store, email); };
  HomePage member = Ok(LoadHomePage(store, principal("team@solvik.example"), today));
  ASSERT_EQ(member.needs.sustain.alerts.size(), 1u);
  EXPECT_EQ(member.needs.sustain.alerts[0].project_title, "Färre fall nattetid");
  ASSERT_EQ(member.needs.sustain.next_reviews.size(), 1u) << "the member owns the plan";
  HomePage chef = Ok(LoadHomePage(store, principal("chef@solvik.example"), today));
  EXPECT_EQ(chef.needs.sustain.alerts.size(), 1u);
  EXPECT_EQ(chef.needs.sustain.missed_reviews.size(), 1u) << "last month's review is not done";
}

TEST(DemoTest, TheProgrammeIsSetUpThroughTheUseCasesWithNorrbyInvitedAndAccepting) {
  InMemoryStore store;
  core::FixedClock clock(kTestNow);
  Ok(SeedDemo(store, clock));
  auto principal = [&](const char* email) { return PrincipalOf(store, email); };
  auto count = [](const std::vector<AuditEvent>& trail, const char* action, const char* type) {
    return std::count_if(trail.begin(), trail.end(), [&](const AuditEvent& e) {
      return e.action == action && e.object_type == type;
    });
  };
  // The host's trail: the programme created, Solvik's two teams added, Norrby's two invited.
  const std::vector<AuditEvent> host = Ok(LoadAuditTrail(store, principal("admin@solvik.example")));
  EXPECT_EQ(count(host, "create", "programme"), 1);
  EXPECT_EQ(count(host, "team_added", "programme"), 2);
  EXPECT_EQ(count(host, "invite", "programme"), 2);
  // Norrby's side accepted both, which made the projects that its admin then wrote.
  const Principal norrby = principal("admin@norrby.example");
  const MyInvitations mine = Ok(LoadMyInvitations(store, norrby));
  ASSERT_EQ(mine.invitations.size(), 2u);
  for (const InvitationDetails& i : mine.invitations) {
    EXPECT_EQ(i.invitation.status, InvitationStatus::kAccepted) << i.team_name;
    ASSERT_TRUE(i.invitation.project_id.has_value());
    const ProjectDetails project = Ok(LoadProject(store, norrby, *i.invitation.project_id));
    EXPECT_NE(project.project.title, i.programme_name) << "the team's own title";
    EXPECT_EQ(project.project.status, ProjectStatus::kActive);
    EXPECT_GE(project.measures.size(), 3u) << "the common measures adopted";
  }
  const std::vector<AuditEvent> guest = Ok(LoadAuditTrail(store, norrby));
  EXPECT_EQ(count(guest, "accept", "invitation"), 2);
  EXPECT_EQ(count(guest, "update", "project"), 2);
}

TEST(DemoTest, TheCoachsCommentsReachTheTeamAndTheGuestTeam) {
  InMemoryStore store;
  core::FixedClock clock(kTestNow);
  Ok(SeedDemo(store, clock));
  // Trygg hemgång's latest cycle and Hela dagen's (Norrby's first team's) latest report.
  const CommentTarget cycle = Ok(store.Read([&](StoreTx& tx) -> core::Result<CommentTarget> {
    const User member = *tx.Users().FindByEmail("team@solvik.example");
    const Id team = tx.Users().ListMemberships(member.id).at(0).scope_id;
    const Id project = tx.Projects().List(team).at(0).id;
    return CommentTarget{CommentSubject::kPdsaCycle, tx.Pdsa().ListProjectCycles(project).back().id,
                         ""};
  }));
  const CommentTarget report = Ok(store.Read([&](StoreTx& tx) -> core::Result<CommentTarget> {
    const User guest = *tx.Users().FindByEmail("team@norrby.example");
    const Id team = tx.Users().ListMemberships(guest.id).at(0).scope_id;
    const Id project = tx.Projects().List(team).at(0).id;
    return CommentTarget{CommentSubject::kMonthlyReport, project,
                         tx.Programmes().ListMonthlyReports(project).back().month};
  }));

  const CommentThread asked =
      Ok(LoadComments(store, clock, PrincipalOf(store, "team@solvik.example"), cycle));
  ASSERT_EQ(asked.comments.size(), 2u);
  EXPECT_EQ(asked.comments[0].author, "Elin Åberg") << "the coach asks";
  EXPECT_EQ(asked.comments[1].author_organisation, "Solviks kommun") << "the team answers";
  EXPECT_TRUE(asked.may_comment);
  const CommentThread thanked =
      Ok(LoadComments(store, clock, PrincipalOf(store, "team@norrby.example"), report));
  ASSERT_EQ(thanked.comments.size(), 1u);
  EXPECT_EQ(thanked.comments[0].author, "Elin Åberg");
  EXPECT_EQ(thanked.comments[0].author_organisation, "Solviks kommun");
  const CommentThread read =
      Ok(LoadComments(store, clock, PrincipalOf(store, "politiker@solvik.example"), cycle));
  EXPECT_EQ(read.comments.size(), 2u);
  EXPECT_FALSE(read.may_comment) << "a politician reads the conversation but takes no part";
}

class DemoOverDataTest : public DomainTest {};

TEST_F(DemoOverDataTest, ADatabaseWithDataIsLeftAsItIs) {
  const std::size_t events = Ok(LoadAuditTrail(store_, solvik_.admin)).size();
  DemoSummary s = Ok(SeedDemo(store_, clock_));
  EXPECT_FALSE(s.seeded);
  EXPECT_EQ(Ok(LoadAuditTrail(store_, solvik_.admin)).size(), events);
  EXPECT_FALSE(Login(store_, clock_, "admin@solvik.example", kDemoPassword, kTestAddress))
      << "no demo password on existing accounts";
}

}  // namespace
}  // namespace stegvis::domain
