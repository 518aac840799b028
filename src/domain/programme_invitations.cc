#include "domain/programme_invitations.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "domain/audit_json.h"
#include "domain/programme_setup.h"
#include "domain/resources.h"

namespace stegvis::domain {
namespace {

constexpr std::pair<InvitationStatus, std::string_view> kStatusNames[] = {
    {InvitationStatus::kPending, "pending"},
    {InvitationStatus::kAccepted, "accepted"},
    {InvitationStatus::kDeclined, "declined"},
    {InvitationStatus::kWithdrawn, "withdrawn"},
};

core::Error TeamRefused(std::string message, std::string key) {
  return core::Error::Invalid(std::move(message), "team_id", std::move(key));
}

// A user without a role sees only the start page (docs/security.md), no invitation either.
core::Error NoRole() {
  return core::Error::Forbidden("a user without a role reads no invitation");
}

core::Error Answered() {
  return core::Error{core::ErrorCode::kConflict, "the invitation has been answered", "status",
                     "error.invitation.answered"};
}

// True when the principal runs the programme (may change it, in its host organisation).
bool RunsProgramme(const Principal& acting, const Programme& programme) {
  return programme.organisation_id == acting.user.organisation_id &&
         May(&acting, Action::kChange, ProgrammeResource(programme));
}

std::string OrganisationName(StoreTx& tx, Id organisation_id) {
  for (const Organisation& o : tx.Units().ListOrganisations()) {
    if (o.id == organisation_id) return o.name;
  }
  return {};
}

InvitationDetails DetailsOf(StoreTx& tx, const ProgrammeInvitation& invitation) {
  InvitationDetails d{invitation, {}, {}, {}, {}};
  if (std::optional<Programme> p = tx.Programmes().Find(invitation.programme_id)) {
    d.programme_name = p->name;
    d.host_name = OrganisationName(tx, p->organisation_id);
  }
  if (std::optional<Team> t = tx.Teams().Find(invitation.team_id)) d.team_name = t->name;
  d.organisation_name = OrganisationName(tx, invitation.organisation_id);
  return d;
}

// The invitation, its programme and its team, as `acting` may see them: either side's, or
// kNotFound.
struct Seen {
  ProgrammeInvitation invitation;
  Programme programme;
  Team team;
  bool host = false;   // acting runs the programme
  bool guest = false;  // acting answers for the team
};
core::Result<Seen> SeenInvitation(StoreTx& tx, const Principal& acting, Id invitation_id) {
  std::optional<ProgrammeInvitation> invitation = tx.Invitations().Find(invitation_id);
  if (!invitation) return core::Fail(core::Error::NotFoundObject());
  std::optional<Programme> programme = tx.Programmes().Find(invitation->programme_id);
  std::optional<Team> team = tx.Teams().Find(invitation->team_id);
  if (!programme || !team) return core::Fail(core::Error::NotFoundObject());
  Seen seen{*invitation, *programme, *team, RunsProgramme(acting, *programme),
            AnswersForTeam(tx, acting, *team)};
  if (!seen.host && !seen.guest) return core::Fail(core::Error::NotFoundObject());
  return seen;
}

void RecordAnswer(StoreTx& tx, const Actor& actor, std::int64_t now, std::string_view action,
                  const ProgrammeInvitation& before, const ProgrammeInvitation& after,
                  Id organisation_id) {
  RecordAudit(tx, actor, now, action, "invitation", after.id, AuditJson(before), AuditJson(after),
              organisation_id);
}

// The team's new project in the programme, audited as any new project.
Id MakeProject(StoreTx& tx, const Actor& actor, std::int64_t now, const Programme& programme,
               const Team& team) {
  Project project;
  project.organisation_id = team.organisation_id;
  project.team_id = team.id;
  project.programme_id = programme.id;
  project.title = programme.name;
  project.updated_at = now;
  project.updated_by = actor.label;
  const Id id = tx.Projects().Create(project, now);
  RecordAudit(tx, actor, now, "create", "project", id, "", AuditJson(project),
              project.organisation_id);
  return id;
}

}  // namespace

std::string_view InvitationStatusName(InvitationStatus status) {
  for (const auto& [s, name] : kStatusNames) {
    if (s == status) return name;
  }
  return "pending";
}

std::optional<InvitationStatus> ParseInvitationStatus(std::string_view name) {
  for (const auto& [s, n] : kStatusNames) {
    if (n == name) return s;
  }
  return std::nullopt;
}

bool AnswersForTeam(StoreTx& tx, const Principal& acting, const Team& team) {
  if (!acting.user.active || acting.user.organisation_id != team.organisation_id) return false;
  std::optional<Resource> located;
  for (const Membership& m : acting.memberships) {
    if (m.role == Role::kAdmin) return true;
    if (m.role != Role::kChef || m.scope_kind != ScopeKind::kUnit) continue;
    if (!located) located = TeamResource(tx, team);
    const std::vector<Id>& path = located->unit_path;
    if (std::find(path.begin(), path.end(), m.scope_id) != path.end()) return true;
  }
  return false;
}

core::Result<Id> InviteTeam(StoreTx& tx, std::int64_t now, const Principal& acting,
                            const Actor& actor, Id programme_id, Id team_id) {
  auto programme = ProgrammeToChange(tx, acting, programme_id);
  if (!programme) return core::Fail(programme.error());
  std::optional<Team> team = tx.Teams().Find(team_id);
  if (!team || team->organisation_id == programme->organisation_id) {
    return core::Fail(TeamRefused("no team of another organisation", "error.unknown_team"));
  }
  std::vector<Id> taking_part = tx.Programmes().ListTeams(programme_id);
  if (std::find(taking_part.begin(), taking_part.end(), team_id) != taking_part.end()) {
    return core::Fail(TeamRefused("the team takes part already", "error.invitation.taking_part"));
  }
  for (const ProgrammeInvitation& i : tx.Invitations().ListOfProgramme(programme_id)) {
    if (i.team_id == team_id && i.status == InvitationStatus::kPending) {
      return core::Fail(TeamRefused("an invitation waits", "error.invitation.pending"));
    }
  }
  ProgrammeInvitation invitation;
  invitation.programme_id = programme_id;
  invitation.team_id = team_id;
  invitation.organisation_id = team->organisation_id;
  invitation.invited_by = actor.label;
  invitation.invited_at = now;
  invitation.id = tx.Invitations().Create(invitation);
  RecordAudit(tx, actor, now, "invite", "programme", programme_id, "",
              AuditJson({{"invitation_id", std::to_string(invitation.id)},
                         {"team_id", std::to_string(team_id)},
                         {"team", team->name}}),
              programme->organisation_id);
  return invitation.id;
}

core::Result<Id> InviteTeam(Store& store, const core::Clock& clock, const Principal& acting,
                            const Actor& actor, Id programme_id, Id team_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write(
      [&](StoreTx& tx) { return InviteTeam(tx, now, acting, actor, programme_id, team_id); });
}

core::Result<InvitationDetails> AnswerInvitation(StoreTx& tx, std::int64_t now,
                                                 const Principal& acting, const Actor& actor,
                                                 Id invitation_id, bool accept) {
  auto seen = SeenInvitation(tx, acting, invitation_id);
  if (!seen) return core::Fail(seen.error());
  if (!seen->guest) {
    return core::Fail(core::Error::Forbidden("only the team's side answers an invitation"));
  }
  const ProgrammeInvitation before = seen->invitation;
  if (before.status != InvitationStatus::kPending) return core::Fail(Answered());
  if (accept && seen->programme.closed) return core::Fail(ProgrammeClosed());
  ProgrammeInvitation after = before;
  after.status = accept ? InvitationStatus::kAccepted : InvitationStatus::kDeclined;
  after.answered_by = actor.label;
  after.answered_at = now;
  if (accept) {
    tx.Programmes().AddTeam(seen->programme.id, seen->team.id, now);
    after.project_id = MakeProject(tx, actor, now, seen->programme, seen->team);
  }
  tx.Invitations().Answer(after);
  RecordAnswer(tx, actor, now, accept ? "accept" : "decline", before, after,
               seen->team.organisation_id);
  return DetailsOf(tx, after);
}

core::Result<InvitationDetails> AnswerInvitation(Store& store, const core::Clock& clock,
                                                 const Principal& acting, const Actor& actor,
                                                 Id invitation_id, bool accept) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write(
      [&](StoreTx& tx) { return AnswerInvitation(tx, now, acting, actor, invitation_id, accept); });
}

core::Result<InvitationDetails> WithdrawInvitation(Store& store, const core::Clock& clock,
                                                   const Principal& acting, const Actor& actor,
                                                   Id invitation_id,
                                                   std::optional<Id> programme_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<InvitationDetails> {
    auto seen = SeenInvitation(tx, acting, invitation_id);
    if (!seen) return core::Fail(seen.error());
    if (programme_id && seen->invitation.programme_id != *programme_id) {
      return core::Fail(core::Error::NotFoundObject());
    }
    if (!seen->host) {
      return core::Fail(core::Error::Forbidden("only those who run the programme withdraw"));
    }
    const ProgrammeInvitation before = seen->invitation;
    if (before.status != InvitationStatus::kPending) return core::Fail(Answered());
    ProgrammeInvitation after = before;
    after.status = InvitationStatus::kWithdrawn;
    after.answered_by = actor.label;
    after.answered_at = now;
    tx.Invitations().Answer(after);
    RecordAnswer(tx, actor, now, "withdraw", before, after, seen->programme.organisation_id);
    return DetailsOf(tx, after);
  });
}

core::Result<void> LeaveProgramme(Store& store, const core::Clock& clock, const Principal& acting,
                                  const Actor& actor, Id programme_id, Id team_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    std::optional<Team> team = tx.Teams().Find(team_id);
    if (!team || !AnswersForTeam(tx, acting, *team) ||
        !tx.Programmes().RemoveTeam(programme_id, team_id)) {
      return core::Fail(core::Error::NotFoundObject());
    }
    for (Project p : tx.Projects().List(team_id)) {
      if (p.programme_id != programme_id) continue;
      const Project before = p;
      p.programme_id.reset();
      p.version += 1;
      p.updated_at = now;
      p.updated_by = actor.label;
      tx.Projects().Update(p);
      RecordAudit(tx, actor, now, "update", "project", p.id, AuditJson(before), AuditJson(p),
                  p.organisation_id);
    }
    RecordAudit(tx, actor, now, "team_left", "programme", programme_id, "",
                AuditJson({{"team_id", std::to_string(team_id)}, {"team", team->name}}),
                team->organisation_id);
    return {};
  });
}

core::Result<InvitationDetails> LoadInvitation(Store& store, const Principal& acting,
                                               Id invitation_id) {
  if (acting.memberships.empty()) return core::Fail(NoRole());
  return store.Read([&](StoreTx& tx) -> core::Result<InvitationDetails> {
    auto seen = SeenInvitation(tx, acting, invitation_id);
    if (!seen) return core::Fail(seen.error());
    return DetailsOf(tx, seen->invitation);
  });
}

core::Result<ProgrammeInvitations> LoadProgrammeInvitations(Store& store, const Principal& acting,
                                                            Id programme_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<ProgrammeInvitations> {
    auto programme = ProgrammeToChange(tx, acting, programme_id, /*open_only=*/false);
    if (!programme) return core::Fail(programme.error());
    ProgrammeInvitations out{*programme, {}, {}};
    std::vector<Id> blocked = tx.Programmes().ListTeams(programme_id);
    for (const ProgrammeInvitation& i : tx.Invitations().ListOfProgramme(programme_id)) {
      out.invitations.push_back(DetailsOf(tx, i));
      if (i.status == InvitationStatus::kPending) blocked.push_back(i.team_id);
    }
    for (const Organisation& o : tx.Units().ListOrganisations()) {
      if (o.id == programme->organisation_id) continue;
      for (const Team& t : tx.Teams().List(o.id)) {
        if (std::find(blocked.begin(), blocked.end(), t.id) != blocked.end()) continue;
        out.invitable.push_back({t.id, t.name, o.name});
      }
    }
    return out;
  });
}

core::Result<MyInvitations> LoadMyInvitations(Store& store, const Principal& acting) {
  if (acting.memberships.empty()) return core::Fail(NoRole());
  return store.Read([&](StoreTx& tx) -> core::Result<MyInvitations> {
    MyInvitations out;
    std::vector<InvitationDetails> answered;
    for (const ProgrammeInvitation& i :
         tx.Invitations().ListOfOrganisation(acting.user.organisation_id)) {
      std::optional<Team> team = tx.Teams().Find(i.team_id);
      if (!team || !AnswersForTeam(tx, acting, *team)) continue;
      (i.status == InvitationStatus::kPending ? out.invitations : answered)
          .push_back(DetailsOf(tx, i));
    }
    out.invitations.insert(out.invitations.end(), answered.begin(), answered.end());
    for (const Team& t : tx.Teams().List(acting.user.organisation_id)) {
      if (!AnswersForTeam(tx, acting, t)) continue;
      for (Id programme_id : tx.Programmes().ListOfTeam(t.id)) {
        std::optional<Programme> p = tx.Programmes().Find(programme_id);
        if (!p) continue;
        out.taking_part.push_back(
            {p->id, p->name, OrganisationName(tx, p->organisation_id), t.id, t.name});
      }
    }
    return out;
  });
}

}  // namespace stegvis::domain
