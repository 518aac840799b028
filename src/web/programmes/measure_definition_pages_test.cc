// Common measure definitions through the real router, templates and a real store: the
// strategist defines, edits and retires them as pages and JSON, and a team adopts them into its
// project in one step; the contract of docs/api.md is kept.

#include <string>

#include <boost/json/parse.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class MeasureDefinitionPagesTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    programme_ = std::to_string(ProgrammeId("Jämställd hemtjänst"));
    url_ = "/program/" + programme_;
    api_ = "/api/v1/programmes/" + programme_ + "/measure-definitions";
    project_ = std::to_string(ProjectOf("Trygg hemgång"));
  }
  Response Json(const std::string& method, const std::string& url, const TestClient& client,
                const std::string& body) {
    return Send(method, url, client, body,
                {{"content-type", "application/json"}, {"x-csrf-token", client.csrf}});
  }
  static std::string IdOf(const Response& r) {
    return std::to_string(boost::json::parse(r.body).at("id").as_int64());
  }
  // The programme's definition `id` as GET /api/v1/programmes/{id} lists it (null if absent).
  boost::json::value Listed(const std::string& id) {
    Response r = Get("/api/v1/programmes/" + programme_, As(kDemoEmails.at("teammedlem")));
    const boost::json::value body = boost::json::parse(r.body);
    for (const auto& m : body.at("common_measures").as_array()) {
      if (std::to_string(m.at("id").as_int64()) == id) return m;
    }
    return nullptr;
  }
  std::string programme_, url_, api_, project_;
};

TEST_F(MeasureDefinitionPagesTest, TheApiDefinesChangesAndRetiresWithTheMeasuresFieldNames) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response wrong = Json("POST", api_, strateg, R"({"name":"","data_type":"count"})");
  EXPECT_EQ(wrong.status, 422);
  EXPECT_TRUE(Has(wrong, "\"name\""));
  EXPECT_EQ(Json("POST", api_, strateg, R"({"name":"X","data_type":"liters"})").status, 422);
  Response created =
      Json("POST", api_, strateg,
           R"({"name":"Väntetid","definition":"Dagar från ansökan till beslut","kind":"process",)"
           R"("data_type":"continuous","unit":"dagar","frequency":"month","direction":"down",)"
           R"("target":"10","target_date":"2026-12-31","grouping":"women_men"})");
  ASSERT_EQ(created.status, 201);
  const boost::json::value answer = boost::json::parse(created.body);
  ASSERT_EQ(answer.as_object().size(), 1u) << created.body;
  const std::string id = IdOf(created);
  boost::json::value listed = Listed(id);
  ASSERT_TRUE(listed.is_object());
  EXPECT_EQ(listed.at("data_type").as_string(), "continuous");
  EXPECT_EQ(listed.at("direction").as_string(), "down");
  EXPECT_FALSE(listed.at("retired").as_bool());

  Response changed = Json("PUT", api_ + "/" + id, strateg, R"({"version":1,"target":"8"})");
  ASSERT_EQ(changed.status, 200);
  EXPECT_EQ(boost::json::parse(changed.body).at("target").as_string(), "8");
  Response stale =
      Json("PUT", api_ + "/" + id, As(kDemoEmails.at("admin")), R"({"version":1,"target":"9"})");
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(Has(stale, "Sara Lindqvist")) << stale.body;

  Response retired = Json("POST", api_ + "/" + id + "/retire", strateg, R"({"version":2})");
  ASSERT_EQ(retired.status, 200);
  EXPECT_TRUE(Listed(id).at("retired").as_bool());
  TestClient team = As(kDemoEmails.at("teammedlem"));
  Response refused = Json("POST", "/api/v1/projects/" + project_ + "/measures", team,
                          "{\"definition_id\":" + id + "}");
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(Has(refused, "kan inte tas in"));
}

TEST_F(MeasureDefinitionPagesTest, TheApiNamesEveryWrongFieldAtOnceAndReadsOneDefinition) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const std::string three = R"({"name":"","target":"många","target_date":"igår"})";
  Response wrong = Json("POST", api_, strateg, three);
  ASSERT_EQ(wrong.status, 422);
  const boost::json::value refused = boost::json::parse(wrong.body);
  EXPECT_EQ(refused.at("error").at("field").as_string(), "name");
  ASSERT_EQ(refused.at("error").at("errors").as_array().size(), 3u) << wrong.body;
  EXPECT_EQ(refused.at("error").at("errors").at(2).at("field").as_string(), "target_date");
  TestClient team = As(kDemoEmails.at("teammedlem"));
  Response own = Json("POST", "/api/v1/projects/" + project_ + "/measures", team, three);
  ASSERT_EQ(own.status, 422);
  EXPECT_EQ(boost::json::parse(own.body).at("error").at("errors").as_array().size(), 3u)
      << own.body;

  Response created = Json("POST", api_, strateg, R"({"name":"Väntetid","data_type":"count"})");
  ASSERT_EQ(created.status, 201);
  const std::string url(created.Header("Location"));
  EXPECT_EQ(url, api_ + "/" + IdOf(created));
  Response read = Get(url, team);
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(boost::json::parse(read.body).at("name").as_string(), "Väntetid");
  Response changed = Json("PUT", url, strateg, R"({"version":1,"name":"","target":"x"})");
  ASSERT_EQ(changed.status, 422);
  EXPECT_EQ(boost::json::parse(changed.body).at("error").at("errors").as_array().size(), 2u)
      << changed.body;
  EXPECT_EQ(Get(api_ + "/999999", team).status, 404);
}

TEST_F(MeasureDefinitionPagesTest, TheTeamAdoptsThroughTheApiOnceAndPlainMeasuresStillWork) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const std::string id =
      IdOf(Json("POST", api_, strateg, R"({"name":"Hembesök i tid","data_type":"proportion"})"));
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string measures = "/api/v1/projects/" + project_ + "/measures";
  Response adopted = Json("POST", measures, team, "{\"definition_id\":" + id + "}");
  ASSERT_EQ(adopted.status, 201);
  EXPECT_EQ(boost::json::parse(adopted.body).as_object().size(), 1u);
  Response twice = Json("POST", measures, team, "{\"definition_id\":" + id + "}");
  EXPECT_EQ(twice.status, 422);
  EXPECT_TRUE(Has(twice, "redan tagit in Hembes"));
  bool linked = false;
  const boost::json::value listed = boost::json::parse(Get(measures, team).body);
  for (const auto& m : listed.at("measures").as_array()) {
    if (std::to_string(m.at("id").as_int64()) == IdOf(adopted)) {
      linked = std::to_string(m.at("definition_id").as_int64()) == id;
    }
  }
  EXPECT_TRUE(linked);
  // A measure of the team's own, from the measure's fields.
  Response own = Json("POST", measures, team, R"({"name":"Egna fall","data_type":"count"})");
  ASSERT_EQ(own.status, 201);
  EXPECT_TRUE(Has(Get("/matt/" + IdOf(own), team), "<h1>Egna fall</h1>"));
  EXPECT_EQ(Json("POST", measures, team, R"({"name":""})").status, 422);
}

TEST_F(MeasureDefinitionPagesTest, TheProgrammesRuleSetReachesTheAdoptingTeamsMeasurePage) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  EXPECT_EQ(Json("POST", api_, strateg, R"({"name":"Fel regler","rule_set":"nelson"})").status,
            422);
  const std::string id = IdOf(Json(
      "POST", api_, strateg, R"({"name":"Besök i tid","data_type":"count","rule_set":"mdc"})"));
  Response form = Get(url_ + "/matt/" + id, strateg);
  EXPECT_TRUE(Has(form, "<option value=\"mdc\" selected>")) << "the form shows the choice";
  TestClient team = As(kDemoEmails.at("teammedlem"));
  Response adopted = Json("POST", "/api/v1/projects/" + project_ + "/measures", team,
                          "{\"definition_id\":" + id + "}");
  ASSERT_EQ(adopted.status, 201);
  const boost::json::value measure =
      boost::json::parse(Get("/api/v1/measures/" + IdOf(adopted), team).body);
  EXPECT_EQ(measure.at("rule_set"), "mdc");
  // A linked measure with values says who chose its rules (the demo's measures are adopted).
  EXPECT_TRUE(Has(Get("/matt/" + std::to_string(MeasureOf("Trygg hemgång")), team),
                  "Reglerna är valda av programmet"));
}

TEST_F(MeasureDefinitionPagesTest, TheFormNamesEveryMistakeAtOnceAndKeepsTheTyping) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response form = Get(url_ + "/matt/ny", strateg);
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(Has(form, "Operationell definition"));
  Response refused = Post(url_ + "/matt", strateg,
                          "name=&definition=Antal+bes%C3%B6k&data_type=count&frequency=month&"
                          "grouping=none&target=m%C3%A5nga&target_date=snart&unit=" +
                              std::string(201, 'x'));
  ASSERT_EQ(refused.status, 422);
  for (const char* field :
       {"name-error", "no_sex_reason-error", "unit-error", "target-error", "target_date-error"}) {
    EXPECT_TRUE(Has(refused, field)) << field;
  }
  EXPECT_TRUE(Has(refused, "Antal besök</textarea>"));
  EXPECT_TRUE(Has(refused, "value=\"none\" checked"));
  Response created = Post(url_ + "/matt", strateg,
                          "name=Bes%C3%B6k+i+tid&definition=Antal+bes%C3%B6k&data_type=count&"
                          "frequency=month&grouping=women_men&direction=up&kind=process");
  ASSERT_EQ(created.status, 303);
  Response page = Get(url_, strateg);
  EXPECT_TRUE(Has(page, "Besök i tid"));
  EXPECT_TRUE(Has(page, "/matt/ny\""));
}

TEST_F(MeasureDefinitionPagesTest, AStaleEditKeepsTheTypingAndNamesWhoSaved) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const std::string id =
      IdOf(Json("POST", api_, strateg, R"({"name":"Väntetid","data_type":"continuous"})"));
  ASSERT_EQ(
      Json("PUT", api_ + "/" + id, As(kDemoEmails.at("admin")), R"({"version":1,"unit":"dagar"})")
          .status,
      200);
  Response stale = Post(url_ + "/matt/" + id, strateg,
                        "version=1&name=V%C3%A4ntetid+till+beslut&data_type=continuous&"
                        "frequency=month&grouping=women_men");
  ASSERT_EQ(stale.status, 409);
  EXPECT_TRUE(Has(stale, "Amira Haddad sparade måttet"));
  EXPECT_TRUE(Has(stale, "value=\"Väntetid till beslut\""));
  EXPECT_TRUE(Has(stale, "name=\"version\" value=\"2\""));
}

TEST_F(MeasureDefinitionPagesTest, TheTeamAdoptsOnThePageAndTheLinkedMeasureSaysSo) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const std::string id = IdOf(Json("POST", api_, strateg,
                                   R"({"name":"Hembesök i tid","definition":"Andel besök i tid",)"
                                   R"("data_type":"proportion"})"));
  TestClient team = As(kDemoEmails.at("teammedlem"));
  EXPECT_TRUE(Has(Get("/projekt/" + project_, team), "/gemensamma-matt\""));
  Response choice = Get("/projekt/" + project_ + "/gemensamma-matt", team);
  ASSERT_EQ(choice.status, 200);
  EXPECT_TRUE(Has(choice, "name=\"definition_id\" value=\"" + id + "\""));
  EXPECT_EQ(Post("/projekt/" + project_ + "/gemensamma-matt", team, "").status, 422);
  ASSERT_EQ(Post("/projekt/" + project_ + "/gemensamma-matt", team, "definition_id=" + id).status,
            303);
  EXPECT_TRUE(Has(Get("/projekt/" + project_ + "/gemensamma-matt", team), "redan tagit in alla"));
  domain::Id adopted = 0;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    for (const auto& m : tx.Measures().ListOfProject(std::stoll(project_))) {
      if (m.definition_id && std::to_string(*m.definition_id) == id) adopted = m.id;
    }
    return true;
  });
  ASSERT_NE(adopted, 0);
  Response measure = Get("/matt/" + std::to_string(adopted), team);
  EXPECT_TRUE(Has(measure, "följer ett av programmets gemensamma mått"));
  EXPECT_TRUE(Has(measure, "readonly"));
  Response changed = Post("/matt/" + std::to_string(adopted), team,
                          "version=1&name=Hembes%C3%B6k&definition=V%C3%A5r+egen");
  EXPECT_EQ(changed.status, 422);
  EXPECT_TRUE(Has(changed, "bestäms av programmets gemensamma mått"));
}

}  // namespace
}  // namespace stegvis::web
