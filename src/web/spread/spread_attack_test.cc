// What an attacker tries with spreading: starting a cycle on an offer made to another team,
// taking an offer of another organisation, offering an idea they cannot see or one no cycle
// adopted, reading another organisation's idea family, a form without the CSRF token, and
// answering offers they may not: accepting a package offer as a team member, declining another
// team's offer, accepting an offer made to a team, and accepting into a closed programme.

#include <string>

#include <boost/json/parse.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class SpreadAttackTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      const auto offers = tx.Spread().ListOpenOffersTo(TeamId("Trygg hemgång"));
      if (!offers.empty()) origin_ = offers.front().idea_id;
      return true;
    });
    ASSERT_NE(origin_, 0);
    // An open offer to another team of Solvik than the team member's, given a project to take
    // it into.
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      domain::Project project;
      project.organisation_id = TeamById(TeamId("Färre fall")).organisation_id;
      project.team_id = TeamId("Färre fall");
      project.title = "Färre fall på kvällen";
      tx.Projects().Create(project, 1);
      return true;
    });
    TestClient admin = As(kDemoEmails.at("admin"));
    Response made =
        Send("POST", "/api/v1/change-ideas/" + std::to_string(origin_) + "/offers", admin,
             "{\"team_id\":" + std::to_string(TeamId("Färre fall")) + "}", Json(admin));
    ASSERT_EQ(made.status, 201) << made.body;
    other_offer_ = std::to_string(boost::json::parse(made.body).at("id").as_int64());
    own_project_ = std::to_string(ProjectOf("Trygg hemgång"));
    programme_ = ProgrammeId("Jämställd hemtjänst");
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      const auto offers = tx.Spread().ListOpenPackageOffers(programme_);
      if (!offers.empty()) package_offer_ = std::to_string(offers.front().id);
      return true;
    });
    ASSERT_FALSE(package_offer_.empty());
  }
  // Whether the offer is still open.
  bool StillOpen(const std::string& offer) {
    bool open = false;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      auto found = tx.Spread().FindOffer(std::stoll(offer));
      open = found && found->status == domain::OfferStatus::kOpen;
      return true;
    });
    return open;
  }
  static HeaderList Json(const TestClient& c) {
    return {{"content-type", "application/json"}, {"x-csrf-token", c.csrf}};
  }
  // How many ideas have been copied from the origin.
  std::size_t Copies() {
    std::size_t n = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      n = tx.Spread().ListCopies(origin_).size();
      return true;
    });
    return n;
  }

  domain::Id origin_ = 0;
  domain::Id programme_ = 0;
  std::string other_offer_, own_project_, package_offer_;
};

TEST_F(SpreadAttackTest, ACycleIsNotStartedOnAnOfferMadeToAnotherTeam) {
  const std::size_t before = Copies();
  TestClient member = As(kDemoEmails.at("teammedlem"));
  EXPECT_EQ(
      Post("/erbjudanden/" + other_offer_ + "/starta", member, "project_id=" + own_project_).status,
      404);
  EXPECT_EQ(Send("POST", "/api/v1/idea-offers/" + other_offer_ + "/cycles", member,
                 "{\"project_id\":" + own_project_ + "}", Json(member))
                .status,
            404);
  // Another organisation's user, with a project of their own.
  TestClient norrby = As("team@norrby.example");
  const std::string norrby_project = std::to_string(ProjectOf("Hela dagen"));
  EXPECT_EQ(Post("/erbjudanden/" + other_offer_ + "/starta", norrby, "project_id=" + norrby_project)
                .status,
            404);
  EXPECT_EQ(Copies(), before) << "no copy was made";
}

TEST_F(SpreadAttackTest, NobodyOffersAnIdeaTheyCannotSeeOrOneNoCycleAdopted) {
  const std::string path = "/api/v1/change-ideas/" + std::to_string(origin_) + "/offers";
  const std::string body = "{\"team_id\":" + std::to_string(TeamId("Trygg hemgång")) + "}";
  TestClient norrby = As("admin@norrby.example");
  Response other = Send("POST", path, norrby, body, Json(norrby));
  EXPECT_EQ(other.status, 404);
  EXPECT_FALSE(Has(other, "Schemat utgår från önskade tider"));
  EXPECT_EQ(Get("/forandringsideer/" + std::to_string(origin_) + "/larande", norrby).status, 404);
  EXPECT_EQ(Get("/api/v1/change-ideas/" + std::to_string(origin_) + "/learnings", norrby).status,
            404);
  // A team's own idea that no finished cycle adopted: refused, whoever may change its team.
  TestClient admin = As(kDemoEmails.at("admin"));
  domain::Id fresh = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::ChangeIdea idea;
    idea.organisation_id = TeamById(TeamId("Trygg hemgång")).organisation_id;
    idea.project_id = ProjectOf("Trygg hemgång");
    idea.title = "Ännu inte prövad";
    fresh = tx.Pdsa().CreateIdea(idea, 1);
    return true;
  });
  Response not_adopted =
      Send("POST", "/api/v1/change-ideas/" + std::to_string(fresh) + "/offers", admin,
           "{\"team_id\":" + std::to_string(TeamId("Färre fall")) + "}", Json(admin));
  EXPECT_EQ(not_adopted.status, 422);
  EXPECT_TRUE(Has(not_adopted, "\"field\":\"change_idea_id\"")) << not_adopted.body;
}

TEST_F(SpreadAttackTest, AFormWithoutTheCsrfTokenIsRefused) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  const std::size_t before = Copies();
  Response r =
      Send("POST", "/erbjudanden/" + other_offer_ + "/starta", member, "project_id=" + own_project_,
           {{"content-type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(Copies(), before);
}

TEST_F(SpreadAttackTest, OnlyTheReceiverAnswersAnOffer) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  TestClient chef = As(kDemoEmails.at("chef"));
  // A package offer is accepted by those who run the programme only.
  EXPECT_EQ(Post("/erbjudanden/" + package_offer_ + "/ta-in", member, "").status, 403);
  EXPECT_EQ(Send("POST", "/api/v1/idea-offers/" + package_offer_ + "/accept", chef, "", Json(chef))
                .status,
            403);
  EXPECT_EQ(Post("/erbjudanden/" + package_offer_ + "/avboj", member, "").status, 403);
  // Another team's offer does not exist for the member.
  EXPECT_EQ(Post("/erbjudanden/" + other_offer_ + "/avboj", member, "").status, 404);
  EXPECT_EQ(
      Send("POST", "/api/v1/idea-offers/" + other_offer_ + "/decline", member, "", Json(member))
          .status,
      404);
  // An offer made to a team is not the change package's to accept.
  TestClient strateg = As(kDemoEmails.at("strateg"));
  EXPECT_EQ(Post("/erbjudanden/" + other_offer_ + "/ta-in", strateg, "").status, 404);
  // Another organisation's admin finds neither.
  TestClient norrby = As("admin@norrby.example");
  EXPECT_EQ(Post("/erbjudanden/" + package_offer_ + "/ta-in", norrby, "").status, 404);
  EXPECT_EQ(Post("/erbjudanden/" + other_offer_ + "/avboj", norrby, "").status, 404);
  EXPECT_TRUE(StillOpen(package_offer_));
  EXPECT_TRUE(StillOpen(other_offer_));
}

TEST_F(SpreadAttackTest, AClosedProgrammeAcceptsNoOffer) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  ASSERT_EQ(
      Post("/program/" + std::to_string(programme_) + "/stangd", strateg, "version=1&closed=1")
          .status,
      303);
  EXPECT_EQ(
      Send("POST", "/api/v1/idea-offers/" + package_offer_ + "/accept", strateg, "", Json(strateg))
          .status,
      409);
  EXPECT_EQ(Post("/erbjudanden/" + package_offer_ + "/ta-in", strateg, "").status, 409);
  EXPECT_TRUE(StillOpen(package_offer_));
}

}  // namespace
}  // namespace stegvis::web
