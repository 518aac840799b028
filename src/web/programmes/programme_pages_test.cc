// Programmes through the real router, templates and a real store: what the host's strategist,
// a team member and a user of the second municipality see and may do.

#include <string>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

using ProgrammePagesTest = WebTest;

TEST_F(ProgrammePagesTest, TheSecondMunicipalitySeesTheProgrammeAndOnlyItsOwnTeams) {
  SeedDemo();
  const std::string url = "/program/" + std::to_string(ProgrammeId("Jämställd hemtjänst"));
  Response norrby = Get(url, As("admin@norrby.example"));
  ASSERT_EQ(norrby.status, 200);
  EXPECT_TRUE(Has(norrby, "Hela dagen"));
  EXPECT_TRUE(Has(norrby, "Min plan"));
  EXPECT_FALSE(Has(norrby, "Trygg hemgång")) << "Solvik's team is Solvik's";
  EXPECT_TRUE(Has(norrby, "Ytterligare 2 team deltar"));
  EXPECT_TRUE(Has(norrby, "Lärandeseminarium 1"));
  Response measure =
      Get("/matt/" + std::to_string(MeasureOf("Trygg hemgång")), As("admin@norrby.example"));
  EXPECT_EQ(measure.status, 404);
  Response solvik = Get(url, As(kDemoEmails.at("admin")));
  // The breadcrumb names the programme ("Start › Program › Program" said nothing).
  EXPECT_TRUE(Has(solvik, "<a href=\"/program\">Program</a> › Jämställd hemtjänst</p>"));
  EXPECT_TRUE(Has(solvik, "Trygg hemgång"));
  EXPECT_TRUE(Has(solvik, "Rätt tid"));
  // The host sees its guests' programme work, without links into another organisation.
  EXPECT_TRUE(Has(solvik, "Hela dagen"));
  EXPECT_FALSE(Has(solvik, "/team/" + std::to_string(TeamId("Hela dagen")) + "\""));
}

TEST_F(ProgrammePagesTest, ProgrammeSmallChartsWrapLongNamesAndShowTheTeamsCycles) {
  SeedDemo();
  const std::string url = "/program/" + std::to_string(ProgrammeId("Jämställd hemtjänst"));
  Response r = Get(url, As(kDemoEmails.at("strateg")));
  ASSERT_EQ(r.status, 200);
  // "Besök som börjar inom 15 minuter från planerad tid" does not fit one line of a small chart.
  EXPECT_TRUE(Has(r, ">Besök som börjar inom 15 minuter från</tspan>")) << "wrapped, not cut";
  EXPECT_TRUE(Has(r, ">planerad tid</tspan>"));
  EXPECT_TRUE(Has(r, "class=\"annotation\"")) << "the team's PDSA cycles on its small chart";
  EXPECT_TRUE(Has(r, "PGSA 1: Anpassa"));
  // Each small chart is drawn for a phone too, as the measure page's charts are.
  EXPECT_TRUE(Has(r, "class=\"chart-wide\"")) << "the drawing for a wide screen";
  EXPECT_TRUE(Has(r, "class=\"chart-narrow\""))
      << "and the one whose text stays readable at 360 px";
}

TEST_F(ProgrammePagesTest, AStrategistStartsAProgrammeWithACalendarAndATeam) {
  SeedDemo();
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response refused = Post("/program", strateg, "name=&starts_on=2027-01-01");
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(Has(refused, "id=\"name-error\""));
  Response created = Post("/program", strateg,
                          "name=Trygg+skola&theme=N%C3%A4rvaro&starts_on=2027-01-01&"
                          "ends_on=2027-12-31");
  ASSERT_EQ(created.status, 303);
  const std::string url(created.Header("Location"));
  EXPECT_EQ(Post(url + "/kalender", strateg,
                 "kind=learning_session&title=L%C3%A4randeseminarium+1&starts_on=2027-02-01")
                .status,
            303);
  EXPECT_EQ(Post(url + "/team", strateg, "team_id=" + std::to_string(TeamId("Läslust"))).status,
            303);
  Response page = Get(url, strateg);
  EXPECT_TRUE(Has(page, "Lärandeseminarium 1"));
  EXPECT_TRUE(Has(page, "Läslust"));
  EXPECT_EQ(Post(url + "/team", As(kDemoEmails.at("chef")), "team_id=1").status, 403);
}

// The API twin of the page's "add a team": the host's own teams only, by those who run it.
TEST_F(ProgrammePagesTest, TheApiAddsAHostTeamToAProgramme) {
  SeedDemo();
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const std::string id = std::to_string(ProgrammeId("Jämställd hemtjänst"));
  auto add = [&](const TestClient& client, const std::string& json) {
    return Send("POST", "/api/v1/programmes/" + id + "/teams", client, json,
                {{"content-type", "application/json"}, {"x-csrf-token", client.csrf}});
  };
  const std::string laslust = std::to_string(TeamId("Läslust"));
  EXPECT_FALSE(Has(Get("/api/v1/programmes/" + id, strateg), "\"Läslust\""));
  EXPECT_EQ(add(As(kDemoEmails.at("chef")), R"({"team_id": )" + laslust + "}").status, 403);
  EXPECT_EQ(add(strateg, R"({"team_id": "x"})").status, 422);
  EXPECT_EQ(add(strateg, R"({"team_id": )" + std::to_string(TeamId("Hela dagen")) + "}").status,
            422)
      << "a team of another organisation is invited, never added";
  Response added = add(strateg, R"({"team_id": )" + laslust + "}");
  EXPECT_EQ(added.status, 204) << added.body;
  EXPECT_TRUE(Has(Get("/api/v1/programmes/" + id, strateg), "Läslust"));
}

TEST_F(ProgrammePagesTest, TheApiListsTheProgrammesATeamTakesPartIn) {
  SeedDemo();
  Response programmes = Get("/api/v1/programmes", As(kDemoEmails.at("teammedlem")));
  EXPECT_TRUE(Has(programmes, "Jämställd hemtjänst"));
}

TEST_F(ProgrammePagesTest, AProgrammeOfTheWholeOrganisationSaysSo) {
  SeedDemo();
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response created = Send("POST", "/api/v1/programmes", strateg, R"({"name":"Hela kommunen"})",
                          {{"content-type", "application/json"}, {"x-csrf-token", strateg.csrf}});
  ASSERT_EQ(created.status, 201);
  Response page = Get("/program/" + std::to_string(ProgrammeId("Hela kommunen")), strateg);
  EXPECT_TRUE(Has(page, "Drivs av: Hela organisationen"));
}

}  // namespace
}  // namespace stegvis::web
