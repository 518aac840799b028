// Invitations across organisations (domain/programme_invitations.h): Solvik's strateg invites
// Norrby's team; only Norrby's side (its admin, or a chef over the team) answers; accepting
// adds the team and its project in one step; the host withdraws a pending one; the team's side
// takes the team out; nobody else sees an invitation at all.

#include "domain/programme_invitations.h"

#include <gtest/gtest.h>

#include "domain/programme_setup.h"
#include "domain/programmes.h"
#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class InvitationsTest : public DomainTest {
 protected:
  void SetUp() override { programme_ = MakeProgramme(solvik_.strateg, "Jämställd hemtjänst"); }
  Id Invite(Id team) {
    return Ok(InviteTeam(store_, clock_, solvik_.strateg, As(solvik_.strateg), programme_, team),
              "InviteTeam");
  }
  std::vector<Id> Teams() {
    return Ok(store_.Read([&](StoreTx& tx) -> core::Result<std::vector<Id>> {
      return tx.Programmes().ListTeams(programme_);
    }));
  }
  Id programme_ = 0;
};

TEST_F(InvitationsTest, AcceptingAddsTheTeamAndItsProjectInOneStep) {
  const Id id = Invite(norrby_.team);
  EXPECT_TRUE(Teams().empty()) << "an invitation alone enrols nobody";
  InvitationDetails pending = Ok(LoadInvitation(store_, norrby_.admin, id));
  EXPECT_EQ(pending.invitation.status, InvitationStatus::kPending);
  EXPECT_EQ(pending.programme_name, "Jämställd hemtjänst");
  EXPECT_EQ(pending.host_name, "Solviks kommun");

  InvitationDetails accepted =
      Ok(AnswerInvitation(store_, clock_, norrby_.chef, As(norrby_.chef), id, true));
  EXPECT_EQ(accepted.invitation.status, InvitationStatus::kAccepted);
  EXPECT_EQ(accepted.invitation.answered_by, "chef@norrby.example");
  ASSERT_TRUE(accepted.invitation.project_id);
  EXPECT_EQ(Teams(), std::vector<Id>{norrby_.team});
  Project project = Ok(store_.Read([&](StoreTx& tx) -> core::Result<Project> {
    return *tx.Projects().Find(*accepted.invitation.project_id);
  }));
  EXPECT_EQ(project.team_id, norrby_.team);
  EXPECT_EQ(project.programme_id, programme_);
  EXPECT_EQ(project.organisation_id, norrby_.id);
  EXPECT_EQ(Ok(LoadInvitation(store_, solvik_.strateg, id)).invitation.project_id,
            accepted.invitation.project_id)
      << "the host reads which project it became";
  EXPECT_TRUE(Refused(AnswerInvitation(store_, clock_, norrby_.admin, As(norrby_.admin), id, false),
                      core::ErrorCode::kConflict, "status", "error.invitation.answered"));
  AuditEvent answer = LastEvent("invitation", id);
  EXPECT_EQ(answer.action, "accept");
  EXPECT_EQ(answer.actor, "chef@norrby.example");
}

TEST_F(InvitationsTest, OnlyTheTeamsSideAnswersAndNobodyElseSeesIt) {
  const Id id = Invite(norrby_.team);
  // The host sees it but cannot accept on the team's behalf.
  EXPECT_TRUE(IsForbidden(
      AnswerInvitation(store_, clock_, solvik_.strateg, As(solvik_.strateg), id, true)));
  EXPECT_TRUE(
      IsForbidden(AnswerInvitation(store_, clock_, solvik_.admin, As(solvik_.admin), id, true)));
  // Norrby's team member, strateg and politician, and the chef of its school, do not answer
  // for the team, and to them it does not exist; nor to Solvik's team member.
  for (const Principal* p : {&norrby_.member, &norrby_.strateg, &norrby_.politiker,
                             &norrby_.school_chef, &solvik_.member}) {
    EXPECT_TRUE(IsNotFound(AnswerInvitation(store_, clock_, *p, As(*p), id, true)))
        << p->user.email;
    EXPECT_TRUE(IsNotFound(LoadInvitation(store_, *p, id))) << p->user.email;
    EXPECT_TRUE(Ok(LoadMyInvitations(store_, *p)).invitations.empty()) << p->user.email;
  }
  EXPECT_TRUE(Teams().empty());
  ASSERT_EQ(Ok(LoadMyInvitations(store_, norrby_.admin)).invitations.size(), 1u);
  Ok(AnswerInvitation(store_, clock_, norrby_.admin, As(norrby_.admin), id, false));
  EXPECT_TRUE(Teams().empty()) << "declined";
  EXPECT_EQ(LastEvent("invitation", id).action, "decline");
}

TEST_F(InvitationsTest, TheHostInvitesOnlyTeamsOfOtherOrganisationsOnceAtATime) {
  EXPECT_TRUE(IsInvalid(
      InviteTeam(store_, clock_, solvik_.strateg, As(solvik_.strateg), programme_, solvik_.team),
      "team_id", "error.unknown_team"))
      << "the host's own teams join without invitation";
  EXPECT_TRUE(IsInvalid(
      InviteTeam(store_, clock_, solvik_.strateg, As(solvik_.strateg), programme_, 999999),
      "team_id", "error.unknown_team"));
  EXPECT_TRUE(IsForbidden(
      InviteTeam(store_, clock_, solvik_.member, As(solvik_.member), programme_, norrby_.team)));
  EXPECT_TRUE(IsNotFound(
      InviteTeam(store_, clock_, norrby_.strateg, As(norrby_.strateg), programme_, norrby_.team)))
      << "another organisation's programme";
  const Id first = Invite(norrby_.team);
  EXPECT_TRUE(IsInvalid(
      InviteTeam(store_, clock_, solvik_.strateg, As(solvik_.strateg), programme_, norrby_.team),
      "team_id", "error.invitation.pending"));
  ProgrammeInvitations listed = Ok(LoadProgrammeInvitations(store_, solvik_.strateg, programme_));
  ASSERT_EQ(listed.invitations.size(), 1u);
  EXPECT_EQ(listed.invitations[0].team_name, "Trygg hemgång");
  EXPECT_EQ(listed.invitations[0].organisation_name, "Norrby kommun");
  for (const InvitableTeam& t : listed.invitable) {
    EXPECT_NE(t.team_id, norrby_.team) << "pending";
    EXPECT_NE(t.team_id, solvik_.team) << "the host's own";
  }
  EXPECT_EQ(listed.invitable.size(), 1u) << "Norrby's school team";
  EXPECT_TRUE(IsNotFound(LoadProgrammeInvitations(store_, norrby_.admin, programme_)));

  EXPECT_TRUE(IsNotFound(WithdrawInvitation(store_, clock_, solvik_.strateg, As(solvik_.strateg),
                                            first, programme_ + 1000)))
      << "through another programme's address";
  Ok(WithdrawInvitation(store_, clock_, solvik_.strateg, As(solvik_.strateg), first, programme_));
  EXPECT_TRUE(
      Refused(AnswerInvitation(store_, clock_, norrby_.admin, As(norrby_.admin), first, true),
              core::ErrorCode::kConflict, "status", "error.invitation.answered"));
  EXPECT_TRUE(IsForbidden(
      WithdrawInvitation(store_, clock_, norrby_.admin, As(norrby_.admin), Invite(norrby_.team))))
      << "a new invitation after the withdrawn one; the guest cannot withdraw it";
  EXPECT_TRUE(Teams().empty());
}

TEST_F(InvitationsTest, TheTeamsSideTakesTheTeamOutAndItsProjectStaysItsOwn) {
  const Id id = Invite(norrby_.team);
  const Id project =
      *Ok(AnswerInvitation(store_, clock_, norrby_.admin, As(norrby_.admin), id, true))
           .invitation.project_id;
  EXPECT_TRUE(IsInvalid(
      InviteTeam(store_, clock_, solvik_.strateg, As(solvik_.strateg), programme_, norrby_.team),
      "team_id", "error.invitation.taking_part"));
  MyInvitations mine = Ok(LoadMyInvitations(store_, norrby_.chef));
  ASSERT_EQ(mine.taking_part.size(), 1u);
  EXPECT_EQ(mine.taking_part[0].host_name, "Solviks kommun");
  // The host cannot take a guest team out, nor can its team member.
  EXPECT_TRUE(IsNotFound(LeaveProgramme(store_, clock_, solvik_.strateg, As(solvik_.strateg),
                                        programme_, norrby_.team)));
  EXPECT_TRUE(IsNotFound(LeaveProgramme(store_, clock_, norrby_.member, As(norrby_.member),
                                        programme_, norrby_.team)));
  Ok(LeaveProgramme(store_, clock_, norrby_.chef, As(norrby_.chef), programme_, norrby_.team));
  EXPECT_TRUE(Teams().empty());
  Project kept = Ok(store_.Read(
      [&](StoreTx& tx) -> core::Result<Project> { return *tx.Projects().Find(project); }));
  EXPECT_FALSE(kept.programme_id);
  EXPECT_EQ(kept.team_id, norrby_.team);
  EXPECT_EQ(LastEvent("programme", programme_).action, "team_left");
  EXPECT_TRUE(IsNotFound(
      LeaveProgramme(store_, clock_, norrby_.chef, As(norrby_.chef), programme_, norrby_.team)))
      << "no longer taking part";
}

TEST_F(InvitationsTest, AClosedProgrammeInvitesAndAcceptsNobody) {
  const Id id = Invite(norrby_.team);
  Programme p = Ok(store_.Read(
      [&](StoreTx& tx) -> core::Result<Programme> { return *tx.Programmes().Find(programme_); }));
  Ok(SetProgrammeClosed(store_, clock_, solvik_.strateg, As(solvik_.strateg), programme_, p.version,
                        true));
  EXPECT_TRUE(Refused(AnswerInvitation(store_, clock_, norrby_.admin, As(norrby_.admin), id, true),
                      core::ErrorCode::kConflict, "closed", "error.programme.closed"));
  Ok(AnswerInvitation(store_, clock_, norrby_.admin, As(norrby_.admin), id, false));
  EXPECT_TRUE(Refused(InviteTeam(store_, clock_, solvik_.strateg, As(solvik_.strateg), programme_,
                                 norrby_.school_team),
                      core::ErrorCode::kConflict, "closed", "error.programme.closed"));
}

}  // namespace
}  // namespace stegvis::domain
