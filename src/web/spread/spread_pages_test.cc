// Spreading an adopted idea through the real route table and a real SQLite store with the
// demo's data: the first team sees the idea the second team offers it and starts its own cycle
// on it in one step; the idea's page of learnings shows every team of its family, where it has
// spread and the map of units; an offer through the JSON twin; the programme's change package
// accepts or declines the offer waiting for it; the team declines an offer; the start page asks
// whoever may answer an offer.

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
    programme_ = ProgrammeId("Jämställd hemtjänst");
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      const auto offers = tx.Spread().ListOpenPackageOffers(programme_);
      if (!offers.empty()) package_offer_ = offers.front().id;
      return true;
    });
    ASSERT_NE(package_offer_, 0) << "the demo has an open offer to the change package";
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
  domain::Id offer_ = 0, origin_ = 0, project_ = 0, programme_ = 0, package_offer_ = 0;
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
  EXPECT_EQ(json.at("offers").as_array().size(), 3u);
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
  EXPECT_TRUE(Has(form, "Idén är redan erbjuden dit"));
}

TEST_F(SpreadPagesTest, ThoseWhoRunTheProgrammeAddAnOfferedIdeaToTheChangePackage) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const std::string programme = "/program/" + std::to_string(programme_);
  const std::string accept = "/erbjudanden/" + std::to_string(package_offer_) + "/ta-in";
  Response page = Get(programme, strateg);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "Idéer som team erbjuder förändringspaketet"));
  EXPECT_TRUE(Has(page, "action=\"" + accept + "\""));
  EXPECT_TRUE(Has(page, "action=\"/erbjudanden/" + std::to_string(package_offer_) + "/avboj\""));
  EXPECT_FALSE(Has(Get(programme, member_), accept)) << "the team member does not run it";
  Response home = Get("/", strateg);
  EXPECT_TRUE(Has(home, "Erbjudna idéer som väntar på svar"));
  EXPECT_TRUE(Has(home, programme + "#forandringspaket"));

  Response accepted = Post(accept, strateg, "");
  ASSERT_EQ(accepted.status, 303) << accepted.body;
  const std::string idea_page(accepted.Header("location"));
  ASSERT_TRUE(idea_page.starts_with("/forandringsideer/"));
  EXPECT_TRUE(Has(Get(idea_page, strateg), "Idén finns nu i förändringspaketet"));
  boost::json::object idea = Learnings(std::stoll(idea_page.substr(18)), strateg);
  EXPECT_EQ(idea.at("programme_id").as_int64(), programme_);
  EXPECT_EQ(idea.at("origin_idea_id").as_int64(), origin_);
  EXPECT_EQ(idea.at("title").as_string(), "Schemat utgår från önskade tider");
  EXPECT_FALSE(Has(Get(programme, strateg), accept)) << "no longer waiting";
  EXPECT_EQ(Post(accept, strateg, "").status, 409);
  Response origin =
      Get("/forandringsideer/" + std::to_string(origin_) + "/larande", As(kDemoEmails.at("admin")));
  EXPECT_TRUE(
      Has(origin, "Förändringspaketet i Jämställd hemtjänst · Intagen i förändringspaketet"));
}

TEST_F(SpreadPagesTest, TheTeamDeclinesAnOfferAndTheOfferingSideSeesIt) {
  Response home = Get("/", member_);
  EXPECT_TRUE(Has(home, "Erbjudna idéer som väntar på svar"));
  EXPECT_TRUE(Has(home, "/projekt/" + std::to_string(project_) + "/pgsa#offers-heading"));
  EXPECT_FALSE(Has(home, "#forandringspaket")) << "the member answers no package offer";
  const std::string cycles = "/projekt/" + std::to_string(project_) + "/pgsa";
  const std::string decline = "/erbjudanden/" + std::to_string(offer_) + "/avboj";
  EXPECT_TRUE(Has(Get(cycles, member_), "action=\"" + decline + "\""));
  Response declined = Post(decline, member_, "project_id=" + std::to_string(project_));
  ASSERT_EQ(declined.status, 303) << declined.body;
  EXPECT_EQ(declined.Header("location"), cycles);
  EXPECT_FALSE(Has(Get(cycles, member_), "Idéer som andra team erbjuder er"));
  EXPECT_FALSE(Has(Get("/", member_), "/pgsa#offers-heading"));
  EXPECT_EQ(Post(decline, member_, "").status, 409);
  Response origin =
      Get("/forandringsideer/" + std::to_string(origin_) + "/larande", As(kDemoEmails.at("admin")));
  EXPECT_TRUE(Has(origin, "Trygg hemgång · Teamet tackade nej"));
}

TEST_F(SpreadPagesTest, TheJsonTwinsOfferToThePackageAcceptAndDecline) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const std::string offers = "/api/v1/idea-offers/";
  Response declined = Send("POST", offers + std::to_string(package_offer_) + "/decline", strateg,
                           "", Json(strateg));
  ASSERT_EQ(declined.status, 200) << declined.body;
  EXPECT_EQ(boost::json::parse(declined.body).at("status").as_string(), "declined");
  EXPECT_EQ(boost::json::parse(declined.body).at("programme_id").as_int64(), programme_);
  EXPECT_TRUE(Learnings(origin_, strateg).at("package_target").is_object())
      << "a declined package may be offered the idea again";

  Response made =
      Send("POST", "/api/v1/change-ideas/" + std::to_string(origin_) + "/offers", strateg,
           "{\"programme_id\":" + std::to_string(programme_) + "}", Json(strateg));
  ASSERT_EQ(made.status, 201) << made.body;
  const boost::json::object offer = boost::json::parse(made.body).as_object();
  EXPECT_TRUE(offer.at("team_id").is_null());
  Response accepted = Send("POST", offers + std::to_string(offer.at("id").as_int64()) + "/accept",
                           strateg, "", Json(strateg));
  ASSERT_EQ(accepted.status, 201) << accepted.body;
  const boost::json::object idea = boost::json::parse(accepted.body).as_object();
  EXPECT_EQ(idea.at("programme_id").as_int64(), programme_);
  EXPECT_EQ(idea.at("origin_idea_id").as_int64(), origin_);

  Response team =
      Send("POST", offers + std::to_string(offer_) + "/decline", member_, "", Json(member_));
  ASSERT_EQ(team.status, 200) << team.body;
  EXPECT_EQ(boost::json::parse(team.body).at("status").as_string(), "declined");
}

}  // namespace
}  // namespace stegvis::web
