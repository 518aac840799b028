// Offers of adopted change ideas and their copies (sql_spread.cc) on both engines: the status
// as text, NULL taken_at and copy until taken, open offers by team, an offer taken only once,
// and the copies of an idea by its origin_idea_id.

#include <gtest/gtest.h>

#include "domain/change_idea.h"
#include "domain/idea_offer.h"
#include "domain/organisation.h"
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
    EXPECT_FALSE(found->taken_at);
    EXPECT_FALSE(found->taken_idea_id);
    EXPECT_EQ(tx.Spread().ListOpenOffersTo(other_team).size(), 1u);
    EXPECT_TRUE(tx.Spread().ListOpenOffersTo(team).empty());
    EXPECT_EQ(tx.Spread().ListOffersOfIdea(idea).size(), 1u);

    domain::ChangeIdea copy;
    copy.organisation_id = org;
    copy.project_id = other_project;
    copy.origin_idea_id = idea;
    copy.title = "Idén";
    found->taken_by = "annan@kommunen.example";
    found->taken_at = 20;
    found->taken_idea_id = tx.Pdsa().CreateIdea(copy, 20);
    EXPECT_TRUE(tx.Spread().MarkTaken(*found));
    EXPECT_FALSE(tx.Spread().MarkTaken(*found)) << "an offer is taken once";
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    std::optional<domain::IdeaOffer> taken = tx.Spread().FindOffer(offer_id);
    EXPECT_TRUE(taken);
    if (!taken) return false;
    EXPECT_EQ(taken->status, domain::OfferStatus::kTaken);
    EXPECT_EQ(taken->taken_by, "annan@kommunen.example");
    EXPECT_EQ(taken->taken_at, 20);
    EXPECT_TRUE(tx.Spread().ListOpenOffersTo(other_team).empty());
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

}  // namespace
}  // namespace stegvis::store
