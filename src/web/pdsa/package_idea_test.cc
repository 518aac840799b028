// A change package's idea, with the demo's data: its page offers each visitor a start in the
// projects of the programme whose work they may change, and its page of learnings lists, as
// where it has spread, every team that tested it with its latest decision.

#include <map>
#include <string>

#include <boost/json/parse.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class PackageIdeaTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    const domain::Id programme = ProgrammeId("Jämställd hemtjänst");
    const domain::Id team = TeamId("Hela dagen");
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      for (const domain::ChangeIdea& idea : tx.Pdsa().ListProgrammeIdeas(programme)) {
        if (idea.title == "Samma kontaktperson varje vecka") idea_ = idea.id;
      }
      for (const domain::Project& p : tx.Projects().List(team)) {
        if (p.programme_id) project_ = p;
      }
      return true;
    });
    ASSERT_NE(idea_, 0);
    ASSERT_NE(project_.id, 0);
  }

  domain::Id idea_ = 0;
  domain::Project project_;  // Hela dagen's (Norrby's) project in the programme
};

TEST_F(PackageIdeaTest, ItsPageOffersAStartOnlyWhereTheVisitorMayChangeTheWork) {
  const std::string page = "/forandringsideer/" + std::to_string(idea_);
  const std::string start = "href=\"/projekt/" + std::to_string(project_.id) +
                            "/pgsa?ide=" + std::to_string(idea_) + "#new-cycle-heading\"";
  Response norrby = Get(page, As("team@norrby.example"));
  ASSERT_EQ(norrby.status, 200);
  EXPECT_TRUE(Has(norrby, start));
  EXPECT_TRUE(Has(norrby, "Starta en cykel på idén i " + project_.title));
  // Each cycle's row can be linked to (the search's learnings lead there).
  EXPECT_TRUE(Has(norrby, "<tr id=\"cykel-"));
  // The form it leads to has the idea chosen.
  Response form =
      Get("/projekt/" + std::to_string(project_.id) + "/pgsa?ide=" + std::to_string(idea_),
          As("team@norrby.example"));
  EXPECT_TRUE(Has(form, "<option value=\"" + std::to_string(idea_) + "\" selected>"));
  // Nobody who may not change Hela dagen's work is offered its project.
  for (const auto& [role, email] : kDemoEmails) {
    Response other = Get(page, As(email));
    EXPECT_EQ(other.status, 200) << role;
    EXPECT_FALSE(Has(other, start)) << role;
  }
  EXPECT_FALSE(Has(Get(page, As(kDemoEmails.at("politiker"))), "Starta en cykel på idén i"));
}

TEST_F(PackageIdeaTest, WhereItHasSpreadListsEveryTeamThatTestedIt) {
  Response r = Get("/api/v1/change-ideas/" + std::to_string(idea_) + "/learnings",
                   As("team@norrby.example"));
  ASSERT_EQ(r.status, 200) << r.body;
  const boost::json::array spread = boost::json::parse(r.body).as_object().at("spread").as_array();
  std::map<std::string, std::string> decisions;
  for (const boost::json::value& row : spread) {
    EXPECT_TRUE(row.at("package").as_bool());
    decisions[std::string(row.at("team").as_string())] =
        std::string(row.at("decision").as_string());
  }
  EXPECT_EQ(decisions, (std::map<std::string, std::string>{{"Min plan", "adopt"},
                                                           {"Trygg hemgång", "abandon"}}));
  Response page =
      Get("/forandringsideer/" + std::to_string(idea_) + "/larande", As("team@norrby.example"));
  EXPECT_TRUE(Has(page, "Testar förändringspaketets idé"));
}

}  // namespace
}  // namespace stegvis::web
