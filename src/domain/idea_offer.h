#pragma once
// An offer of an adopted change idea (spreading what works, SKR's steps 9–10): the offering
// team's idea, once a cycle has adopted it, is offered to a named team of its own organisation
// or of its programme, or to the change package of its project's programme. The receiving team
// takes it by starting its own cycle on a copy of the idea that remembers where it came from
// (ChangeIdea::origin_idea_id); those who run the programme accept it into the change package
// as a package idea that remembers it likewise. Either may decline it instead.

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

enum class OfferStatus { kOpen, kTaken, kDeclined };

// Stored names: "open", "taken" (taken by the team or accepted into the package), "declined".
std::string_view OfferStatusName(OfferStatus status);
std::optional<OfferStatus> ParseOfferStatus(std::string_view name);

struct IdeaOffer {
  Id id = 0;
  Id idea_id = 0;  // the offered idea: a team's own, adopted
  // Exactly one of the two: the receiving team, or the programme whose change package it is.
  std::optional<Id> team_id;
  std::optional<Id> programme_id;
  Id organisation_id = 0;  // the receiving team's organisation, or the programme's host
  OfferStatus status = OfferStatus::kOpen;
  std::string offered_by;  // e-mail of whoever offered it
  std::int64_t offered_at = 0;
  // E-mail of whoever took, accepted or declined it, and when; empty while open.
  std::string answered_by;
  std::optional<std::int64_t> answered_at;
  std::optional<Id> taken_idea_id;  // the receiving team's copy, or the package idea
};

constexpr auto Describe(std::type_identity<IdeaOffer>) {
  using O = IdeaOffer;
  return std::tuple{
      core::Field("id", &O::id, core::kKey),
      core::Field("idea_id", &O::idea_id, core::kFixed),
      core::Field("team_id", &O::team_id, core::kFixed),
      core::Field("programme_id", &O::programme_id, core::kFixed),
      core::Field("organisation_id", &O::organisation_id, core::kFixed | core::kNotAudited),
      core::Field("status", &O::status, core::kNoFlags,
                  &core::kTextForm<OfferStatus, OfferStatusName, ParseOfferStatus>),
      core::Field("offered_by", &O::offered_by, core::kFixed),
      core::Field("offered_at", &O::offered_at, core::kFixed | core::kUnixTime),
      core::Field("answered_by", &O::answered_by),
      core::Field("answered_at", &O::answered_at, core::kUnixTime),
      core::Field("taken_idea_id", &O::taken_idea_id)};
}

// An open offer with the offered idea and who offers it: for the receiving team's page of
// cycles (OpenOffersTo, domain/spread.h) or the programme's change package (OpenPackageOffers).
struct TeamOffer {
  IdeaOffer offer;
  ChangeIdea idea;
  std::string from_team;
  std::string from_organisation;
};

// An open offer on the start page of someone who may answer it (OffersAwaiting,
// domain/spread.h): to a team (and the project whose page of cycles takes it) or to a
// programme's change package.
struct OfferAwaiting {
  TeamOffer offer;
  std::string to;                // the receiving team's or programme's name
  std::optional<Id> project_id;  // an offer to a team
};

}  // namespace stegvis::domain
