#include "store/sql_spread.h"

#include "store/tables.h"

namespace stegvis::store {

domain::Id SqlSpread::CreateOffer(const domain::IdeaOffer& offer) {
  return Insert(db_, offer);
}

std::optional<domain::IdeaOffer> SqlSpread::FindOffer(domain::Id offer_id) {
  return FindOne<domain::IdeaOffer>(db_, "WHERE id = ?", offer_id);
}

std::vector<domain::IdeaOffer> SqlSpread::ListOffersOfIdea(domain::Id idea_id) {
  return List<domain::IdeaOffer>(db_, "WHERE idea_id = ? ORDER BY id", idea_id);
}

std::vector<domain::IdeaOffer> SqlSpread::ListOpenOffersTo(domain::Id team_id) {
  return List<domain::IdeaOffer>(db_, "WHERE team_id = ? AND status = 'open' ORDER BY id", team_id);
}

std::vector<domain::IdeaOffer> SqlSpread::ListOpenPackageOffers(domain::Id programme_id) {
  return List<domain::IdeaOffer>(db_, "WHERE programme_id = ? AND status = 'open' ORDER BY id",
                                 programme_id);
}

std::vector<domain::IdeaOffer> SqlSpread::ListOpenOffersToOrganisation(domain::Id organisation_id) {
  return List<domain::IdeaOffer>(db_, "WHERE organisation_id = ? AND status = 'open' ORDER BY id",
                                 organisation_id);
}

bool SqlSpread::MarkAnswered(const domain::IdeaOffer& offer) {
  // The status in the WHERE makes two answers racing for one offer end with one of them.
  return FindColumn<domain::Id>(db_,
                                "UPDATE idea_offers SET status = ?, answered_by = ?, "
                                "answered_at = ?, taken_idea_id = ? "
                                "WHERE id = ? AND status = 'open' RETURNING id",
                                std::string(domain::OfferStatusName(offer.status)),
                                offer.answered_by, offer.answered_at, offer.taken_idea_id, offer.id)
      .has_value();
}

std::vector<domain::ChangeIdea> SqlSpread::ListCopies(domain::Id origin_idea_id) {
  return List<domain::ChangeIdea>(db_, "WHERE origin_idea_id = ? ORDER BY id", origin_idea_id);
}

}  // namespace stegvis::store
