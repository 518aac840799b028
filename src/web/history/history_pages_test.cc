// The "Historik" pages of programmes and self-assessments: what they show, who may read them
// (by the rule of the object's own page) and the links to them.

#include <boost/json/parse.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class HistoryPagesTest : public WebTest {
 protected:
  std::vector<domain::SelfAssessment> Assessments(const std::string& unit) {
    std::vector<domain::SelfAssessment> out;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      out = tx.SelfAssessments().List(UnitNamed(unit));
      return true;
    });
    return out;
  }
};

TEST_F(HistoryPagesTest, AProgrammesGoalLinkChangeIsInItsHistoryForEveryoneTakingPart) {
  SeedDemo();
  const std::string id = std::to_string(ProgrammeId("Jämställd hemtjänst"));
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response put = Send("PUT", "/api/v1/programmes/" + id + "/goals", strateg,
                      "{\"goal_ids\":[" + std::to_string(GoalId("cemr", "9")) + "]}",
                      {{"x-csrf-token", strateg.csrf}, {"content-type", "application/json"}});
  ASSERT_EQ(put.status, 200) << put.body;
  // The programme page links its history.
  EXPECT_TRUE(Has(Get("/program/" + id, strateg), "href=\"/historik/programme/" + id + "\""));
  const std::string url = "/historik/programme/" + id;
  for (const std::string role : {"admin", "strateg", "chef", "teammedlem", "politiker"}) {
    Response page = Get(url, As(kDemoEmails.at(role)));
    ASSERT_EQ(page.status, 200) << role;
    EXPECT_TRUE(Has(page, "Ändrade kopplade jämställdhetsmål")) << role;
    EXPECT_TRUE(Has(page, "strateg@solvik.example")) << role;
    EXPECT_TRUE(Has(page, "Alla ändringar av programmet " + id)) << role;
  }
  // Norrby takes part with its teams, so its users read the programme and its history.
  EXPECT_EQ(Get("/program/" + id, As("team@norrby.example")).status, 200);
  EXPECT_EQ(Get(url, As("team@norrby.example")).status, 200);
  Response english = Get(url, As(kDemoEmails.at("politiker")), {{"accept-language", "en"}});
  EXPECT_TRUE(Has(english, "Every change to the programme " + id)) << english.body;
  EXPECT_TRUE(Has(english, "Changed linked goals"));
  EXPECT_TRUE(RedirectsToLogin(Get(url)));
  EXPECT_EQ(Get("/historik/programme/999999", strateg).status, 404);
}

TEST_F(HistoryPagesTest, AProgrammeOutsideTheOrganisationsWorkHasNoHistoryForIt) {
  SeedDemo();
  // A programme Solvik's strategist starts; Norrby takes no part in it.
  TestClient strateg = As(kDemoEmails.at("strateg"));
  ASSERT_EQ(Post("/program", strateg,
                 "name=Trygg+skolv%C3%A4g&theme=Skola&aim=Fler+g%C3%A5r+till+skolan&"
                 "starts_on=2026-01-01&ends_on=2026-12-31")
                .status,
            303);
  const std::string id = std::to_string(ProgrammeId("Trygg skolväg"));
  ASSERT_NE(id, "0");
  Response own = Get("/historik/programme/" + id, As(kDemoEmails.at("politiker")));
  ASSERT_EQ(own.status, 200);
  EXPECT_TRUE(Has(own, "Skapade"));
  EXPECT_EQ(Get("/program/" + id, As("admin@norrby.example")).status, 404);
  EXPECT_EQ(Get("/historik/programme/" + id, As("admin@norrby.example")).status, 404);
}

TEST_F(HistoryPagesTest, ASelfAssessmentsHistoryIsReadAsTheUnitsSelfAssessments) {
  SeedDemo();
  const std::string unit = std::to_string(UnitNamed("Hemtjänst Norr"));
  TestClient chef = As(kDemoEmails.at("chef"));
  ASSERT_EQ(Post("/enhet/" + unit + "/sjalvskattning", chef,
                 "assessed_on=2026-12-01&score.step_1=4&comment.step_1=Beslut+i+KF")
                .status,
            303);
  const domain::SelfAssessment latest = Assessments("Hemtjänst Norr").back();
  ASSERT_EQ(latest.assessed_on, "2026-12-01");
  const std::string url = "/historik/self_assessment/" + std::to_string(latest.id);
  // The unit's self-assessment page links each assessment's history, newest first.
  Response page = Get("/enhet/" + unit + "/sjalvskattning", chef);
  EXPECT_TRUE(Has(page, "href=\"" + url +
                            "\">Historik för självskattningen 2026-12-01 "
                            "(chef@solvik.example)</a>"))
      << page.body;
  // As the self-assessment page: managers, strategists, admins and politicians in scope.
  for (const std::string role : {"admin", "strateg", "chef", "politiker"}) {
    Response history = Get(url, As(kDemoEmails.at(role)));
    ASSERT_EQ(history.status, 200) << role;
    EXPECT_TRUE(Has(history, "Skapade")) << role;
    EXPECT_TRUE(Has(history, "chef@solvik.example")) << role;
    EXPECT_TRUE(Has(history, "2026-12-01")) << role;
    EXPECT_TRUE(Has(history, "Alla ändringar av självskattningen")) << role;
  }
  EXPECT_EQ(Get(url, As(kDemoEmails.at("teammedlem"))).status, 403);
  EXPECT_EQ(Get(url, As("admin@norrby.example")).status, 404);
  EXPECT_TRUE(RedirectsToLogin(Get(url)));
  EXPECT_EQ(Get("/historik/self_assessment/999999", chef).status, 404);
}

TEST_F(HistoryPagesTest, AManagerOutsideTheUnitDoesNotReadItsSelfAssessmentsHistory) {
  SeedDemo();
  // The demo's school has no assessments; the admin records one.
  const std::string school = std::to_string(UnitNamed("Ekbackens skola"));
  ASSERT_EQ(Post("/enhet/" + school + "/sjalvskattning", As(kDemoEmails.at("admin")),
                 "assessed_on=2026-11-01&score.step_1=2")
                .status,
            303);
  const std::string url =
      "/historik/self_assessment/" + std::to_string(Assessments("Ekbackens skola").back().id);
  EXPECT_EQ(Get(url, As(kDemoEmails.at("admin"))).status, 200);
  EXPECT_EQ(Get(url, As(kDemoEmails.at("chef"))).status, 403) << "the chef leads care, not school";
}

}  // namespace
}  // namespace stegvis::web
