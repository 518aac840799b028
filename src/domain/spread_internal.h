#pragma once
// What spread.cc (reading), spread_offers.cc (offering, taking) and spread_answers.cc (accepting,
// declining) share; not for other files.

#include <optional>
#include <vector>

#include "domain/spread.h"

namespace stegvis::domain {

// The team's names and, for a team of the principal's organisation, its units top first.
SpreadTeam DescribeTeam(StoreTx& tx, const Principal& acting, const Team& team);

// The idea's offers, oldest first, with the receiving teams' or programmes' names.
std::vector<OfferRow> OffersOf(StoreTx& tx, const Principal& acting, Id idea_id);

// Whether `offers` hold one that is open or was taken: a receiver that declined may be offered
// the idea again.
bool HasLiveOffer(const std::vector<OfferRow>& offers, const IdeaOffer& receiver);

// The teams a team's own idea may be offered to: every team of its organisation and of its
// project's programme that have a project to take it into, but its own team and those with a
// live offer (`offers`, HasLiveOffer), by name.
std::vector<SpreadTeam> OfferTargets(StoreTx& tx, const Principal& acting, const ChangeIdea& idea,
                                     const std::vector<OfferRow>& offers);

// The open programme of a team's own idea's project, unless its change package has a live
// offer of the idea (`offers`).
std::optional<PackageTarget> PackageTargetOf(StoreTx& tx, const ChangeIdea& idea,
                                             const std::vector<OfferRow>& offers);

// The refusal of answering an offer answered already: kConflict, "error.spread.already_taken"
// or "error.spread.already_declined" by its status.
core::Error OfferAnswered(const IdeaOffer& offer);

}  // namespace stegvis::domain
