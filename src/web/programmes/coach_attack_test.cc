// What a programme's coach may and may not do (docs/security.md, "Programme coaches"): read the
// programme and every participating team's programme work — the host's teams and the guests'
// — and change nothing: no team's data, no report, no programme, no role. Teams outside the
// programme, the guests' own pages and the organisation's administration stay closed.

#include <set>
#include <string>

#include <boost/json.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class CoachAttackTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    programme_ = std::to_string(ProgrammeId("Jämställd hemtjänst"));
  }
  TestClient Coach() { return As(kDemoEmails.at("coach")); }
  static std::string Project(domain::Id id) { return "/projekt/" + std::to_string(id); }
  std::string Report(const std::string& team, const std::string& month) {
    return Project(ProjectOf(team)) + "/manadsrapport/" + month;
  }
  Response Json(const std::string& method, const std::string& url, const TestClient& c,
                const std::string& body) {
    return Send(method, url, c, body,
                {{"content-type", "application/json"}, {"x-csrf-token", c.csrf}});
  }
  std::string programme_;
};

TEST_F(CoachAttackTest, TheCoachReadsEveryParticipatingTeamsProgrammeWork) {
  TestClient coach = Coach();
  // The host's teams in the programme: their projects, measures and reports.
  for (const char* team : {"Trygg hemgång", "Rätt tid"}) {
    EXPECT_EQ(Get(Project(ProjectOf(team)), coach).status, 200) << team;
    EXPECT_EQ(Get("/matt/" + std::to_string(MeasureOf(team)), coach).status, 200) << team;
    EXPECT_EQ(Get(Report(team, "2026-11"), coach).status, 200) << team;
  }
  // The guests' reports, as the host's readers of the programme read them.
  const Response guest = Get(Report("Hela dagen", "2026-11"), coach);
  EXPECT_EQ(guest.status, 200);
  EXPECT_FALSE(Has(guest, "name=\"tested\"")) << "no form for the coach";
  // The dashboard has a row for each of the four teams.
  const boost::json::value dashboard =
      boost::json::parse(Get("/api/v1/programmes/" + programme_ + "/dashboard", coach).body);
  std::set<std::string> teams;
  for (const auto& row : dashboard.at("teams").as_array()) {
    teams.insert(std::string(row.at("name").as_string()));
  }
  EXPECT_EQ(teams, (std::set<std::string>{"Trygg hemgång", "Rätt tid", "Hela dagen", "Min plan"}));
  EXPECT_EQ(Get("/program/" + programme_ + "/rapporter", coach).status, 200);
}

TEST_F(CoachAttackTest, TheCoachChangesNoTeamsDataNorTheProgramme) {
  TestClient coach = Coach();
  const std::string project = std::to_string(ProjectOf("Trygg hemgång"));
  const std::string measure = std::to_string(MeasureOf("Trygg hemgång"));
  EXPECT_EQ(
      Json("PUT", "/api/v1/projects/" + project, coach, R"({"version":1,"title":"x"})").status,
      403);
  EXPECT_EQ(Json("PUT", "/api/v1/measures/" + measure + "/observations", coach,
                 R"({"data_version":0,"values":[]})")
                .status,
            403);
  EXPECT_EQ(Json("POST", "/api/v1/projects/" + project + "/pdsa-cycles", coach,
                 R"({"title":"Coachens test"})")
                .status,
            403);
  EXPECT_EQ(Post(Report("Trygg hemgång", "2026-12"), coach, "version=0&action=submit").status, 403);
  EXPECT_EQ(Json("PUT", "/api/v1/projects/" + project + "/monthly-reports/2026-12", coach,
                 R"({"version":0,"tested":"x"})")
                .status,
            403);
  EXPECT_EQ(
      Json("PUT", "/api/v1/programmes/" + programme_, coach, R"({"version":1,"name":"x"})").status,
      403);
  EXPECT_EQ(Post("/program/" + programme_ + "/team", coach,
                 "team_id=" + std::to_string(TeamId("Läslust")))
                .status,
            403);
  EXPECT_EQ(Json("POST", "/api/v1/programmes/" + programme_ + "/invitations", coach,
                 "{\"team_id\":" + std::to_string(TeamId("Läslust")) + "}")
                .status,
            403);
  // Nothing of it landed.
  const boost::json::value p =
      boost::json::parse(Get("/api/v1/projects/" + project, As(kDemoEmails.at("admin"))).body);
  EXPECT_NE(p.at("title").as_string(), "x");
}

TEST_F(CoachAttackTest, TeamsOutsideTheProgrammeAndTheGuestsOwnPagesStayClosed) {
  TestClient coach = Coach();
  for (const char* team : {"Färre fall", "Läslust"}) {
    EXPECT_EQ(Get("/team/" + std::to_string(TeamId(team)), coach).status, 403) << team;
  }
  // The lists hold only what the coach reads: the programme's teams of the host.
  std::set<std::string> listed;
  const boost::json::value teams = boost::json::parse(Get("/api/v1/teams", coach).body);
  for (const auto& team : teams.at("teams").as_array()) {
    listed.insert(std::string(team.at("name").as_string()));
  }
  EXPECT_EQ(listed, (std::set<std::string>{"Trygg hemgång", "Rätt tid"}));
  // A guest team's own project page is the guest organisation's: not found, as for anyone of
  // another organisation.
  EXPECT_EQ(Get(Project(ProjectOf("Hela dagen")), coach).status, 404);
  EXPECT_EQ(Get("/api/v1/projects/" + std::to_string(ProjectOf("Hela dagen")), coach).status, 404);
  // The organisation's administration, its units' self-assessments and notes.
  for (const char* page : {"/admin/anvandare", "/admin/struktur", "/api/v1/users",
                           "/admin/historik.csv", "/api/v1/reflection-notes"}) {
    EXPECT_EQ(Get(page, coach).status, 403) << page;
  }
  EXPECT_EQ(
      Get("/api/v1/units/" + std::to_string(UnitNamed("Hemtjänst Norr")) + "/self-assessments",
          coach)
          .status,
      403);
}

TEST_F(CoachAttackTest, AnAdminGivesTheRoleOnlyForAProgrammeOfTheirOwn) {
  TestClient admin = As(kDemoEmails.at("admin"));
  const std::string user = std::to_string(UserId(kDemoEmails.at("teammedlem")));
  const std::string roles = "/api/v1/users/" + user + "/roles";
  EXPECT_EQ(Json("POST", roles, admin, R"({"role":"coach"})").status, 422)
      << "a coach's scope is a programme, never the organisation";
  EXPECT_EQ(Json("POST", roles, admin,
                 "{\"role\":\"coach\",\"scope\":\"unit:" +
                     std::to_string(UnitNamed("Hemtjänst Norr")) + "\"}")
                .status,
            422);
  EXPECT_EQ(Json("POST", roles, admin, R"({"role":"coach","scope":"programme:999999"})").status,
            422);
  EXPECT_EQ(
      Json("POST", roles, admin, "{\"role\":\"coach\",\"scope\":\"programme:" + programme_ + "\"}")
          .status,
      204);
  // Norrby takes part in the programme but does not host it: its admin cannot make a coach of it.
  TestClient norrby = As("admin@norrby.example");
  const std::string norrby_member = std::to_string(UserId("team@norrby.example"));
  EXPECT_EQ(Json("POST", "/api/v1/users/" + norrby_member + "/roles", norrby,
                 "{\"role\":\"coach\",\"scope\":\"programme:" + programme_ + "\"}")
                .status,
            422);
  // A coach cannot give roles.
  EXPECT_EQ(Json("POST", roles, Coach(),
                 "{\"role\":\"coach\",\"scope\":\"programme:" + programme_ + "\"}")
                .status,
            403);
}

}  // namespace
}  // namespace stegvis::web
