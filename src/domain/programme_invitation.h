#pragma once
// An invitation of a team into a programme: the host's way to gather teams of other
// organisations. The team's own side (its organisation's admin or a chef over it) answers;
// nobody joins a programme without that, so no host gains rights over a team by naming it.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

#include "core/describe.h"
#include "domain/organisation.h"

namespace stegvis::domain {

enum class InvitationStatus { kPending, kAccepted, kDeclined, kWithdrawn };

// Stored names: "pending", "accepted", "declined", "withdrawn".
std::string_view InvitationStatusName(InvitationStatus status);
std::optional<InvitationStatus> ParseInvitationStatus(std::string_view name);

struct ProgrammeInvitation {
  Id id = 0;
  Id programme_id = 0;
  Id team_id = 0;
  Id organisation_id = 0;  // the team's organisation (the guest)
  InvitationStatus status = InvitationStatus::kPending;
  std::string invited_by;  // e-mail of the host's strateg or admin
  std::int64_t invited_at = 0;
  std::string answered_by;  // e-mail of whoever accepted, declined or withdrew; empty while pending
  std::optional<std::int64_t> answered_at;
  std::optional<Id> project_id;  // the team's project in the programme, made on acceptance
};

constexpr auto Describe(std::type_identity<ProgrammeInvitation>) {
  using I = ProgrammeInvitation;
  return std::tuple{
      core::Field("id", &I::id, core::kKey),
      core::Field("programme_id", &I::programme_id, core::kFixed),
      core::Field("team_id", &I::team_id, core::kFixed),
      core::Field("organisation_id", &I::organisation_id, core::kFixed | core::kNotAudited),
      core::Field("status", &I::status, core::kNoFlags,
                  &core::kTextForm<InvitationStatus, InvitationStatusName, ParseInvitationStatus>),
      core::Field("invited_by", &I::invited_by, core::kFixed),
      core::Field("invited_at", &I::invited_at, core::kFixed | core::kUnixTime),
      core::Field("answered_by", &I::answered_by),
      core::Field("answered_at", &I::answered_at, core::kUnixTime),
      core::Field("project_id", &I::project_id)};
}

}  // namespace stegvis::domain
