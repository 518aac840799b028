// Admins delete empty units and teams without projects, and move teams between units: the
// refusals say what is left, deletions and moves are audited, and who may see a moved team
// follows its new unit.

#include <boost/json/parse.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class StructureChangesTest : public WebTest {
 protected:
  void SetUp() override {
    WebTest::SetUp();
    SeedDemo();
    admin_ = As(kDemoEmails.at("admin"));
  }
  static std::string Decoded(std::string name) {
    for (char& c : name) c = c == '+' ? ' ' : c;
    return name;
  }
  HeaderList Json(const TestClient& client) {
    return {{"x-csrf-token", client.csrf}, {"content-type", "application/json"}};
  }
  domain::Id NewUnit(const std::string& name) {
    EXPECT_EQ(Post("/admin/enheter", admin_, "name=" + name + "&kind=enhet&parent_id=").status,
              303);
    return UnitNamed(Decoded(name));
  }
  domain::Id NewTeam(const std::string& name, domain::Id unit) {
    EXPECT_EQ(
        Post("/admin/team", admin_, "name=" + name + "&unit_id=" + std::to_string(unit)).status,
        303);
    return TeamId(Decoded(name));
  }
  TestClient admin_;
};

TEST_F(StructureChangesTest, AUnitWithContentsIsKeptAndTheRefusalSaysWhatIsLeft) {
  const std::string norr = std::to_string(UnitNamed("Hemtjänst Norr"));
  Response confirm = Get("/admin/enheter/" + norr + "/ta-bort", admin_);
  ASSERT_EQ(confirm.status, 200);
  EXPECT_TRUE(Has(confirm, "Ta bort enheten Hemtjänst Norr?"));
  EXPECT_TRUE(Has(confirm, "Ja, ta bort enheten"));
  Response refused = Post("/admin/enheter/" + norr + "/ta-bort", admin_, "");
  EXPECT_EQ(refused.status, 409);
  EXPECT_TRUE(Has(refused,
                  "Kvar: 0 underenheter, 1 team, 0 användare med roll i enheten, "
                  "3 självskattningar"))
      << refused.body;
  EXPECT_FALSE(Has(refused, "Ja, ta bort enheten")) << "no button for what cannot be done";
  EXPECT_TRUE(Has(refused, ">Tillbaka</a>"));
  // The administration above it: three units and the manager scoped to it.
  Response api = Send("DELETE",
                      "/api/v1/units/" + std::to_string(UnitNamed("Vård- och "
                                                                  "omsorgsförvaltningen")),
                      admin_, "", {{"x-csrf-token", admin_.csrf}, {"accept-language", "en"}});
  ASSERT_EQ(api.status, 409);
  auto error = boost::json::parse(api.body).at("error").as_object();
  EXPECT_EQ(error.at("code").as_string(), "conflict");
  EXPECT_EQ(error.at("subunits").as_int64(), 3);
  EXPECT_EQ(error.at("teams").as_int64(), 0);
  EXPECT_EQ(error.at("users").as_int64(), 1);
  EXPECT_TRUE(std::string_view(error.at("message").as_string())
                  .starts_with("The unit is not empty and cannot be deleted. Left: 3 sub-units, "
                               "0 teams, 1 users"))
      << api.body;
  EXPECT_NE(UnitNamed("Hemtjänst Norr"), 0);
}

TEST_F(StructureChangesTest, AnEmptyUnitIsDeletedAfterConfirmingAndTheTrailSaysSo) {
  const domain::Id unit = NewUnit("Tomma+enheten");
  ASSERT_NE(unit, 0);
  const std::string path = "/admin/enheter/" + std::to_string(unit);
  EXPECT_TRUE(Has(Get(path, admin_), "href=\"" + path + "/ta-bort\""));
  Response done = Post(path + "/ta-bort", admin_, "");
  ASSERT_EQ(done.status, 303);
  EXPECT_EQ(done.Header("Location"), "/admin/struktur?borttagen=1");
  EXPECT_TRUE(Has(Get("/admin/struktur?borttagen=1", admin_), "Borttaget."));
  EXPECT_EQ(UnitNamed("Tomma enheten"), 0);
  EXPECT_EQ(Get(path, admin_).status, 404);
  Response csv = Get("/admin/historik.csv", admin_);
  EXPECT_TRUE(Has(csv, "\"delete\";\"unit\";" + std::to_string(unit) + ";")) << "audited";
  // The JSON twin.
  const domain::Id other = NewUnit("Andra+enheten");
  EXPECT_EQ(
      Send("DELETE", "/api/v1/units/" + std::to_string(other), admin_, "", Json(admin_)).status,
      204);
  EXPECT_EQ(UnitNamed("Andra enheten"), 0);
  EXPECT_EQ(
      Send("DELETE", "/api/v1/units/" + std::to_string(other), admin_, "", Json(admin_)).status,
      404);
}

TEST_F(StructureChangesTest, ATeamWithProjectsOrMembersIsKeptAndAnEmptyOneIsDeleted) {
  const std::string trygg = std::to_string(TeamId("Trygg hemgång"));
  Response refused = Post("/admin/team/" + trygg + "/ta-bort", admin_, "");
  EXPECT_EQ(refused.status, 409);
  EXPECT_TRUE(Has(refused, "Teamet kan inte tas bort: det har ")) << refused.body;
  Response api = Send("DELETE", "/api/v1/teams/" + trygg, admin_, "", Json(admin_));
  ASSERT_EQ(api.status, 409);
  auto error = boost::json::parse(api.body).at("error").as_object();
  EXPECT_GE(error.at("projects").as_int64(), 1);
  EXPECT_EQ(error.at("users").as_int64(), 1) << "team@solvik.example";
  EXPECT_NE(TeamId("Trygg hemgång"), 0);

  const domain::Id empty = NewTeam("Nytt+team", UnitNamed("Hemtjänst Norr"));
  ASSERT_NE(empty, 0);
  const std::string path = "/admin/team/" + std::to_string(empty);
  EXPECT_TRUE(Has(Get("/admin/struktur", admin_), "href=\"" + path + "\""));
  Response confirm = Get(path + "/ta-bort", admin_);
  ASSERT_EQ(confirm.status, 200);
  EXPECT_TRUE(Has(confirm, "Ta bort teamet Nytt team?"));
  EXPECT_EQ(Post(path + "/ta-bort", admin_, "").status, 303);
  EXPECT_EQ(TeamId("Nytt team"), 0);
  EXPECT_EQ(Get("/team/" + std::to_string(empty), admin_).status, 404);
  EXPECT_TRUE(Has(Get("/admin/historik.csv", admin_),
                  "\"delete\";\"team\";" + std::to_string(empty) + ";"));
}

TEST_F(StructureChangesTest, AMovedTeamIsSeenByTheNewUnitsManagersAndNoLongerByTheOldOnes) {
  const domain::Id team = TeamId("Trygg hemgång");
  const std::string project = "/projekt/" + std::to_string(ProjectOf("Trygg hemgång"));
  const std::string page = "/team/" + std::to_string(team);
  TestClient chef = As(kDemoEmails.at("chef"));  // manages the care administration
  ASSERT_EQ(Get(page, chef).status, 200);
  ASSERT_EQ(Get(project, chef).status, 200);
  const domain::Id school = UnitNamed("Ekbackens skola");
  Response moved = Post("/admin/team/" + std::to_string(team) + "/flytta", admin_,
                        "unit_id=" + std::to_string(school));
  ASSERT_EQ(moved.status, 303);
  Response after = Get(std::string(moved.Header("Location")), admin_);
  EXPECT_TRUE(Has(after, "Teamet är flyttat."));
  EXPECT_TRUE(Has(after, "Teamet hör till Ekbackens skola."));
  EXPECT_EQ(TeamById(team).unit_id, school);
  // The policy now places the team and its work in the school.
  EXPECT_EQ(Get(page, chef).status, 403);
  EXPECT_EQ(Get(project, chef).status, 403);
  EXPECT_EQ(Post(page, chef, "name=X&description=").status, 403);
  for (const std::string role : {"admin", "strateg", "teammedlem", "politiker"}) {
    EXPECT_EQ(Get(project, As(kDemoEmails.at(role))).status, 200) << role;
  }
  Response history = Get("/historik/team/" + std::to_string(team), admin_);
  EXPECT_TRUE(Has(history, "Flyttade"));
  EXPECT_TRUE(Has(history, "Ekbackens skola"));
  // Back through the JSON twin; a unit of another organisation is refused.
  const std::string api = "/api/v1/teams/" + std::to_string(team) + "/unit";
  const domain::Id norr = UnitNamed("Hemtjänst Norr");
  Response back =
      Send("PUT", api, admin_, "{\"unit_id\":" + std::to_string(norr) + "}", Json(admin_));
  ASSERT_EQ(back.status, 200) << back.body;
  EXPECT_EQ(boost::json::parse(back.body).at("unit").as_string(), "Hemtjänst Norr");
  EXPECT_EQ(Get(project, chef).status, 200);
  Response foreign =
      Send("PUT", api, admin_,
           "{\"unit_id\":" + std::to_string(UnitNamed("Hemtjänst Centrum")) + "}", Json(admin_));
  EXPECT_EQ(foreign.status, 422);
  EXPECT_EQ(boost::json::parse(foreign.body).at("error").at("field").as_string(), "unit_id");
  EXPECT_EQ(TeamById(team).unit_id, norr);
  EXPECT_EQ(Post("/admin/team/" + std::to_string(team) + "/flytta", chef,
                 "unit_id=" + std::to_string(school))
                .status,
            403);
}

}  // namespace
}  // namespace stegvis::web
