#pragma once
// An offer of an adopted change idea to another team (spreading what works, SKR's steps 9–10):
// the offering team's idea, once a cycle has adopted it, is offered to a named team of its own
// organisation or of its programme. The receiving team takes it by starting its own cycle on a
// copy of the idea that remembers where it came from (ChangeIdea::origin_idea_id).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

#include "core/describe.h"
#include "domain/change_idea.h"
#include "domain/organisation.h"

namespace stegvis::domain {

enum class OfferStatus { kOpen, kTaken };

// Stored names: "open", "taken".
std::string_view OfferStatusName(OfferStatus status);
std::optional<OfferStatus> ParseOfferStatus(std::string_view name);

struct IdeaOffer {
  Id id = 0;
  Id idea_id = 0;          // the offered idea: a team's own, adopted
  Id team_id = 0;          // the receiving team
  Id organisation_id = 0;  // the receiving team's organisation
  OfferStatus status = OfferStatus::kOpen;
  std::string offered_by;  // e-mail of whoever offered it
  std::int64_t offered_at = 0;
  std::string taken_by;  // e-mail of whoever started the receiving team's cycle; empty while open
  std::optional<std::int64_t> taken_at;
  std::optional<Id> taken_idea_id;  // the receiving team's copy of the idea
};

constexpr auto Describe(std::type_identity<IdeaOffer>) {
  using O = IdeaOffer;
  return std::tuple{
      core::Field("id", &O::id, core::kKey),
      core::Field("idea_id", &O::idea_id, core::kFixed),
      core::Field("team_id", &O::team_id, core::kFixed),
      core::Field("organisation_id", &O::organisation_id, core::kFixed | core::kNotAudited),
      core::Field("status", &O::status, core::kNoFlags,
                  &core::kTextForm<OfferStatus, OfferStatusName, ParseOfferStatus>),
      core::Field("offered_by", &O::offered_by, core::kFixed),
      core::Field("offered_at", &O::offered_at, core::kFixed | core::kUnixTime),
      core::Field("taken_by", &O::taken_by),
      core::Field("taken_at", &O::taken_at, core::kUnixTime),
      core::Field("taken_idea_id", &O::taken_idea_id)};
}

// An open offer to a team with the offered idea and who offers it, for the receiving team's
// page of cycles (OpenOffersTo, domain/spread.h).
struct TeamOffer {
  IdeaOffer offer;
  ChangeIdea idea;
  std::string from_team;
  std::string from_organisation;
};

}  // namespace stegvis::domain
