#pragma once
// What spread.cc (reading) and spread_offers.cc (offering, taking) share; not for other files.

#include <vector>

#include "domain/spread.h"

namespace stegvis::domain {

// The team's names and, for a team of the principal's organisation, its units top first.
SpreadTeam DescribeTeam(StoreTx& tx, const Principal& acting, const Team& team);

// The idea's offers, oldest first, with the receiving teams' names.
std::vector<OfferRow> OffersOf(StoreTx& tx, const Principal& acting, Id idea_id);

// The teams a team's own idea may be offered to: every team of its organisation and of its
// project's programme that have a project to take it into, but its own team and those offered
// it already (`offers`), by name.
std::vector<SpreadTeam> OfferTargets(StoreTx& tx, const Principal& acting, const ChangeIdea& idea,
                                     const std::vector<OfferRow>& offers);

}  // namespace stegvis::domain
