// What an attacker tries with invitations: a guest organisation inviting into the host's
// programme, the host accepting on a guest team's behalf, a team member or an outsider answering
// or reading, an invitation withdrawn through another programme's address, leaving for another
// organisation's team, and a form without the CSRF token. Nothing reveals an invitation to
// whoever may not see it.

#include <string>

#include <boost/json.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class InvitationAttackTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    programme_ = std::to_string(ProgrammeId("Jämställd hemtjänst"));
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      for (const auto& org : tx.Units().ListOrganisations()) {
        if (org.name.find("Norrby") == std::string::npos) continue;
        const domain::Team any = tx.Teams().List(org.id).front();
        team_ = tx.Teams().Create(domain::NewTeam{org.id, any.unit_id, "Kvällsteamet", ""},
                                  clock_.NowUnixSeconds());
      }
      return true;
    });
    TestClient strateg = As(kDemoEmails.at("strateg"));
    Response created = Send("POST", "/api/v1/programmes/" + programme_ + "/invitations", strateg,
                            "{\"team_id\":" + std::to_string(team_) + "}", Json(strateg));
    invitation_ = std::to_string(boost::json::parse(created.body).at("id").as_int64());
  }
  static HeaderList Json(const TestClient& c) {
    return {{"content-type", "application/json"}, {"x-csrf-token", c.csrf}};
  }
  bool Pending() {
    Response r = Get("/api/v1/invitations/" + invitation_, As(kDemoEmails.at("strateg")));
    return boost::json::parse(r.body).at("status").as_string() == "pending";
  }
  std::string programme_, invitation_;
  domain::Id team_ = 0;
};

TEST_F(InvitationAttackTest, TheHostCannotAcceptForTheGuestNorTheGuestInviteForTheHost) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  TestClient admin = As(kDemoEmails.at("admin"));
  EXPECT_EQ(Post("/inbjudningar/" + invitation_, strateg, "answer=accept").status, 403);
  EXPECT_EQ(
      Send("POST", "/api/v1/invitations/" + invitation_ + "/accept", admin, "", Json(admin)).status,
      403);
  TestClient norrby = As("admin@norrby.example");
  // Norrby takes part, but Solvik runs the programme: Norrby invites nobody into it, and
  // withdraws nothing.
  EXPECT_EQ(Post("/program/" + programme_ + "/inbjudningar", norrby,
                 "team_id=" + std::to_string(TeamId("Läslust")))
                .status,
            404);
  EXPECT_EQ(Get("/program/" + programme_ + "/inbjudningar", norrby).status, 404);
  EXPECT_EQ(
      Send("POST", "/api/v1/invitations/" + invitation_ + "/withdraw", norrby, "", Json(norrby))
          .status,
      403);
  EXPECT_TRUE(Pending());
}

TEST_F(InvitationAttackTest, ATeamMemberOrAnOutsiderNeitherAnswersNorSeesIt) {
  for (const std::string& email :
       {std::string("team@norrby.example"), kDemoEmails.at("teammedlem"), kDemoEmails.at("chef")}) {
    TestClient c = As(email);
    Response answer = Post("/inbjudningar/" + invitation_, c, "answer=accept");
    EXPECT_EQ(answer.status, 404) << email;
    Response read = Get("/api/v1/invitations/" + invitation_, c);
    EXPECT_EQ(read.status, 404) << email;
    EXPECT_FALSE(Has(read, "Kvällsteamet")) << email;
    EXPECT_FALSE(Has(Get("/inbjudningar", c), "Kvällsteamet")) << email;
    EXPECT_EQ(
        boost::json::parse(Get("/api/v1/invitations", c).body).at("invitations").as_array().size(),
        0u)
        << email;
  }
  TestClient politiker = As(kDemoEmails.at("politiker"));
  EXPECT_EQ(Post("/inbjudningar/" + invitation_, politiker, "answer=accept").status, 403);
  EXPECT_TRUE(Pending());
}

TEST_F(InvitationAttackTest, AnInvitationIsWithdrawnOnlyThroughItsOwnProgramme) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response other =
      Send("POST", "/api/v1/programmes", strateg, R"({"name":"Annat program"})", Json(strateg));
  ASSERT_EQ(other.status, 201);
  const std::string other_id = std::to_string(boost::json::parse(other.body).at("id").as_int64());
  EXPECT_EQ(
      Post("/program/" + other_id + "/inbjudningar/" + invitation_ + "/aterkalla", strateg).status,
      404);
  EXPECT_TRUE(Pending());
  // Without the CSRF token the form is refused before anything happens.
  EXPECT_EQ(Send("POST", "/program/" + programme_ + "/inbjudningar/" + invitation_ + "/aterkalla",
                 strateg, "")
                .status,
            403);
  EXPECT_TRUE(Pending());
  ASSERT_EQ(Post("/program/" + programme_ + "/inbjudningar/" + invitation_ + "/aterkalla", strateg)
                .status,
            303);
  EXPECT_FALSE(Pending());
  TestClient norrby = As("admin@norrby.example");
  EXPECT_EQ(Post("/inbjudningar/" + invitation_, norrby, "answer=accept").status, 409);
}

TEST_F(InvitationAttackTest, NobodyTakesAnotherOrganisationsTeamOutOfTheProgramme) {
  const std::string norrby_team = std::to_string(TeamId("Hela dagen"));
  const std::string solvik_team = std::to_string(TeamId("Trygg hemgång"));
  // The host's strateg and admin do not answer for Norrby's team; Norrby's admin not for
  // Solvik's; Norrby's team member not for its own team.
  EXPECT_EQ(Post("/program/" + programme_ + "/team/" + norrby_team + "/lamna",
                 As(kDemoEmails.at("admin")))
                .status,
            404);
  EXPECT_EQ(
      Post("/program/" + programme_ + "/team/" + solvik_team + "/lamna", As("admin@norrby.example"))
          .status,
      404);
  EXPECT_EQ(
      Post("/program/" + programme_ + "/team/" + norrby_team + "/lamna", As("team@norrby.example"))
          .status,
      404);
  EXPECT_TRUE(Has(Get("/program/" + programme_, As("admin@norrby.example")), "Hela dagen"));
  ASSERT_EQ(
      Post("/program/" + programme_ + "/team/" + norrby_team + "/lamna", As("admin@norrby.example"))
          .status,
      303);
  EXPECT_FALSE(Has(Get("/program/" + programme_, As("admin@norrby.example")), "Hela dagen"));
}

}  // namespace
}  // namespace stegvis::web
