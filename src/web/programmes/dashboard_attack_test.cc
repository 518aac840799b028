// What an attacker tries against the programme dashboard: reading another organisation's
// programme through the page, the JSON and the funnel plot; reaching another programme's
// measure definition through this programme's address; script in a definition's name.

#include <string>

#include <boost/json.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class DashboardAttackTest : public WebTest {
 protected:
  void SetUp() override { SeedDemo(); }
  static HeaderList Json(const TestClient& c) {
    return {{"content-type", "application/json"}, {"x-csrf-token", c.csrf}};
  }
  // Creates through the API and returns the new object's id.
  std::string Create(const TestClient& c, const std::string& url, const std::string& body) {
    Response r = Send("POST", url, c, body, Json(c));
    EXPECT_EQ(r.status, 201) << r.body;
    return std::to_string(boost::json::parse(r.body).at("id").as_int64());
  }
};

TEST_F(DashboardAttackTest, AUserOfAnotherOrganisationGetsNotFoundNotData) {
  // A programme of Solvik's own, with one of its teams and a proportion: Norrby takes no part.
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const std::string id = Create(strateg, "/api/v1/programmes", R"({"name":"Hemligt program"})");
  const std::string definition =
      Create(strateg, "/api/v1/programmes/" + id + "/measure-definitions",
             R"({"name":"Hemlig andel","data_type":"proportion","unit":"%"})");
  ASSERT_EQ(
      Post("/program/" + id + "/team", strateg, "team_id=" + std::to_string(TeamId("Läslust")))
          .status,
      303);
  TestClient norrby = As("admin@norrby.example");
  for (const std::string& url :
       {"/program/" + id + "/oversikt", "/api/v1/programmes/" + id + "/dashboard",
        "/api/v1/programmes/" + id + "/measure-definitions/" + definition + "/funnel.svg",
        "/api/v1/programmes/" + id + "/measure-definitions/" + definition + "/funnel.png"}) {
    Response r = Get(url, norrby);
    EXPECT_EQ(r.status, 404) << url;
    EXPECT_FALSE(Has(r, "Hemlig")) << url;
    EXPECT_FALSE(Has(r, "Läslust")) << url;
  }
  EXPECT_EQ(Get("/program/" + id + "/oversikt", strateg).status, 200);
}

TEST_F(DashboardAttackTest, AnotherProgrammesDefinitionIsNotFoundThroughThisProgramme) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const std::string other = Create(strateg, "/api/v1/programmes", R"({"name":"Annat"})");
  const std::string definition =
      Create(strateg, "/api/v1/programmes/" + other + "/measure-definitions",
             R"({"name":"Annan andel","data_type":"proportion"})");
  const std::string through_this = "/api/v1/programmes/" +
                                   std::to_string(ProgrammeId("Jämställd hemtjänst")) +
                                   "/measure-definitions/" + definition + "/funnel.svg";
  const std::string png = through_this.substr(0, through_this.size() - 3) + "png";
  EXPECT_EQ(Get(through_this, strateg).status, 404);
  EXPECT_EQ(Get(png, strateg).status, 404);
  // Nor a guest through the host's programme.
  EXPECT_EQ(Get(through_this, As("admin@norrby.example")).status, 404);
  EXPECT_EQ(Get(png, As("admin@norrby.example")).status, 404);
}

TEST_F(DashboardAttackTest, ScriptInADefinitionsNameComesBackEscaped) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const std::string programme = std::to_string(ProgrammeId("Jämställd hemtjänst"));
  Create(strateg, "/api/v1/programmes/" + programme + "/measure-definitions",
         R"({"name":"<script>alert(1)</script>","data_type":"count"})");
  Response page = Get("/program/" + programme + "/oversikt", strateg);
  ASSERT_EQ(page.status, 200);
  EXPECT_FALSE(Has(page, "<script>alert(1)"));
  EXPECT_TRUE(Has(page, "&lt;script&gt;alert(1)"));
  EXPECT_TRUE(Has(page, "Inte infört av teamet")) << "no team has adopted the new definition";
}

}  // namespace
}  // namespace stegvis::web
