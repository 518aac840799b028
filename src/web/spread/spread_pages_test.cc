// Spreading an adopted idea through the real route table and a real SQLite store with the
// demo's data: the first team sees the idea the second team offers it and starts its own cycle
// on it in one step; the idea's page of learnings shows every team of its family, where it has
// spread and the map of units; an offer through the JSON twin.

#include <string>

#include <boost/json/parse.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class SpreadPagesTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    member_ = As(kDemoEmails.at("teammedlem"));
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      // The demo's open offer to Trygg hemgång, of the second team's adopted idea.
      const auto offers = tx.Spread().ListOpenOffersTo(TeamId("Trygg hemgång"));
      if (!offers.empty()) {
        offer_ = offers.front().id;
        origin_ = offers.front().idea_id;
      }
      return true;
    });
    ASSERT_NE(offer_, 0) << "the demo has an open offer to Trygg hemgång";
    project_ = ProjectInProgramme("Trygg hemgång");
  }
  // The team's project in the demo's programme (where the offer is shown).
  domain::Id ProjectInProgramme(const std::string& team) {
    domain::Id id = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      for (const domain::Project& p : tx.Projects().List(TeamId(team))) {
        if (p.programme_id) id = p.id;
      }
      return true;
    });
    return id;
  }
  static HeaderList Json(const TestClient& c) {
    return {{"content-type", "application/json"}, {"x-csrf-token", c.csrf}};
  }
  boost::json::object Learnings(domain::Id idea, const TestClient& c) {
    Response r = Get("/api/v1/change-ideas/" + std::to_string(idea) + "/learnings", c);
    EXPECT_EQ(r.status, 200) << r.body;
    return boost::json::parse(r.body).as_object();
  }

  TestClient member_;
  domain::Id offer_ = 0, origin_ = 0, project_ = 0;
};

TEST_F(SpreadPagesTest, TheTeamStartsItsOwnCycleOnAnOfferedIdeaInOneStep) {
  const std::string cycles = "/projekt/" + std::to_string(project_) + "/pgsa";
  Response page = Get(cycles, member_);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "Idéer som andra team erbjuder er"));
  EXPECT_TRUE(Has(page, "Schemat utgår från önskade tider"));
  const std::string action = "/erbjudanden/" + std::to_string(offer_) + "/starta";
  EXPECT_TRUE(Has(page, "action=\"" + action + "\""));

  Response taken = Post(action, member_, "project_id=" + std::to_string(project_));
  ASSERT_EQ(taken.status, 303) << taken.body;
  const std::string cycle_page(taken.Header("location"));
  ASSERT_TRUE(cycle_page.starts_with("/pgsa/"));
  Response cycle = Get("/api/v1/pdsa-cycles/" + cycle_page.substr(6), member_);
  const boost::json::object c = boost::json::parse(cycle.body).as_object();
  EXPECT_EQ(c.at("phase").as_string(), "plan");
  EXPECT_EQ(c.at("title").as_string(), "Schemat utgår från önskade tider");
  const domain::Id copy = c.at("change_idea_id").as_int64();
  EXPECT_EQ(Learnings(copy, member_).at("origin_idea_id").as_int64(), origin_);

  EXPECT_FALSE(Has(Get(cycles, member_), "Idéer som andra team erbjuder er")) << "taken";
  EXPECT_EQ(Post(action, member_, "project_id=" + std::to_string(project_)).status, 409);
}

TEST_F(SpreadPagesTest, TheLearningsPageShowsTheFamilyWhereItSpreadAndTheMap) {
  Response idea = Get("/forandringsideer/" + std::to_string(origin_), As(kDemoEmails.at("admin")));
  ASSERT_EQ(idea.status, 200);
  EXPECT_TRUE(Has(idea, "/forandringsideer/" + std::to_string(origin_) + "/larande"));
  Response page =
      Get("/forandringsideer/" + std::to_string(origin_) + "/larande", As(kDemoEmails.at("admin")));
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "Vad teamen lärde sig"));
  EXPECT_TRUE(Has(page, "Var idén har spridits"));
  EXPECT_TRUE(Has(page, "Ursprunget"));
  EXPECT_TRUE(Has(page, "Tagen från ett annat team"));
  EXPECT_TRUE(Has(page, "Norrby")) << "the guest team that took it, named with its organisation";
  EXPECT_TRUE(Has(page, "Karta över enheterna"));
  EXPECT_TRUE(Has(page, "Önskemålen går att uppfylla med små ändringar.")) << "a learning";
  EXPECT_TRUE(Has(page, "Erbjudanden")) << "the admin may change the team's work";
  ExpectOneRead("/forandringsideer/" + std::to_string(origin_) + "/larande",
                As(kDemoEmails.at("admin")));

  boost::json::object json = Learnings(origin_, As(kDemoEmails.at("admin")));
  ASSERT_EQ(json.at("spread").as_array().size(), 2u);
  EXPECT_TRUE(json.at("spread").as_array()[0].at("origin").as_bool());
  EXPECT_EQ(json.at("spread").as_array()[0].at("decision").as_string(), "adopt");
  EXPECT_TRUE(json.at("spread").as_array()[1].at("units").as_array().empty())
      << "another organisation's units are not named";
  EXPECT_TRUE(json.at("adopted").as_bool());
  EXPECT_EQ(json.at("offers").as_array().size(), 2u);
}

TEST_F(SpreadPagesTest, AnOfferThroughTheJsonTwinIsRefusedTwice) {
  TestClient admin = As(kDemoEmails.at("admin"));
  const std::string path = "/api/v1/change-ideas/" + std::to_string(origin_) + "/offers";
  const std::string body = "{\"team_id\":" + std::to_string(TeamId("Hela dagen")) + "}";
  Response made = Send("POST", path, admin, body, Json(admin));
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(boost::json::parse(made.body).at("status").as_string(), "open");
  EXPECT_EQ(Send("POST", path, admin, body, Json(admin)).status, 409);
  Response form = Post("/forandringsideer/" + std::to_string(origin_) + "/erbjud", admin,
                       "team_id=" + std::to_string(TeamId("Hela dagen")));
  EXPECT_EQ(form.status, 409);
  EXPECT_TRUE(Has(form, "Teamet har redan fått erbjudandet."));
}

}  // namespace
}  // namespace stegvis::web
