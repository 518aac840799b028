// The sustain plan through the real router, templates and a real store: the project page's
// prompt, the form saved and read back on the page and its JSON twin, a stale save, and what an
// attacker tries — another organisation's plan, a politician's or another team's save, an
// owner outside the team, bad dates and frequencies, oversized text and script.

#include <string>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

constexpr const char* kScript = "<script>alert(1)</script>";

class SustainPlanTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    project_ = ProjectOf("Trygg hemgång");
    measure_ = MeasureOf("Trygg hemgång");
    owner_ = UserId(kDemoEmails.at("teammedlem"));
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      domain::Project p = *tx.Projects().Find(project_);
      p.status = domain::ProjectStatus::kSustaining;
      tx.Projects().Update(p);
      return true;
    });
    url_ = "/projekt/" + std::to_string(project_) + "/vidmakthall";
    api_ = "/api/v1/projects/" + std::to_string(project_) + "/sustain-plan";
  }
  std::string Form(const std::string& owner, const std::string& text, const std::string& date,
                   const std::string& frequency = "month", int version = 0) {
    // The form has a frequency for every measure of the project; `measure_` continues.
    std::string body = "version=" + std::to_string(version) + "&owner=" + owner +
                       "&standardised=" + text + "&review_date=" + date + "&review_date=";
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      for (const domain::Measure& measure : tx.Measures().ListOfProject(project_)) {
        const std::string m = std::to_string(measure.id);
        body += "&frequency_" + m + "=" + (measure.id == measure_ ? frequency : "month");
        if (measure.id == measure_) body += "&continues_" + m + "=1";
      }
      return true;
    });
    return body;
  }
  Response Put(const TestClient& client, const std::string& body) {
    return Send("PUT", api_, client, body,
                {{"content-type", "application/json"}, {"x-csrf-token", client.csrf}});
  }
  std::string Json(domain::Id owner, const std::string& due_on, const std::string& frequency,
                   int version = 0) {
    return R"({"version":)" + std::to_string(version) + R"(,"owner_user_id":)" +
           std::to_string(owner) + R"(,"standardised":"Checklista","measures":[{"measure_id":)" +
           std::to_string(measure_) + R"(,"continues":true,"frequency":")" + frequency +
           R"("}],"reviews":[{"due_on":")" + due_on + R"("}]})";
  }
  domain::Id project_ = 0, measure_ = 0, owner_ = 0;
  std::string url_, api_;
};

TEST_F(SustainPlanTest, TheTeamWritesThePlanOnItsPageAndReadsItInBothForms) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  Response project = Get("/projekt/" + std::to_string(project_), member);
  ASSERT_EQ(project.status, 200);
  EXPECT_TRUE(Has(project, "href=\"" + url_ + "\"")) << "the sustaining project links its plan";
  Response empty = Get(url_, member);
  ASSERT_EQ(empty.status, 200);
  EXPECT_TRUE(Has(empty, "name=\"owner\""));
  EXPECT_TRUE(Has(empty, "type=\"date\" name=\"review_date\""));
  Response saved =
      Post(url_, member, Form(std::to_string(owner_), "Checklista+vid+nattpass", "2027-03-01"));
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 400);
  Response page = Get(url_, member);
  EXPECT_TRUE(Has(page, "Checklista vid nattpass"));
  EXPECT_TRUE(Has(page, "<strong>2027-03-01</strong>"));
  EXPECT_TRUE(Has(page, "/matt/" + std::to_string(measure_) + "#baseline_points"))
      << "a continuing measure without a frozen baseline offers to freeze it";
  Response api = Get(api_, member);
  ASSERT_EQ(api.status, 200);
  EXPECT_TRUE(Has(api, "\"standardised\":\"Checklista vid nattpass\""));
  EXPECT_TRUE(Has(api, "\"due_on\":\"2027-03-01\""));
  EXPECT_TRUE(Has(api, "\"version\":1"));
  // A save based on the empty plan is stale now.
  EXPECT_EQ(Put(member, Json(owner_, "2027-04-01", "week", 0)).status, 409);
  Response put = Put(member, Json(owner_, "2027-04-01", "week", 1));
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_TRUE(Has(put, "\"frequency\":\"week\""));
}

TEST_F(SustainPlanTest, OthersCannotReadOrSaveThePlanAndBadInputIsRefused) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  // Another organisation does not find it; a politician reads but does not save.
  TestClient norrby = As("admin@norrby.example");
  EXPECT_EQ(Get(url_, norrby).status, 404);
  EXPECT_EQ(Get(api_, norrby).status, 404);
  EXPECT_EQ(Put(norrby, Json(owner_, "2027-03-01", "month")).status, 404);
  TestClient politiker = As(kDemoEmails.at("politiker"));
  EXPECT_EQ(Get(url_, politiker).status, 200);
  EXPECT_EQ(Post(url_, politiker, Form(std::to_string(owner_), "x", "2027-03-01")).status, 403);
  // The owner must be a member of the team: the admin is not.
  const std::string admin = std::to_string(UserId(kDemoEmails.at("admin")));
  EXPECT_EQ(Post(url_, member, Form(admin, "x", "2027-03-01")).status, 422);
  EXPECT_EQ(Put(member, Json(UserId(kDemoEmails.at("admin")), "2027-03-01", "month")).status, 422);
  // Bad dates and frequencies, oversized text, script.
  EXPECT_EQ(Post(url_, member, Form(std::to_string(owner_), "x", "2027-02-30")).status, 422);
  EXPECT_EQ(Post(url_, member, Form(std::to_string(owner_), "x", "2027-03-01", "daily")).status,
            422);
  EXPECT_EQ(Put(member, Json(owner_, "imorgon", "month")).status, 422);
  EXPECT_EQ(Put(member, Json(owner_, "2027-03-01", "daily")).status, 422);
  EXPECT_EQ(
      Post(url_, member, Form(std::to_string(owner_), std::string(4001, 'x'), "2027-03-01")).status,
      422);
  Response script =
      Post(url_, member,
           Form(std::to_string(owner_), "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "2027-02-30"));
  EXPECT_EQ(script.status, 422);
  EXPECT_FALSE(Has(script, kScript)) << "typed text comes back escaped";
  // A review of no plan, and a form without its CSRF token.
  EXPECT_EQ(Post(url_ + "/uppfoljning/999999", member).status, 404);
  EXPECT_EQ(Send("POST", url_, member, Form(std::to_string(owner_), "x", "2027-03-01"),
                 {{"content-type", "application/x-www-form-urlencoded"}})
                .status,
            403);
  Response api = Get(api_, member);
  EXPECT_TRUE(Has(api, "\"plan\":null")) << "nothing was saved: " << api.body.substr(0, 300);
}

TEST_F(SustainPlanTest, AReviewIsMarkedDoneWithWhoAndWhen) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  ASSERT_EQ(Post(url_, member, Form(std::to_string(owner_), "x", "2027-03-01")).status, 303);
  domain::Id review = 0;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    review = tx.SustainPlans().FindOfProject(project_)->reviews.at(0).id;
    return true;
  });
  Response done = Post(url_ + "/uppfoljning/" + std::to_string(review), member);
  ASSERT_EQ(done.status, 303);
  Response api = Get(api_, member);
  EXPECT_TRUE(Has(api, "\"done\":true"));
  EXPECT_TRUE(Has(api, "\"done_by\":\"team@solvik.example\""));
}

}  // namespace
}  // namespace stegvis::web
