// What an attacker tries against a programme's set-up: changing another organisation's
// programme it takes part in, moving another programme's calendar entry through this one's
// address, script in every field, and a form without the CSRF token; against its common
// measure definitions: another organisation's user, a team member of a team outside the
// programme, a closed programme, and another programme's definition adopted into a project or
// read through this programme's address.

#include <string>

#include "domain/access.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class ProgrammeAttackTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    url_ = "/program/" + std::to_string(ProgrammeId("Jämställd hemtjänst"));
  }
  std::string url_;
};

TEST_F(ProgrammeAttackTest, AGuestOrganisationsAdminCannotChangeTheHostsProgramme) {
  // Norrby's teams take part, so its admin reads the programme, but Solvik runs it.
  TestClient norrby = As("admin@norrby.example");
  ASSERT_EQ(Get(url_, norrby).status, 200);
  EXPECT_EQ(Get(url_ + "/andra", norrby).status, 404);
  EXPECT_EQ(Post(url_, norrby, "version=1&name=Kapat").status, 404);
  EXPECT_EQ(Post(url_ + "/stangd", norrby, "version=1&closed=1").status, 404);
  EXPECT_EQ(Send("PUT", "/api/v1/programmes/" + std::to_string(ProgrammeId("Jämställd hemtjänst")),
                 norrby, R"({"version":1,"name":"Kapat"})",
                 {{"content-type", "application/json"}, {"x-csrf-token", norrby.csrf}})
                .status,
            404);
  Response page = Get(url_, norrby);
  EXPECT_TRUE(Has(page, "<h1>Jämställd hemtjänst</h1>"));
  EXPECT_FALSE(Has(page, "(stängt)"));
}

TEST_F(ProgrammeAttackTest, AnotherProgrammesEntryCannotBeMovedThroughThisProgramme) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response created = Post("/program", strateg, "name=Annat&starts_on=2027-01-01");
  ASSERT_EQ(created.status, 303);
  const std::string other(created.Header("Location"));
  ASSERT_EQ(
      Post(other + "/kalender", strateg, "kind=learning_session&title=Eget&starts_on=2027-02-01")
          .status,
      303);
  // The other programme's entry is the newest row of the calendar table.
  domain::Id entry = 0;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    for (const auto& e : tx.Programmes().ListEvents(std::stoll(other.substr(9)))) entry = e.id;
    return true;
  });
  ASSERT_NE(entry, 0);
  const std::string through_this = url_ + "/kalender/" + std::to_string(entry);
  EXPECT_EQ(Get(through_this, strateg).status, 404);
  EXPECT_EQ(Post(through_this, strateg, "title=Kapat&starts_on=2025-01-01").status, 404);
  EXPECT_EQ(Post(through_this + "/ta-bort", strateg).status, 404);
  EXPECT_TRUE(Has(Get(other, strateg), "<strong>Eget</strong>")) << "untouched";
}

TEST_F(ProgrammeAttackTest, ScriptInEveryFieldComesBackEscaped) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const std::string script = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";
  ASSERT_EQ(Post(url_, strateg,
                 "version=1&name=" + script + "&theme=" + script + "&aim=" + script +
                     "&starts_on=2024-09-01&ends_on=2026-12-31")
                .status,
            303);
  ASSERT_EQ(Post(url_ + "/kalender", strateg,
                 "kind=learning_session&title=" + script + "&starts_on=2025-01-01")
                .status,
            303);
  for (const std::string& page : {url_, url_ + "/andra", std::string("/program")}) {
    Response r = Get(page, strateg);
    EXPECT_FALSE(Has(r, "<script>alert(1)")) << page;
    EXPECT_TRUE(Has(r, "&lt;script&gt;alert(1)")) << page;
  }
  Response refused = Post(url_, strateg, "version=2&name=&aim=" + script);
  EXPECT_EQ(refused.status, 422);
  EXPECT_FALSE(Has(refused, "<script>alert(1)"));
}

TEST_F(ProgrammeAttackTest, ClosingOrMovingWithoutTheCsrfTokenChangesNothing) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  TestClient forged = strateg;
  forged.csrf = "fel";
  EXPECT_EQ(Post(url_ + "/stangd", forged, "version=1&closed=1").status, 403);
  EXPECT_EQ(Post(url_, forged, "version=1&name=Kapat").status, 403);
  Response page = Get(url_, strateg);
  EXPECT_FALSE(Has(page, "(stängt)"));
  EXPECT_TRUE(Has(page, "<h1>Jämställd hemtjänst</h1>"));
}

// Common measure definitions and their adoption.
class DefinitionAttackTest : public ProgrammeAttackTest {
 protected:
  void SetUp() override {
    ProgrammeAttackTest::SetUp();
    programme_ = ProgrammeId("Jämställd hemtjänst");
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      definition_ = tx.Measures().ListOfProgramme(programme_).front().id;
      return true;
    });
  }
  static HeaderList Json(const TestClient& c) {
    return {{"content-type", "application/json"}, {"x-csrf-token", c.csrf}};
  }
  // A team member of "Färre fall", a team of Solvik that takes no part in the programme, with a
  // project of its own.
  TestClient OutsideMember() {
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      const domain::Id team = TeamId("Färre fall");
      const domain::Team t = *tx.Teams().Find(team);
      domain::Id user = tx.Users().Create(
          domain::NewUser{t.organisation_id, "utanfor@solvik.example", "Utan För", "sv", "x"},
          clock_.NowUnixSeconds());
      tx.Users().AddMembership(
          domain::Membership{0, user, domain::Role::kTeammedlem, domain::ScopeKind::kTeam, team},
          clock_.NowUnixSeconds());
      domain::Project p;
      p.organisation_id = t.organisation_id;
      p.team_id = team;
      p.title = "Eget projekt";
      tx.Projects().Create(p, clock_.NowUnixSeconds());
      return true;
    });
    return As("utanfor@solvik.example");
  }
  domain::Id programme_ = 0, definition_ = 0;
};

TEST_F(DefinitionAttackTest, AnotherOrganisationsUserNeitherDefinesNorChangesNorAdoptsForOthers) {
  TestClient norrby = As("admin@norrby.example");
  const std::string api = "/api/v1/programmes/" + std::to_string(programme_);
  EXPECT_EQ(Get(url_ + "/matt/ny", norrby).status, 404);
  EXPECT_EQ(Post(url_ + "/matt", norrby, "name=Kapat&data_type=count").status, 404);
  EXPECT_EQ(
      Post(url_ + "/matt/" + std::to_string(definition_), norrby, "version=1&name=Kapat").status,
      404);
  EXPECT_EQ(Post(url_ + "/matt/" + std::to_string(definition_) + "/avveckla", norrby,
                 "version=1&retired=1")
                .status,
            404);
  EXPECT_EQ(Send("POST", api + "/measure-definitions", norrby, R"({"name":"Kapat"})", Json(norrby))
                .status,
            404);
  EXPECT_EQ(Send("PUT", api + "/measure-definitions/" + std::to_string(definition_), norrby,
                 R"({"version":1,"name":"Kapat"})", Json(norrby))
                .status,
            404);
  // Solvik's project is not Norrby's to add measures to.
  EXPECT_EQ(
      Send("POST", "/api/v1/projects/" + std::to_string(ProjectOf("Trygg hemgång")) + "/measures",
           norrby, "{\"definition_id\":" + std::to_string(definition_) + "}", Json(norrby))
          .status,
      404);
  Response programme = Get(url_, As(kDemoEmails.at("strateg")));
  EXPECT_FALSE(Has(programme, "Kapat"));
  EXPECT_FALSE(Has(programme, "avvecklat"));
}

TEST_F(DefinitionAttackTest, AMemberOfATeamOutsideTheProgrammeAdoptsNothing) {
  TestClient outside = OutsideMember();
  const domain::Id own = ProjectOf("Färre fall");
  const std::string body = "{\"definition_id\":" + std::to_string(definition_) + "}";
  // Not into a project of the programme: that team is not theirs.
  EXPECT_EQ(
      Send("POST", "/api/v1/projects/" + std::to_string(ProjectOf("Trygg hemgång")) + "/measures",
           outside, body, Json(outside))
          .status,
      403);
  // Nor into their own project, which is in no programme.
  Response refused = Send("POST", "/api/v1/projects/" + std::to_string(own) + "/measures", outside,
                          body, Json(outside));
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(Has(refused, "i projektets program"));
  EXPECT_EQ(Get("/projekt/" + std::to_string(own) + "/gemensamma-matt", outside).status, 404);
  EXPECT_EQ(Get(url_ + "/matt/ny", outside).status, 403);
}

TEST_F(DefinitionAttackTest, AClosedProgrammeRefusesDefinitionsAndAdoption) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  ASSERT_EQ(Post(url_ + "/stangd", strateg, "version=1&closed=1").status, 303);
  const std::string api = "/api/v1/programmes/" + std::to_string(programme_);
  Response created = Send("POST", api + "/measure-definitions", strateg,
                          R"({"name":"Nytt","data_type":"count"})", Json(strateg));
  EXPECT_EQ(created.status, 409);
  EXPECT_TRUE(Has(created, "\"field\":\"closed\""));
  EXPECT_EQ(Send("POST", api + "/measure-definitions/" + std::to_string(definition_) + "/retire",
                 strateg, R"({"version":1})", Json(strateg))
                .status,
            409);
  EXPECT_EQ(Get(url_ + "/matt/ny", strateg).status, 409);
  // A definition Trygg hemgång has not adopted yet, made before the programme closed, is
  // refused too.
  TestClient team = As(kDemoEmails.at("teammedlem"));
  ASSERT_EQ(Post(url_ + "/stangd", strateg, "version=2&closed=0").status, 303);
  Response added =
      Send("POST", api + "/measure-definitions", strateg,
           R"({"name":"Väntetid","data_type":"continuous","unit":"dagar"})", Json(strateg));
  ASSERT_EQ(added.status, 201);
  const std::string fresh = std::to_string(boost::json::parse(added.body).at("id").as_int64());
  ASSERT_EQ(Post(url_ + "/stangd", strateg, "version=3&closed=1").status, 303);
  Response adopted =
      Send("POST", "/api/v1/projects/" + std::to_string(ProjectOf("Trygg hemgång")) + "/measures",
           team, "{\"definition_id\":" + fresh + "}", Json(team));
  EXPECT_EQ(adopted.status, 409);
  EXPECT_TRUE(Has(adopted, "\"field\":\"closed\""));
  const std::string page =
      "/projekt/" + std::to_string(ProjectOf("Trygg hemgång")) + "/gemensamma-matt";
  Response offered = Get(page, team);
  ASSERT_EQ(offered.status, 200);
  EXPECT_TRUE(Has(offered, "Programmet är avslutat"));
  EXPECT_FALSE(Has(offered, "name=\"definition_id\"")) << "no form the server would refuse";
  EXPECT_EQ(Post(page, team, "definition_id=" + fresh).status, 409);
}

TEST_F(DefinitionAttackTest, AnotherProgrammesDefinitionCannotBeAdoptedIntoThisProject) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response other =
      Send("POST", "/api/v1/programmes", strateg, R"({"name":"Annat program"})", Json(strateg));
  ASSERT_EQ(other.status, 201);
  const std::string other_id = std::to_string(boost::json::parse(other.body).at("id").as_int64());
  Response definition =
      Send("POST", "/api/v1/programmes/" + other_id + "/measure-definitions", strateg,
           R"({"name":"Annat mått","data_type":"count"})", Json(strateg));
  ASSERT_EQ(definition.status, 201);
  const std::string id = std::to_string(boost::json::parse(definition.body).at("id").as_int64());
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string project = std::to_string(ProjectOf("Trygg hemgång"));
  Response refused = Send("POST", "/api/v1/projects/" + project + "/measures", team,
                          "{\"definition_id\":" + id + "}", Json(team));
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(Has(refused, "i projektets program"));
  // Nor through the page, with the id slipped into the form.
  Response page = Post("/projekt/" + project + "/gemensamma-matt", team, "definition_id=" + id);
  EXPECT_EQ(page.status, 422);
  EXPECT_FALSE(Has(Get("/projekt/" + project, team), "Annat mått"));
  // Read through this programme's address, the other's definition is not there; and Norrby,
  // which takes no part in the other programme, does not read it at its own address either.
  const std::string here = "/api/v1/programmes/" + std::to_string(programme_);
  EXPECT_EQ(Get(here + "/measure-definitions/" + id, team).status, 404);
  const std::string there = "/api/v1/programmes/" + other_id + "/measure-definitions/" + id;
  ASSERT_EQ(Get(there, strateg).status, 200);
  Response hidden = Get(there, As("admin@norrby.example"));
  EXPECT_EQ(hidden.status, 404);
  EXPECT_FALSE(Has(hidden, "Annat mått"));
}

}  // namespace
}  // namespace stegvis::web
