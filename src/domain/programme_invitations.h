#pragma once
// Teams of other organisations join a programme by invitation: those who run the programme
// invite a team; the team's side (its organisation's admin, or a chef whose units hold the
// team) accepts or declines; the host may withdraw an invitation still pending; the team's
// side may later take the team out. Accepting adds the team to the programme and makes its
// project there, in one transaction. Each step is audited, in the organisation that took it.
//
// Who sees an invitation: those who run its programme, and those who answer for its team.
// To everyone else it does not exist (kNotFound), so an id reveals nothing.

#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/programme.h"
#include "domain/programme_invitation.h"
#include "domain/store.h"

namespace stegvis::domain {

// An invitation with the names a reader needs.
struct InvitationDetails {
  ProgrammeInvitation invitation;
  std::string programme_name;
  std::string host_name;  // the host organisation
  std::string team_name;
  std::string organisation_name;  // the team's
};

// A team the host may invite: one of another organisation, not in the programme, without a
// pending invitation.
struct InvitableTeam {
  Id team_id = 0;
  std::string team_name;
  std::string organisation_name;
};

// True when `acting` answers for `team`: an admin of the team's organisation, or a chef whose
// unit holds the team (directly or through its subunits).
bool AnswersForTeam(StoreTx& tx, const Principal& acting, const Team& team);

// Invites the team into the programme (refusals as ProgrammeToChange in
// domain/programme_setup.h: kNotFound, kForbidden, kConflict for a closed programme).
// kInvalidInput on "team_id": "error.unknown_team" (no such team, or one of the host's own
// organisation, which joins without invitation), "error.invitation.taking_part" (the team
// takes part already), "error.invitation.pending" (an invitation waits for its answer).
// Audited ("invite", programme). Returns the invitation's id. The first form works inside the
// caller's transaction (the demo's), at `now`.
core::Result<Id> InviteTeam(StoreTx& tx, std::int64_t now, const Principal& acting,
                            const Actor& actor, Id programme_id, Id team_id);
core::Result<Id> InviteTeam(Store& store, const core::Clock& clock, const Principal& acting,
                            const Actor& actor, Id programme_id, Id team_id);

// Accepts (`accept`) or declines the pending invitation, for those who answer for its team:
// kNotFound for an invitation they may not see; kForbidden for one they see but do not answer
// (the host); kConflict "error.invitation.answered" when it is no longer pending and
// "error.programme.closed" when its programme is closed (accepting). Accepting adds the team
// to the programme and makes its project there (titled after the programme). Audited
// ("accept"/"decline", invitation, in the team's organisation). Returns the invitation. The
// first form works inside the caller's transaction, at `now`.
core::Result<InvitationDetails> AnswerInvitation(StoreTx& tx, std::int64_t now,
                                                 const Principal& acting, const Actor& actor,
                                                 Id invitation_id, bool accept);
core::Result<InvitationDetails> AnswerInvitation(Store& store, const core::Clock& clock,
                                                 const Principal& acting, const Actor& actor,
                                                 Id invitation_id, bool accept);

// Withdraws a pending invitation, for those who run its programme (refusals as
// AnswerInvitation, the other way round). With `programme_id`, an invitation to another
// programme is kNotFound (the page withdraws through the programme's address). Audited
// ("withdraw", invitation).
core::Result<InvitationDetails> WithdrawInvitation(Store& store, const core::Clock& clock,
                                                   const Principal& acting, const Actor& actor,
                                                   Id invitation_id,
                                                   std::optional<Id> programme_id = std::nullopt);

// Takes the team out of the programme, for those who answer for the team: kNotFound unless
// the team takes part and they answer for it. Its projects in the programme stay the team's
// own, no longer in the programme. Audited ("team_left", programme, in the team's
// organisation).
core::Result<void> LeaveProgramme(Store& store, const core::Clock& clock, const Principal& acting,
                                  const Actor& actor, Id programme_id, Id team_id);

// One invitation for those who see it (kNotFound otherwise; kForbidden for a user without a
// role, who sees only the start page).
core::Result<InvitationDetails> LoadInvitation(Store& store, const Principal& acting,
                                               Id invitation_id);

// The programme's invitations, newest first, and the teams that may be invited, for those who
// run it (refusals as ProgrammeToChange, closed programmes included).
struct ProgrammeInvitations {
  Programme programme;
  std::vector<InvitationDetails> invitations;
  std::vector<InvitableTeam> invitable;
};
core::Result<ProgrammeInvitations> LoadProgrammeInvitations(Store& store, const Principal& acting,
                                                            Id programme_id);

// What the visitor answers for: the invitations of their teams (pending ones first, then the
// answered, newest first), and the programmes those teams take part in, to leave. kForbidden
// for a user without a role.
struct TeamInProgramme {
  Id programme_id = 0;
  std::string programme_name;
  std::string host_name;
  Id team_id = 0;
  std::string team_name;
};
struct MyInvitations {
  std::vector<InvitationDetails> invitations;
  std::vector<TeamInProgramme> taking_part;
};
core::Result<MyInvitations> LoadMyInvitations(Store& store, const Principal& acting);

}  // namespace stegvis::domain
