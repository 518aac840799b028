// The report to the nämnd (/enhet/{id}/rapport and GET /api/v1/units/{id}/report): what a
// reader of the unit finds in it for a period, in Swedish and English, on the page and as
// data from the same question.

#include <boost/json/parse.hpp>

#include "core/date.h"
#include "domain/goal.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class UnitReportTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    norr_ = std::to_string(UnitNamed("Hemtjänst Norr"));
  }

  // A finished cycle of Trygg hemgång's project, decided `decision` on `day`.
  void AddDecidedCycle(const std::string& title, const std::string& learning,
                       domain::PdsaDecision decision, const char* day) {
    const domain::Id project = ProjectOf("Trygg hemgång");
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      domain::Project p = *tx.Projects().Find(project);
      domain::ChangeIdea idea;
      idea.organisation_id = p.organisation_id;
      idea.project_id = project;
      idea.title = "Idé för " + title;
      domain::PdsaCycle c;
      c.organisation_id = p.organisation_id;
      c.project_id = project;
      c.change_idea_id = tx.Pdsa().CreateIdea(idea, 1);
      c.number = 99;
      c.phase = domain::PdsaPhase::kDone;
      c.content.title = title;
      c.content.learning = learning;
      c.content.decision = decision;
      c.created_at = 1;
      c.done_at = core::Date::Parse(day)->UnixSeconds() + 3600;
      tx.Pdsa().CreateCycle(c);
      return true;
    });
  }

  static boost::json::object Json(const Response& r) {
    return boost::json::parse(r.body).as_object();
  }

  std::string norr_;
};

TEST_F(UnitReportTest, ACycleAbandonedInT2AppearsWithItsLearningUnderT2AndNotUnderT1) {
  AddDecidedCycle("Kvällssamtal om tider", "Samtalen behöver en fast tid i schemat.",
                  domain::PdsaDecision::kAbandon, "2026-06-15");
  TestClient politiker = As(kDemoEmails.at("politiker"));
  Response t2 = Get("/enhet/" + norr_ + "/rapport?period=2026-T2", politiker);
  ASSERT_EQ(t2.status, 200);
  EXPECT_TRUE(Has(t2, "tertial 2 2026 (maj–augusti)"));
  const std::size_t abandoned = t2.body.find("<h3>Avbrutna</h3>");
  const std::size_t cycle = t2.body.find("Kvällssamtal om tider");
  ASSERT_NE(abandoned, std::string::npos);
  ASSERT_NE(cycle, std::string::npos);
  EXPECT_GT(cycle, abandoned) << "listed under the abandoned tests";
  EXPECT_TRUE(Has(t2, "Samtalen behöver en fast tid i schemat."));
  EXPECT_TRUE(Has(t2, "beslut 2026-06-15"));

  Response t1 = Get("/enhet/" + norr_ + "/rapport?period=2026-T1", politiker);
  ASSERT_EQ(t1.status, 200);
  EXPECT_FALSE(Has(t1, "Kvällssamtal om tider"));
  EXPECT_FALSE(Has(t1, "Samtalen behöver en fast tid i schemat."));

  Response api = Get("/api/v1/units/" + norr_ + "/report?period=2026-T2", politiker);
  ASSERT_EQ(api.status, 200);
  const boost::json::object body = Json(api);
  const boost::json::array& listed = body.at("pdsa_cycles").at("abandoned").as_array();
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].at("title"), "Kvällssamtal om tider");
  EXPECT_EQ(listed[0].at("learning"), "Samtalen behöver en fast tid i schemat.");
  EXPECT_EQ(listed[0].at("decided_on"), "2026-06-15");
  EXPECT_TRUE(Json(Get("/api/v1/units/" + norr_ + "/report?period=2026-T1", politiker))
                  .at("pdsa_cycles")
                  .at("abandoned")
                  .as_array()
                  .empty());
}

TEST_F(UnitReportTest, AGoalNothingAddressesIsListed) {
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::GoalEntry e;
    e.organisation_id = tx.Units().ListOrganisations().front().id;
    e.family = domain::GoalFamily::kSkr;
    e.group = "governance";
    e.code = "99";
    e.title_sv = "Ett mål som ingen arbetar med";
    e.title_en = "A goal nobody works on";
    e.sort_order = 999;
    tx.Goals().CreateEntry(e);
    return true;
  });
  TestClient politiker = As(kDemoEmails.at("politiker"));
  Response page = Get("/enhet/" + norr_ + "/rapport?period=2026-T2", politiker);
  ASSERT_EQ(page.status, 200);
  const std::size_t heading = page.body.find("<h3>Mål som inget arbete adresserar</h3>");
  const std::size_t goal = page.body.find("Ett mål som ingen arbetar med");
  ASSERT_NE(heading, std::string::npos);
  ASSERT_NE(goal, std::string::npos);
  EXPECT_GT(goal, heading);

  Response api = Get("/api/v1/units/" + norr_ + "/report?period=2026-T2&lang=en", politiker);
  const boost::json::object body = Json(api);
  bool listed = false;
  for (const auto& g : body.at("goals").at("not_addressed").as_array()) {
    listed = listed || g.at("title") == "A goal nobody works on";
  }
  EXPECT_TRUE(listed);
}

TEST_F(UnitReportTest, WithoutAPeriodTheLastCompleteTertialIsShown) {
  // The fixture's clock stands in January 2027.
  TestClient chef = As(kDemoEmails.at("chef"));
  Response page = Get("/enhet/" + norr_ + "/rapport", chef);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "tertial 3 2026 (september–december)"));
  EXPECT_TRUE(Has(page, "<option value=\"2026-T3\" selected>"));
  EXPECT_FALSE(Has(page, "value=\"2027-T2\"")) << "a period that has not begun is not offered";
  EXPECT_EQ(Json(Get("/api/v1/units/" + norr_ + "/report", chef)).at("period").at("code"),
            "2026-T3");
}

TEST_F(UnitReportTest, TheReportOfTheDemoHasSignalsGapsAndWorkInT2) {
  TestClient politiker = As(kDemoEmails.at("politiker"));
  const std::string nämnd = std::to_string(UnitNamed("Vård- och omsorgsnämnden"));
  Response page = Get("/enhet/" + nämnd + "/rapport?period=2026-T2", politiker);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "Trygg och jämställd hemgång"));
  EXPECT_TRUE(Has(page, "Jämställd hemtjänst"));
  EXPECT_TRUE(Has(page, "Förbättring för kvinnor"));
  EXPECT_TRUE(Has(page, "Skillnaden mellan kvinnor och män"));
  EXPECT_TRUE(Has(page, "Schema från önskade tider, två rutter")) << "adopted in June 2026";
  EXPECT_TRUE(Has(page, "<svg")) << "the charts of the measures with signals";
  EXPECT_TRUE(Has(page, "class=\"story-footer\""));
  Response en = Get("/enhet/" + nämnd + "/rapport?period=2026-T2&lang=en", politiker);
  EXPECT_TRUE(Has(en, "Report to the committee"));
  EXPECT_TRUE(Has(en, "Improvement for women"));
  EXPECT_TRUE(Has(en, "tertial 2 2026 (May–August)"));
}

TEST_F(UnitReportTest, ThePoliticianReachesItFromTheStartPageAndEveryReaderFromTheUnitPage) {
  Response home = Get("/", As(kDemoEmails.at("politiker")));
  EXPECT_TRUE(Has(home, "<a href=\"/enhet/" +
                            std::to_string(UnitNamed("Vård- och omsorgsnämnden")) +
                            "/rapport\">Rapport till nämnden: Vård- och omsorgsnämnden</a>"));
  EXPECT_FALSE(Has(Get("/", As(kDemoEmails.at("chef"))), "/rapport\">Rapport till nämnden"));
  EXPECT_TRUE(Has(Get("/enhet/" + norr_, As(kDemoEmails.at("chef"))),
                  "<a href=\"/enhet/" + norr_ + "/rapport\">Rapport till nämnden</a>"));
  EXPECT_FALSE(Has(Get("/enhet/" + norr_, As(kDemoEmails.at("teammedlem"))), "/rapport\""));
}

TEST_F(UnitReportTest, ThePageIsOneReadTransaction) {
  ExpectOneRead("/enhet/" + norr_ + "/rapport?period=2026-T2", As(kDemoEmails.at("politiker")));
}

}  // namespace
}  // namespace stegvis::web
