#pragma once
// domain::SpreadRepository on a SQL connection: offers of adopted change ideas to teams and
// change packages, and the copies taken from them.

#include "domain/repositories/spread_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlSpread final : public domain::SpreadRepository {
 public:
  explicit SqlSpread(SqlConnection& db) : db_(db) {}

  domain::Id CreateOffer(const domain::IdeaOffer& offer) override;
  std::optional<domain::IdeaOffer> FindOffer(domain::Id offer_id) override;
  std::vector<domain::IdeaOffer> ListOffersOfIdea(domain::Id idea_id) override;
  std::vector<domain::IdeaOffer> ListOpenOffersTo(domain::Id team_id) override;
  std::vector<domain::IdeaOffer> ListOpenPackageOffers(domain::Id programme_id) override;
  std::vector<domain::IdeaOffer> ListOpenOffersToOrganisation(domain::Id organisation_id) override;
  bool MarkAnswered(const domain::IdeaOffer& offer) override;
  std::vector<domain::ChangeIdea> ListCopies(domain::Id origin_idea_id) override;

 private:
  SqlConnection& db_;
};

}  // namespace stegvis::store
