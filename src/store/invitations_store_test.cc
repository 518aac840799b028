// Invitations of teams into programmes (sql_invitations.cc) and a team leaving a programme
// (sql_programmes.cc) on both engines: the status as text, NULL answer and project until
// answered, lists by programme and by the team's organisation, newest first.

#include <gtest/gtest.h>

#include "domain/organisation.h"
#include "domain/programme.h"
#include "domain/programme_invitation.h"
#include "domain/project.h"
#include "store/test_database.h"

namespace stegvis::store {
namespace {

using InvitationsStoreTest = EngineTest;
INSTANTIATE_TEST_SUITE_P(Engines, InvitationsStoreTest,
                         testing::Values(Engine::kSqlite, Engine::kPostgres), EngineName);

TEST_P(InvitationsStoreTest, InvitationsAreListedAnsweredAndTeamsLeave) {
  store_->Migrate();
  domain::Id host = 0, guest = 0, programme = 0, team = 0, other_team = 0, project = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    host = tx.Units().CreateOrganisation("Värd", 1);
    guest = tx.Units().CreateOrganisation("Gäst", 1);
    const domain::Id unit = tx.Units().Create({guest, std::nullopt, "Enheten"}, 1);
    team = tx.Teams().Create({guest, unit, "Teamet", ""}, 1);
    other_team = tx.Teams().Create({guest, unit, "Andra", ""}, 1);
    domain::Programme p;
    p.organisation_id = host;
    p.name = "Programmet";
    programme = tx.Programmes().Create(p, 1);
    domain::Project project_row;
    project_row.organisation_id = guest;
    project_row.team_id = team;
    project_row.programme_id = programme;
    project_row.title = "Programmet";
    project = tx.Projects().Create(project_row, 1);
    return true;
  });
  domain::Id first = 0, second = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::ProgrammeInvitation i;
    i.programme_id = programme;
    i.team_id = team;
    i.organisation_id = guest;
    i.invited_by = "strateg@vard.example";
    i.invited_at = 10;
    first = tx.Invitations().Create(i);
    i.team_id = other_team;
    i.invited_at = 20;
    second = tx.Invitations().Create(i);
    return true;
  });
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    std::optional<domain::ProgrammeInvitation> found = tx.Invitations().Find(first);
    EXPECT_TRUE(found);
    if (!found) return false;
    EXPECT_EQ(found->status, domain::InvitationStatus::kPending);
    EXPECT_EQ(found->answered_by, "");
    EXPECT_FALSE(found->answered_at);
    EXPECT_FALSE(found->project_id);
    auto of_programme = tx.Invitations().ListOfProgramme(programme);
    EXPECT_EQ(of_programme.size(), 2u);
    if (of_programme.size() == 2) {
      EXPECT_EQ(of_programme.front().id, second) << "newest first";
    }
    EXPECT_EQ(tx.Invitations().ListOfOrganisation(guest).size(), 2u);
    EXPECT_TRUE(tx.Invitations().ListOfOrganisation(host).empty());

    found->status = domain::InvitationStatus::kAccepted;
    found->answered_by = "admin@gast.example";
    found->answered_at = 30;
    found->project_id = project;
    tx.Invitations().Answer(*found);
    EXPECT_TRUE(tx.Programmes().AddTeam(programme, team, 30));
    return true;
  });
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    std::optional<domain::ProgrammeInvitation> answered = tx.Invitations().Find(first);
    EXPECT_TRUE(answered);
    if (!answered) return false;
    EXPECT_EQ(answered->status, domain::InvitationStatus::kAccepted);
    EXPECT_EQ(answered->answered_at, 30);
    EXPECT_EQ(answered->project_id, project);
    EXPECT_EQ(tx.Invitations().Find(second)->status, domain::InvitationStatus::kPending);
    EXPECT_TRUE(tx.Programmes().RemoveTeam(programme, team));
    EXPECT_FALSE(tx.Programmes().RemoveTeam(programme, team)) << "no longer taking part";
    EXPECT_TRUE(tx.Programmes().ListTeams(programme).empty());
    return true;
  });
}

}  // namespace
}  // namespace stegvis::store
