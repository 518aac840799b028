#pragma once
// Offers of adopted change ideas to other teams and change packages, and the copies taken from
// them
// (domain/idea_offer.h), inside one transaction (domain/store.h); used by domain/spread.h.

#include <optional>
#include <vector>

#include "domain/change_idea.h"
#include "domain/idea_offer.h"

namespace stegvis::domain {

class SpreadRepository {
 public:
  virtual ~SpreadRepository() = default;

  // Stores a new offer; returns its id.
  virtual Id CreateOffer(const IdeaOffer& offer) = 0;
  virtual std::optional<IdeaOffer> FindOffer(Id offer_id) = 0;
  // The offers of one idea, oldest first.
  virtual std::vector<IdeaOffer> ListOffersOfIdea(Id idea_id) = 0;
  // The open offers to one team, oldest first.
  virtual std::vector<IdeaOffer> ListOpenOffersTo(Id team_id) = 0;
  // The open offers to one programme's change package, oldest first.
  virtual std::vector<IdeaOffer> ListOpenPackageOffers(Id programme_id) = 0;
  // The open offers to the organisation's teams and to the change packages of the programmes it
  // hosts, oldest first: one query for everything an organisation's users may have to answer.
  virtual std::vector<IdeaOffer> ListOpenOffersToOrganisation(Id organisation_id) = 0;
  // Records the offer's answer (status, answered_by, answered_at, taken_idea_id) if it is still
  // open; false when it was not (another answer came first), and nothing is changed.
  virtual bool MarkAnswered(const IdeaOffer& offer) = 0;
  // The ideas copied from `origin_idea_id`, by id.
  virtual std::vector<ChangeIdea> ListCopies(Id origin_idea_id) = 0;
};

}  // namespace stegvis::domain
