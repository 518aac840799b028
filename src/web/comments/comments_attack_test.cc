// Comments on cycles and monthly reports, as users and attackers try them: the programme's
// coach comments on a host team's cycle and on a guest team's report, the guest reads it, a
// politician and a team member of another team cannot write, another organisation sees
// nothing, and a bad or hostile text is refused or escaped.

#include <string>

#include <boost/json.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class CommentsAttackTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    const domain::Id project = ProjectOf("Trygg hemgång");
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      cycle_ = std::to_string(tx.Pdsa().ListProjectCycles(project).front().id);
      return true;
    });
  }
  std::string Report(const std::string& team, const std::string& month) {
    return "/projekt/" + std::to_string(ProjectOf(team)) + "/manadsrapport/" + month;
  }
  std::string ReportApi(const std::string& team, const std::string& month) {
    return "/api/v1/projects/" + std::to_string(ProjectOf(team)) + "/monthly-reports/" + month +
           "/comments";
  }
  Response Json(const std::string& method, const std::string& url, const TestClient& c,
                const std::string& body) {
    return Send(method, url, c, body,
                {{"content-type", "application/json"}, {"x-csrf-token", c.csrf}});
  }
  std::string cycle_;
};

TEST_F(CommentsAttackTest, TheCoachCommentsOnACycleAndTheTeamReadsIt) {
  TestClient coach = As(kDemoEmails.at("coach"));
  Response posted =
      Post("/pgsa/" + cycle_ + "/kommentarer", coach, "text=Hur+gick+kv%C3%A4llsbes%C3%B6ken%3F");
  EXPECT_EQ(posted.status, 303);
  EXPECT_EQ(posted.Header("Location"), "/pgsa/" + cycle_ + "#kommentarer");
  Response page = Get("/pgsa/" + cycle_, As(kDemoEmails.at("teammedlem")));
  EXPECT_TRUE(Has(page, "Hur gick kvällsbesöken?"));
  EXPECT_TRUE(Has(page, "Elin Åberg, Solviks kommun"));
  EXPECT_TRUE(Has(page, "name=\"text\"")) << "the team answers";
  const boost::json::value listed = boost::json::parse(
      Get("/api/v1/pdsa-cycles/" + cycle_ + "/comments", As(kDemoEmails.at("politiker"))).body);
  ASSERT_EQ(listed.at("comments").as_array().size(), 1u);
  EXPECT_FALSE(listed.at("may_comment").as_bool()) << "a politician reads, never writes";
  EXPECT_FALSE(listed.at("comments").as_array()[0].as_object().contains("author_id"));
}

TEST_F(CommentsAttackTest, TheCoachCommentsOnAGuestsReportAndTheGuestReadsIt) {
  TestClient coach = As(kDemoEmails.at("coach"));
  Response created = Json("POST", ReportApi("Hela dagen", "2026-11"), coach,
                          R"({"text": "Tack för rapporten. Vilket stöd behöver ni?"})");
  ASSERT_EQ(created.status, 201) << created.body;
  Response page = Get(Report("Hela dagen", "2026-11"), As("admin@norrby.example"));
  EXPECT_TRUE(Has(page, "Vilket stöd behöver ni?"));
  EXPECT_TRUE(Has(page, "Elin Åberg, Solviks kommun"));
  EXPECT_FALSE(Has(page, "coach@solvik.example")) << "no e-mail across organisations";
}

TEST_F(CommentsAttackTest, ThoseWhoMayNotWriteCannotAndOthersSeeNothing) {
  // A politician is stopped by the route; a member of another team by the cycle.
  EXPECT_EQ(
      Post("/pgsa/" + cycle_ + "/kommentarer", As(kDemoEmails.at("politiker")), "text=x").status,
      403);
  EXPECT_EQ(Json("POST", ReportApi("Rätt tid", "2026-11"), As(kDemoEmails.at("teammedlem")),
                 R"({"text": "x"})")
                .status,
            403);
  // Another organisation: not found, read or written.
  TestClient norrby = As("admin@norrby.example");
  EXPECT_EQ(Get("/api/v1/pdsa-cycles/" + cycle_ + "/comments", norrby).status, 404);
  EXPECT_EQ(Json("POST", "/api/v1/pdsa-cycles/" + cycle_ + "/comments", norrby, R"({"text": "x"})")
                .status,
            404);
  // A month that is no month of the programme.
  EXPECT_EQ(Json("POST", ReportApi("Rätt tid", "2030-01"), As(kDemoEmails.at("coach")),
                 R"({"text": "x"})")
                .status,
            422);
  const boost::json::value listed = boost::json::parse(
      Get("/api/v1/pdsa-cycles/" + cycle_ + "/comments", As(kDemoEmails.at("admin"))).body);
  EXPECT_TRUE(listed.at("comments").as_array().empty()) << "nothing was saved";
}

TEST_F(CommentsAttackTest, ABadTextIsRefusedByNameAndAHostileOneEscaped) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  Response blank = Post("/pgsa/" + cycle_ + "/kommentarer", member, "text=+++");
  EXPECT_EQ(blank.status, 422);
  EXPECT_TRUE(Has(blank, "comment-text-error"));
  Response control =
      Json("POST", "/api/v1/pdsa-cycles/" + cycle_ + "/comments", member, R"({"text": "a\u0001"})");
  EXPECT_EQ(control.status, 422);
  EXPECT_TRUE(Has(control, "error.control_character"));
  Response too_long = Json("POST", "/api/v1/pdsa-cycles/" + cycle_ + "/comments", member,
                           "{\"text\": \"" + std::string(4001, 'a') + "\"}");
  EXPECT_EQ(too_long.status, 422);
  EXPECT_EQ(
      Post("/pgsa/" + cycle_ + "/kommentarer", member, "text=%3Cscript%3Ex%3C%2Fscript%3E").status,
      303);
  Response page = Get("/pgsa/" + cycle_, member);
  EXPECT_FALSE(Has(page, "<script>x</script>"));
  EXPECT_TRUE(Has(page, "&lt;script&gt;x&lt;/script&gt;"));
}

}  // namespace
}  // namespace stegvis::web
