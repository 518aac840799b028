#include "domain/access.h"

#include <algorithm>

namespace stegvis::domain {
namespace {

// What a role may do to a kind of resource, wherever its scope reaches.
bool RoleCan(Role role, Action action, ResourceKind kind) {
  if (role == Role::kAdmin) return true;
  if (action == Action::kAdminister || kind == ResourceKind::kUser) return false;
  // Comments are on the teams' work; on the programme's (a guest team's report) by those who
  // run it and its coaches.
  if (action == Action::kComment) {
    if (kind == ResourceKind::kTeam) return role != Role::kPolitiker;
    return kind == ResourceKind::kProgramme && (role == Role::kStrateg || role == Role::kCoach);
  }
  // Self-assessments and reflection notes are the management's, not the teams'.
  if (kind == ResourceKind::kSelfAssessment || kind == ResourceKind::kReflection) {
    if (role == Role::kStrateg || role == Role::kChef) return true;
    return role == Role::kPolitiker && kind == ResourceKind::kSelfAssessment &&
           action == Action::kView;
  }
  if (role == Role::kPolitiker) return action == Action::kView;
  // A programme's coach reads its teams' work and the programme; nothing else, and never
  // changes it.
  if (role == Role::kCoach) {
    return action == Action::kView &&
           (kind == ResourceKind::kTeam || kind == ResourceKind::kProgramme);
  }
  // strateg, chef, teammedlem: read and work inside their scope; the organisation's own
  // structure (kOrganisation, kUnit changes) is the admin's.
  if (action == Action::kChange) {
    return kind == ResourceKind::kTeam ||
           (role == Role::kStrateg &&
            (kind == ResourceKind::kProgramme || kind == ResourceKind::kGoalCatalogue));
  }
  return true;
}

// Whether a scope of this kind can reach a resource of this kind at all.
bool ScopeReachesKind(ScopeKind scope, ResourceKind kind) {
  switch (scope) {
    case ScopeKind::kOrganisation: return true;
    case ScopeKind::kUnit:
      return kind == ResourceKind::kUnit || kind == ResourceKind::kTeam ||
             kind == ResourceKind::kSelfAssessment || kind == ResourceKind::kReflection;
    case ScopeKind::kProgramme:
      return kind == ResourceKind::kTeam || kind == ResourceKind::kProgramme;
    case ScopeKind::kTeam: return kind == ResourceKind::kTeam;
  }
  return false;
}

bool Covers(const Membership& m, const Resource& r) {
  if (!ScopeReachesKind(m.scope_kind, r.kind)) return false;
  if (!r.located) return true;
  switch (m.scope_kind) {
    case ScopeKind::kOrganisation: return m.scope_id == r.organisation_id;
    case ScopeKind::kUnit:
      return std::find(r.unit_path.begin(), r.unit_path.end(), m.scope_id) != r.unit_path.end();
    case ScopeKind::kProgramme: return r.programme_id && *r.programme_id == m.scope_id;
    case ScopeKind::kTeam: return r.team_id && *r.team_id == m.scope_id;
  }
  return false;
}

}  // namespace

std::string_view RoleName(Role role) {
  switch (role) {
    case Role::kAdmin: return "admin";
    case Role::kStrateg: return "strateg";
    case Role::kChef: return "chef";
    case Role::kTeammedlem: return "teammedlem";
    case Role::kPolitiker: return "politiker";
    case Role::kCoach: return "coach";
  }
  return "politiker";
}

std::optional<Role> ParseRole(std::string_view name) {
  for (Role role : kRoles) {
    if (RoleName(role) == name) return role;
  }
  return std::nullopt;
}

std::string_view ScopeKindName(ScopeKind kind) {
  switch (kind) {
    case ScopeKind::kOrganisation: return "organisation";
    case ScopeKind::kUnit: return "unit";
    case ScopeKind::kProgramme: return "programme";
    case ScopeKind::kTeam: return "team";
  }
  return "organisation";
}

std::optional<ScopeKind> ParseScopeKind(std::string_view name) {
  for (ScopeKind kind :
       {ScopeKind::kOrganisation, ScopeKind::kUnit, ScopeKind::kProgramme, ScopeKind::kTeam}) {
    if (ScopeKindName(kind) == name) return kind;
  }
  return std::nullopt;
}

bool RoleAllowsScope(Role role, ScopeKind kind) {
  switch (role) {
    case Role::kAdmin: return kind == ScopeKind::kOrganisation;
    case Role::kStrateg: return kind == ScopeKind::kOrganisation || kind == ScopeKind::kProgramme;
    case Role::kChef: return kind == ScopeKind::kUnit;
    case Role::kTeammedlem: return kind == ScopeKind::kTeam;
    case Role::kPolitiker: return kind == ScopeKind::kOrganisation || kind == ScopeKind::kUnit;
    case Role::kCoach: return kind == ScopeKind::kProgramme;
  }
  return false;
}

bool May(const Principal* principal, Action action, const Resource& resource) {
  if (resource.kind == ResourceKind::kPublic) return true;
  if (principal == nullptr || !principal->user.active) return false;
  if (resource.organisation_id != principal->user.organisation_id) return false;
  // What every user has (the start page, their own session) is only ever read or ended.
  if (resource.kind == ResourceKind::kAnyUser) return action == Action::kView;
  // The goals catalogue is read by everyone in the organisation who holds a role (a user
  // without one sees only the start page); changing it needs a role whose scope is the whole
  // organisation (ScopeReachesKind).
  if (resource.kind == ResourceKind::kGoalCatalogue && action == Action::kView) {
    return !principal->memberships.empty();
  }
  return std::any_of(principal->memberships.begin(), principal->memberships.end(),
                     [&](const Membership& m) {
                       return RoleCan(m.role, action, resource.kind) && Covers(m, resource);
                     });
}

}  // namespace stegvis::domain
