// The structure's JSON twins: an integration creates units and teams, renames them and moves
// a unit, with the forms' checks (every wrong field at once), the audit trail, and nothing
// for who is not an admin (or, for a team, may not change it) or of another organisation.

#include <boost/json/parse.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class StructureApiTest : public WebTest {
 protected:
  void SetUp() override {
    WebTest::SetUp();
    SeedDemo();
    admin_ = As(kDemoEmails.at("admin"));
  }
  Response Json(const std::string& method, const std::string& path, const TestClient& client,
                const std::string& body) {
    return Send(method, path, client, body,
                {{"x-csrf-token", client.csrf}, {"content-type", "application/json"}});
  }
  static boost::json::object Object(const Response& r) {
    return boost::json::parse(r.body).as_object();
  }
  TestClient admin_;
};

TEST_F(StructureApiTest, AnAdminBuildsUnitsAndTeamsThroughTheApi) {
  const domain::Id parent = UnitNamed("Hemtjänst Norr");
  Response unit = Json(
      "POST", "/api/v1/units", admin_,
      R"({"name": "Nattpatrullen", "kind": "enhet", "parent_id": )" + std::to_string(parent) + "}");
  ASSERT_EQ(unit.status, 201) << unit.body;
  const std::int64_t unit_id = Object(unit).at("id").as_int64();
  EXPECT_EQ(unit.Header("Location"), "/api/v1/units/" + std::to_string(unit_id));
  Response list = Get("/api/v1/units?limit=500", admin_);
  ASSERT_EQ(list.status, 200);
  bool listed = false;
  const boost::json::object units = Object(list);
  for (const auto& u : units.at("units").as_array()) {
    if (u.at("id").as_int64() != unit_id) continue;
    listed = true;
    EXPECT_EQ(u.at("name").as_string(), "Nattpatrullen");
    EXPECT_EQ(u.at("parent_id").as_int64(), parent);
  }
  EXPECT_TRUE(listed);

  // Renamed and moved to the top; absent members stay as they were.
  Response moved = Json("PUT", "/api/v1/units/" + std::to_string(unit_id), admin_,
                        R"({"name": "Nattpatrull Norr", "parent_id": null})");
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(Object(moved).at("name").as_string(), "Nattpatrull Norr");
  EXPECT_TRUE(Object(moved).at("parent_id").is_null());
  EXPECT_EQ(Object(moved).at("kind").as_string(), "enhet");

  Response team = Json("POST", "/api/v1/teams", admin_,
                       R"({"name": "Nattlaget", "unit_id": )" + std::to_string(unit_id) + "}");
  ASSERT_EQ(team.status, 201) << team.body;
  const std::int64_t team_id = Object(team).at("id").as_int64();
  Response changed = Json("PUT", "/api/v1/teams/" + std::to_string(team_id), admin_,
                          R"({"description": "Arbetar 22–06"})");
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(Object(changed).at("name").as_string(), "Nattlaget");
  EXPECT_EQ(Object(changed).at("description").as_string(), "Arbetar 22–06");
  EXPECT_EQ(Object(changed).at("unit").as_string(), "Nattpatrull Norr");
  // Each change is in the audit trail.
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    EXPECT_EQ(tx.Audit().List("unit", unit_id).size(), 2u) << "created, then changed";
    EXPECT_EQ(tx.Audit().List("team", team_id).size(), 2u);
    return true;
  });
}

TEST_F(StructureApiTest, EveryWrongFieldIsNamedAtOnce) {
  Response refused = Json("POST", "/api/v1/units", admin_,
                          R"({"name": "", "kind": "avdelning", "parent_id": 999999})");
  ASSERT_EQ(refused.status, 422) << refused.body;
  const boost::json::object body = Object(refused);
  const boost::json::array& errors = body.at("error").at("errors").as_array();
  std::set<std::string> fields;
  for (const auto& e : errors) fields.insert(std::string(e.at("field").as_string()));
  EXPECT_TRUE(fields.count("name")) << refused.body;
  EXPECT_TRUE(fields.count("kind")) << refused.body;
  EXPECT_TRUE(fields.count("parent_id")) << refused.body;
  // A unit under one of its own subunits: Hemtjänst Norr's parent under Hemtjänst Norr.
  const domain::Id child = UnitNamed("Hemtjänst Norr");
  domain::Id parent = 0;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    parent = tx.Units().Find(child)->parent_id.value_or(0);
    return true;
  });
  ASSERT_NE(parent, 0);
  Response cycle = Json("PUT", "/api/v1/units/" + std::to_string(parent), admin_,
                        R"({"parent_id": )" + std::to_string(child) + "}");
  EXPECT_EQ(cycle.status, 422) << cycle.body;
  EXPECT_NE(cycle.body.find("sina underenheter"), std::string::npos) << cycle.body;
  Response team = Json("POST", "/api/v1/teams", admin_,
                       R"({"name": ")" + std::string(201, 'x') + R"(", "unit_id": 1})");
  EXPECT_EQ(team.status, 422) << team.body;
  EXPECT_EQ(Json("POST", "/api/v1/teams", admin_, R"({"name": "Utan enhet"})").status, 422);
}

TEST_F(StructureApiTest, OthersChangeNothing) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  EXPECT_EQ(Json("POST", "/api/v1/units", member, R"({"name": "Egen", "kind": "enhet"})").status,
            403);
  EXPECT_EQ(Get("/api/v1/units", member).status, 403);
  // A team member may change their own team's name and description, as on the team's page.
  const domain::Id own = TeamId("Trygg hemgång");
  EXPECT_EQ(Json("PUT", "/api/v1/teams/" + std::to_string(own), member,
                 R"({"description": "Vi testar nattlampor"})")
                .status,
            200);
  // Another organisation's admin sees neither the unit nor the team.
  TestClient other = As("admin@norrby.example");
  EXPECT_EQ(Json("PUT", "/api/v1/units/" + std::to_string(UnitNamed("Hemtjänst Norr")), other,
                 R"({"name": "Kapad"})")
                .status,
            404);
  EXPECT_EQ(
      Json("PUT", "/api/v1/teams/" + std::to_string(own), other, R"({"name": "Kapad"})").status,
      404);
  EXPECT_EQ(Json("POST", "/api/v1/teams", other,
                 R"({"name": "Inkräktare", "unit_id": )" +
                     std::to_string(UnitNamed("Hemtjänst Norr")) + "}")
                .status,
            422)
      << "a unit of another organisation is no unit";
  Response units = Get("/api/v1/units?limit=500", other);
  ASSERT_EQ(units.status, 200);
  const boost::json::object listed = Object(units);
  for (const auto& u : listed.at("units").as_array()) {
    EXPECT_NE(u.at("name").as_string(), "Hemtjänst Norr");
  }
}

}  // namespace
}  // namespace stegvis::web
