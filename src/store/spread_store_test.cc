// Offers of adopted change ideas and their copies (sql_spread.cc) on both engines: the status
// as text, NULL answered_at and copy until taken, open offers by team and by change package, an
// offer answered only once (taken or declined), exactly one receiver per offer, and the copies
// of an idea by its origin_idea_id.

#include <gtest/gtest.h>

#include "domain/change_idea.h"
#include "domain/idea_offer.h"
#include "domain/organisation.h"
#include "domain/programme.h"
#include "domain/project.h"
#include "store/test_database.h"

namespace stegvis::store {
namespace {

using SpreadStoreTest = EngineTest;
INSTANTIATE_TEST_SUITE_P(Engines, SpreadStoreTest,
                         testing::Values(Engine::kSqlite, Engine::kPostgres), EngineName);

TEST_P(SpreadStoreTest, AnOfferIsTakenOnceAndTheCopyRemembersItsOrigin) {
  store_->Migrate();
  domain::Id org = 0, team = 0, other_team = 0, idea = 0, other_project = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    org = tx.Units().CreateOrganisation("Kommunen", 1);
    const domain::Id unit = tx.Units().Create({org, std::nullopt, "Enheten"}, 1);
    team = tx.Teams().Create({org, unit, "Teamet", ""}, 1);
    other_team = tx.Teams().Create({org, unit, "Andra", ""}, 1);
    domain::Project p;
    p.organisation_id = org;
    p.team_id = team;
    p.title = "Projektet";
    const domain::Id project = tx.Projects().Create(p, 1);
    p.team_id = other_team;
    other_project = tx.Projects().Create(p, 1);
    domain::ChangeIdea i;
    i.organisation_id = org;
    i.project_id = project;
    i.title = "Idén";
    idea = tx.Pdsa().CreateIdea(i, 1);
    return true;
  });
  domain::Id offer_id = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::IdeaOffer o;
    o.idea_id = idea;
    o.team_id = other_team;
    o.organisation_id = org;
    o.offered_by = "team@kommunen.example";
    o.offered_at = 10;
    offer_id = tx.Spread().CreateOffer(o);
    return true;
  });
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    std::optional<domain::IdeaOffer> found = tx.Spread().FindOffer(offer_id);
    EXPECT_TRUE(found);
    if (!found) return false;
    EXPECT_EQ(found->status, domain::OfferStatus::kOpen);
    EXPECT_FALSE(found->answered_at);
    EXPECT_FALSE(found->programme_id);
    EXPECT_FALSE(found->taken_idea_id);
    EXPECT_EQ(tx.Spread().ListOpenOffersTo(other_team).size(), 1u);
    EXPECT_TRUE(tx.Spread().ListOpenOffersTo(team).empty());
    EXPECT_EQ(tx.Spread().ListOpenOffersToOrganisation(org).size(), 1u);
    EXPECT_TRUE(tx.Spread().ListOpenOffersToOrganisation(org + 1).empty());
    EXPECT_EQ(tx.Spread().ListOffersOfIdea(idea).size(), 1u);

    domain::ChangeIdea copy;
    copy.organisation_id = org;
    copy.project_id = other_project;
    copy.origin_idea_id = idea;
    copy.title = "Idén";
    found->status = domain::OfferStatus::kTaken;
    found->answered_by = "annan@kommunen.example";
    found->answered_at = 20;
    found->taken_idea_id = tx.Pdsa().CreateIdea(copy, 20);
    EXPECT_TRUE(tx.Spread().MarkAnswered(*found));
    EXPECT_FALSE(tx.Spread().MarkAnswered(*found)) << "an offer is taken once";
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    std::optional<domain::IdeaOffer> taken = tx.Spread().FindOffer(offer_id);
    EXPECT_TRUE(taken);
    if (!taken) return false;
    EXPECT_EQ(taken->status, domain::OfferStatus::kTaken);
    EXPECT_EQ(taken->answered_by, "annan@kommunen.example");
    EXPECT_EQ(taken->answered_at, 20);
    EXPECT_TRUE(tx.Spread().ListOpenOffersTo(other_team).empty());
    EXPECT_TRUE(tx.Spread().ListOpenOffersToOrganisation(org).empty()) << "no longer open";
    std::vector<domain::ChangeIdea> copies = tx.Spread().ListCopies(idea);
    EXPECT_EQ(copies.size(), 1u);
    if (copies.size() == 1) {
      EXPECT_EQ(copies[0].id, taken->taken_idea_id);
      EXPECT_EQ(copies[0].origin_idea_id, idea);
    }
    EXPECT_FALSE(tx.Pdsa().FindIdea(idea)->origin_idea_id);
    return true;
  });
}

TEST_P(SpreadStoreTest, APackageOfferIsListedWhileOpenAndHasExactlyOneReceiver) {
  store_->Migrate();
  domain::IdeaOffer offer;
  domain::Id team = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    offer.organisation_id = tx.Units().CreateOrganisation("Kommunen", 1);
    const domain::Id unit = tx.Units().Create({offer.organisation_id, std::nullopt, "Enheten"}, 1);
    team = tx.Teams().Create({offer.organisation_id, unit, "Teamet", ""}, 1);
    domain::Programme p;
    p.organisation_id = offer.organisation_id;
    p.name = "Programmet";
    offer.programme_id = tx.Programmes().Create(p, 1);
    domain::ChangeIdea i;
    i.organisation_id = offer.organisation_id;
    i.programme_id = offer.programme_id;
    i.title = "Idén";
    offer.idea_id = tx.Pdsa().CreateIdea(i, 1);
    offer.offered_by = "team@kommunen.example";
    offer.offered_at = 10;
    offer.id = tx.Spread().CreateOffer(offer);
    return true;
  });
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    std::optional<domain::IdeaOffer> found = tx.Spread().FindOffer(offer.id);
    EXPECT_TRUE(found && !found->team_id && found->programme_id == offer.programme_id);
    EXPECT_EQ(tx.Spread().ListOpenPackageOffers(*offer.programme_id).size(), 1u);
    EXPECT_EQ(tx.Spread().ListOpenOffersToOrganisation(offer.organisation_id).size(), 1u);
    EXPECT_TRUE(tx.Spread().ListOpenOffersTo(team).empty());
    offer.status = domain::OfferStatus::kDeclined;
    offer.answered_by = "strateg@kommunen.example";
    offer.answered_at = 30;
    EXPECT_TRUE(tx.Spread().MarkAnswered(offer));
    offer.status = domain::OfferStatus::kTaken;
    EXPECT_FALSE(tx.Spread().MarkAnswered(offer)) << "a declined offer is not taken after";
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    std::optional<domain::IdeaOffer> declined = tx.Spread().FindOffer(offer.id);
    EXPECT_TRUE(declined && declined->status == domain::OfferStatus::kDeclined &&
                declined->answered_at == 30 && !declined->taken_idea_id);
    EXPECT_TRUE(tx.Spread().ListOpenPackageOffers(*offer.programme_id).empty());
    return true;
  });
  // The schema refuses an offer to both a team and a package, and one to neither.
  for (const std::optional<domain::Id>& to_team :
       {std::optional<domain::Id>(team), std::optional<domain::Id>()}) {
    domain::IdeaOffer wrong = offer;
    wrong.status = domain::OfferStatus::kOpen;
    wrong.team_id = to_team;
    if (!to_team) wrong.programme_id.reset();
    EXPECT_ANY_THROW(store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      tx.Spread().CreateOffer(wrong);
      return true;
    }));
  }
}

}  // namespace
}  // namespace stegvis::store
