#pragma once
// Who may do what: roles with scopes, and the one permission policy (`May`). Pure: the
// caller loads the principal and describes the resource; nothing here touches storage.
//
// Roles (from the method): admin (organisation), strateg (organisation or programme),
// chef (a unit and its subunits), teammedlem (a team), politiker (organisation or unit,
// reads only), coach (a programme: reads the participating teams' work, changes nothing).
// docs/security.md has the table.

#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "core/describe.h"
#include "domain/organisation.h"

namespace stegvis::domain {

enum class Role { kAdmin, kStrateg, kChef, kTeammedlem, kPolitiker, kCoach };
enum class ScopeKind { kOrganisation, kUnit, kProgramme, kTeam };

inline constexpr Role kRoles[] = {Role::kAdmin,      Role::kStrateg,   Role::kChef,
                                  Role::kTeammedlem, Role::kPolitiker, Role::kCoach};

// Stored names: "admin", "strateg", "chef", "teammedlem", "politiker", "coach".
std::string_view RoleName(Role role);
std::optional<Role> ParseRole(std::string_view name);
// Stored names: "organisation", "unit", "programme", "team".
std::string_view ScopeKindName(ScopeKind kind);
std::optional<ScopeKind> ParseScopeKind(std::string_view name);
// True when `role` may hold a scope of `kind` (admin: organisation; strateg: organisation or
// programme; chef: unit; teammedlem: team; politiker: organisation or unit; coach: programme).
bool RoleAllowsScope(Role role, ScopeKind kind);

struct Membership {
  Id id = 0;
  Id user_id = 0;
  Role role = Role::kPolitiker;
  ScopeKind scope_kind = ScopeKind::kOrganisation;
  Id scope_id = 0;  // organisation, unit, programme or team id
};

// The unit, team or programme a role is given for.
struct ScopeRef {
  ScopeKind kind = ScopeKind::kOrganisation;
  Id id = 0;
};

// A logged-in user and their roles. An anonymous visitor has no principal (nullptr).
struct Principal {
  User user;
  std::vector<Membership> memberships;
  // The name of the personal API token the request came with (api_tokens.h); empty for a
  // browser session or the command line. It changes nothing the policy allows; the audit
  // trail records it.
  std::string api_token = {};
};

enum class Action {
  kView,        // read it
  kChange,      // create, update or delete content (teams' work, descriptions, ...)
  kAdminister,  // organisation structure, users, roles, unlocking, password resets, export
  // Comment on a team's cycles and monthly reports (domain/comments.h): whoever works with the
  // team in scope and the programme's coaches; never politicians.
  kComment,
};

enum class ResourceKind {
  kPublic,        // the login page, the accessibility statement, static files
  kAnyUser,       // what every logged-in user has: the start page, their session (kView)
  kOrganisation,  // organisation-wide data: the unit tree, the audit trail
  kUnit,
  kTeam,
  kUser,
  kProgramme,  // a programme's own content (aim, calendar, teams, change package)
  // The organisation's goals catalogue: every user of the organisation with a role views it;
  // admins and organisation-wide strategists change it.
  kGoalCatalogue,
  // A unit's self-assessments: read by the unit's managers, strategists and politicians in
  // scope, recorded by managers and strategists (never by team members).
  kSelfAssessment,
  // Managers' reflection notes: read and written by managers and strategists in scope only.
  kReflection,
};

// What is being acted on, located in the organisation so scopes can be checked. A resource
// with only `kind` and `organisation_id` asks "may the user do this to some resource of
// this kind?" (the route-level check); handlers of /{id} routes ask again with the object.
struct Resource {
  ResourceKind kind = ResourceKind::kPublic;
  Id organisation_id = 0;
  bool located = false;            // true when the fields below describe one object
  std::vector<Id> unit_path;       // the unit and its ancestors (a team: those of its unit)
  std::optional<Id> team_id;       // the team, for a team or the team's work
  std::optional<Id> programme_id;  // the programme the team takes part in, if any
};

// The policy. `principal` is null for an anonymous visitor, who may only view kPublic
// resources. An inactive user may do nothing beyond kPublic. Never throws.
bool May(const Principal* principal, Action action, const Resource& resource);

constexpr auto Describe(std::type_identity<Membership>) {
  return std::tuple{core::Field("id", &Membership::id, core::kKey),
                    core::Field("user_id", &Membership::user_id, core::kFixed | core::kNotAudited),
                    core::Field("role", &Membership::role, core::kNoFlags,
                                &core::kTextForm<Role, RoleName, ParseRole>),
                    core::Field("scope_kind", &Membership::scope_kind, core::kNoFlags,
                                &core::kTextForm<ScopeKind, ScopeKindName, ParseScopeKind>),
                    core::Field("scope_id", &Membership::scope_id)};
}

}  // namespace stegvis::domain
