#pragma once
// What the invitation pages show (programme_invitations.mustache for those who run the
// programme, invitations.mustache for the teams' side), as typed views.

#include <optional>
#include <string>
#include <vector>

#include "core/describe.h"
#include "domain/organisation.h"
#include "web/render/form_view.h"

namespace stegvis::web {

// One invitation as a line: programme, team, organisation and status in words.
struct InvitationItemView {
  domain::Id id = 0;
  domain::Id programme_id = 0;
  std::string programme_name;
  std::string host_name;
  std::string team_name;
  std::string organisation_name;
  std::string status;  // in words
  bool pending = false;
  std::optional<domain::Id> project_id;  // the team's project, once accepted
};
constexpr auto Describe(std::type_identity<InvitationItemView>) {
  using V = InvitationItemView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("programme_id", &V::programme_id),
                    core::Field("programme_name", &V::programme_name),
                    core::Field("host_name", &V::host_name),
                    core::Field("team_name", &V::team_name),
                    core::Field("organisation_name", &V::organisation_name),
                    core::Field("status", &V::status),
                    core::Field("pending", &V::pending),
                    core::Field("project_id", &V::project_id)};
}

// A team that may be invited, as an option grouped by its organisation.
struct InvitableOrganisationView {
  std::string name;
  struct Team {
    domain::Id id = 0;
    std::string name;
  };
  std::vector<Team> teams;
};
constexpr auto Describe(std::type_identity<InvitableOrganisationView::Team>) {
  using V = InvitableOrganisationView::Team;
  return std::tuple{core::Field("id", &V::id), core::Field("name", &V::name)};
}
constexpr auto Describe(std::type_identity<InvitableOrganisationView>) {
  using V = InvitableOrganisationView;
  return std::tuple{core::Field("name", &V::name), core::Field("teams", &V::teams)};
}

// GET /program/{id}/inbjudningar.
struct ProgrammeInvitationsView {
  domain::Id id = 0;
  std::string name;
  bool closed = false;
  bool saved = false;
  bool has_invitable = false;
  std::vector<InvitableOrganisationView> organisations;
  bool has_invitations = false;
  std::vector<InvitationItemView> invitations;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_team_id;
};
constexpr auto Describe(std::type_identity<ProgrammeInvitationsView>) {
  using V = ProgrammeInvitationsView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("name", &V::name),
                    core::Field("closed", &V::closed),
                    core::Field("saved", &V::saved),
                    core::Field("has_invitable", &V::has_invitable),
                    core::Field("organisations", &V::organisations),
                    core::Field("has_invitations", &V::has_invitations),
                    core::Field("invitations", &V::invitations),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("error_team_id", &V::error_team_id)};
}

// A programme one of the visitor's teams takes part in, with the button to leave it.
struct TakingPartView {
  domain::Id programme_id = 0;
  std::string programme_name;
  std::string host_name;
  domain::Id team_id = 0;
  std::string team_name;
};
constexpr auto Describe(std::type_identity<TakingPartView>) {
  using V = TakingPartView;
  return std::tuple{core::Field("programme_id", &V::programme_id),
                    core::Field("programme_name", &V::programme_name),
                    core::Field("host_name", &V::host_name), core::Field("team_id", &V::team_id),
                    core::Field("team_name", &V::team_name)};
}

// GET /inbjudningar.
struct MyInvitationsView {
  bool saved = false;
  bool has_invitations = false;
  std::vector<InvitationItemView> invitations;
  bool has_taking_part = false;
  std::vector<TakingPartView> taking_part;
};
constexpr auto Describe(std::type_identity<MyInvitationsView>) {
  using V = MyInvitationsView;
  return std::tuple{core::Field("saved", &V::saved),
                    core::Field("has_invitations", &V::has_invitations),
                    core::Field("invitations", &V::invitations),
                    core::Field("has_taking_part", &V::has_taking_part),
                    core::Field("taking_part", &V::taking_part)};
}

}  // namespace stegvis::web
