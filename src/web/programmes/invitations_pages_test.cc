// Invitations through the real router, templates and a real store: Solvik's strateg invites a
// team of Norrby on the page, Norrby's admin accepts on its own page and lands in the team's
// new project, the host sees the answer; the JSON twins keep the contract of docs/api.md.

#include <string>

#include <boost/json.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class InvitationPagesTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    programme_ = std::to_string(ProgrammeId("Jämställd hemtjänst"));
    url_ = "/program/" + programme_ + "/inbjudningar";
    // A new team of Norrby, not in the programme (the demo's Norrby teams all take part).
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      for (const auto& org : tx.Units().ListOrganisations()) {
        if (org.name.find("Norrby") == std::string::npos) continue;
        const domain::Team any = tx.Teams().List(org.id).front();
        team_ = tx.Teams().Create(domain::NewTeam{org.id, any.unit_id, "Kvällsteamet", ""},
                                  clock_.NowUnixSeconds());
      }
      return true;
    });
  }
  static HeaderList Json(const TestClient& c) {
    return {{"content-type", "application/json"}, {"x-csrf-token", c.csrf}};
  }
  // The id of the newest invitation, as the guest's JSON lists it (in order of id, after the
  // demo's two accepted ones).
  std::string NewestFor(const TestClient& guest) {
    Response r = Get("/api/v1/invitations", guest);
    const boost::json::value body = boost::json::parse(r.body);
    const boost::json::array& list = body.at("invitations").as_array();
    return list.empty() ? "" : std::to_string(list.back().at("id").as_int64());
  }
  std::string programme_, url_;
  domain::Id team_ = 0;
};

TEST_F(InvitationPagesTest, TheHostInvitesOnThePageAndTheGuestAcceptsOnItsOwn) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  EXPECT_TRUE(Has(Get("/program/" + programme_, strateg), "/inbjudningar\""));
  Response page = Get(url_, strateg);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "<optgroup label=\"Norrby kommun\">"));
  EXPECT_TRUE(Has(page, "Kvällsteamet"));
  EXPECT_FALSE(Has(page, ">Trygg hemgång</option>")) << "the host's own teams join directly";
  ASSERT_EQ(Post(url_, strateg, "team_id=" + std::to_string(team_)).status, 303);
  Response sent = Get(url_ + "?sparat=1", strateg);
  EXPECT_TRUE(Has(sent, "Väntar på svar"));
  EXPECT_TRUE(Has(sent, "/aterkalla\""));
  Response again = Post(url_, strateg, "team_id=" + std::to_string(team_));
  EXPECT_EQ(again.status, 422);
  EXPECT_TRUE(Has(again, "redan en inbjudan"));

  TestClient norrby = As("admin@norrby.example");
  EXPECT_TRUE(Has(Get("/", norrby), "Inbjudningar som väntar på ditt svar: 1"));
  EXPECT_FALSE(Has(Get("/", As("team@norrby.example")), "Inbjudningar som väntar"))
      << "a team member does not answer for the team";
  Response mine = Get("/inbjudningar", norrby);
  ASSERT_EQ(mine.status, 200);
  EXPECT_TRUE(Has(mine, "Kvällsteamet"));
  EXPECT_TRUE(Has(mine, "Jämställd hemtjänst"));
  const std::string id = NewestFor(norrby);
  ASSERT_FALSE(id.empty());
  Response accepted = Post("/inbjudningar/" + id, norrby, "answer=accept");
  ASSERT_EQ(accepted.status, 303);
  const std::string project(accepted.Header("Location"));
  EXPECT_TRUE(project.starts_with("/projekt/")) << project;
  Response project_page = Get(project, norrby);
  EXPECT_EQ(project_page.status, 200);
  EXPECT_TRUE(Has(project_page, "/gemensamma-matt\"")) << "its project is in the programme";
  EXPECT_TRUE(Has(Get(url_, strateg), "Har tackat ja"));
  EXPECT_TRUE(Has(Get("/program/" + programme_, norrby), "Kvällsteamet")) << "the team takes part";
  EXPECT_EQ(Post("/inbjudningar/" + id, norrby, "answer=decline").status, 409);
  Response forged = Post("/inbjudningar/" + id, norrby, "answer=kanske");
  EXPECT_EQ(forged.status, 422);
  EXPECT_TRUE(Has(forged, "Svara genom att tacka ja eller nej till inbjudan."));
}

TEST_F(InvitationPagesTest, TheJsonTwinsKeepTheContract) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response created = Send("POST", "/api/v1/programmes/" + programme_ + "/invitations", strateg,
                          "{\"team_id\":" + std::to_string(team_) + "}", Json(strateg));
  ASSERT_EQ(created.status, 201);
  const std::string id = std::to_string(boost::json::parse(created.body).at("id").as_int64());
  EXPECT_EQ(std::string(created.Header("Location")), "/api/v1/invitations/" + id);
  Response read = Get("/api/v1/invitations/" + id, strateg);
  ASSERT_EQ(read.status, 200);
  const boost::json::value pending = boost::json::parse(read.body);
  EXPECT_EQ(pending.at("status").as_string(), "pending");
  EXPECT_TRUE(pending.at("project_id").is_null());
  EXPECT_EQ(pending.at("team").as_string(), "Kvällsteamet");
  EXPECT_FALSE(Has(read, "@")) << "no e-mail of either side";

  TestClient norrby = As("admin@norrby.example");
  Response accepted =
      Send("POST", "/api/v1/invitations/" + id + "/accept", norrby, "", Json(norrby));
  ASSERT_EQ(accepted.status, 200);
  const boost::json::value answer = boost::json::parse(accepted.body);
  EXPECT_EQ(answer.at("status").as_string(), "accepted");
  ASSERT_TRUE(answer.at("project_id").is_int64());
  EXPECT_EQ(boost::json::parse(Get("/api/v1/invitations/" + id, strateg).body).at("project_id"),
            answer.at("project_id"))
      << "GET names the project on either side";

  Response left =
      Send("DELETE", "/api/v1/programmes/" + programme_ + "/teams/" + std::to_string(team_), norrby,
           "", Json(norrby));
  EXPECT_EQ(left.status, 204);
  Response dashboard = Get("/api/v1/programmes/" + programme_ + "/dashboard", strateg);
  const boost::json::value teams = boost::json::parse(dashboard.body);
  for (const auto& t : teams.at("teams").as_array()) {
    EXPECT_NE(t.at("team_id").as_int64(), team_) << "the team left";
  }
  EXPECT_EQ(Send("POST", "/api/v1/programmes/" + programme_ + "/invitations", strateg,
                 "{\"team_id\":\"x\"}", Json(strateg))
                .status,
            422);
}

}  // namespace
}  // namespace stegvis::web
