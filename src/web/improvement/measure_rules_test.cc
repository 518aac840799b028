// A measure's rule set and frozen baseline through the API contract (GET and PUT
// /api/v1/measures/{id}, the analysis reporting both) and the measure page's form: every view
// of the measure judges by the rules the team chose.

#include <gtest/gtest.h>

#include <string>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class MeasureRulesTest : public WebTest {
 protected:
  void SetUp() override {
    WebTest::SetUp();
    SeedDemo();
    team_ = As(kDemoEmails.at("teammedlem"));
    id_ = std::to_string(MeasureOf("Trygg hemgång"));
    json_ = {{"content-type", "application/json"}, {"x-csrf-token", team_.csrf}};
  }

  Response Put(const std::string& body) {
    return Send("PUT", "/api/v1/measures/" + id_, team_, body, json_);
  }
  boost::json::object GetJson(const std::string& target) {
    Response r = Get(target, team_);
    EXPECT_EQ(r.status, 200) << target << " " << r.body.substr(0, 300);
    return boost::json::parse(r.body).as_object();
  }
  boost::json::object ErrorOf(const Response& r) {
    return boost::json::parse(r.body).at("error").as_object();
  }

  TestClient team_;
  std::string id_;
  HeaderList json_;
};

TEST_F(MeasureRulesTest, TheMeasureShowsItsRuleSetAndBaselineAndAPutChangesBoth) {
  boost::json::object before = GetJson("/api/v1/measures/" + id_);
  EXPECT_EQ(before.at("rule_set"), "anhoej");
  EXPECT_TRUE(before.at("baseline_points").is_null());
  const std::int64_t version = before.at("version").as_int64();

  Response ok = Put(R"({"version":)" + std::to_string(version) +
                    R"(,"rule_set":"ihi","baseline_points":12})");
  ASSERT_EQ(ok.status, 200) << ok.body;
  boost::json::object saved = boost::json::parse(ok.body).as_object();
  EXPECT_EQ(saved.at("rule_set"), "ihi");
  EXPECT_EQ(saved.at("baseline_points").as_int64(), 12);
  EXPECT_EQ(saved.at("version").as_int64(), version + 1);
  EXPECT_EQ(saved.at("name"), before.at("name")) << "the rest of the definition stays";
  EXPECT_EQ(GetJson("/api/v1/measures/" + id_).at("rule_set"), "ihi");

  // The analysis reports both at its top level, and its signals are IHI's.
  boost::json::object analysis = GetJson("/api/v1/measures/" + id_ + "/analysis");
  EXPECT_EQ(analysis.at("rule_set"), "ihi");
  EXPECT_EQ(analysis.at("baseline_points").as_int64(), 12);
  EXPECT_EQ(analysis.at("baseline_use").at("groups"), "frozen");
  const boost::json::array& signals = analysis.at("signals").as_array();
  ASSERT_FALSE(signals.empty()) << "the demo measure has signals under IHI too";
  for (const boost::json::value& s : signals) {
    for (const boost::json::value& rule : s.at("rules").as_array()) {
      const std::string name(rule.as_string());
      EXPECT_TRUE(name.rfind("ihi_", 0) == 0 || name == "sigma") << name;
    }
  }
  // The frozen lines: the groups' points after the 12th did not set them.
  const boost::json::array& points = analysis.at("groups").at("analysis_a").at("points").as_array();
  ASSERT_GT(points.size(), 12u);
  EXPECT_TRUE(points[11].at("baseline").as_bool());
  EXPECT_FALSE(points[12].at("baseline").as_bool());

  // Null unfreezes; an absent rule set is the default.
  Response reset =
      Put(R"({"version":)" + std::to_string(version + 1) + R"(,"baseline_points":null})");
  ASSERT_EQ(reset.status, 200) << reset.body;
  saved = boost::json::parse(reset.body).as_object();
  EXPECT_EQ(saved.at("rule_set"), "anhoej");
  EXPECT_TRUE(saved.at("baseline_points").is_null());
}

TEST_F(MeasureRulesTest, EveryViewOfTheMeasureJudgesByTheChosenRules) {
  const std::string anhoej_verdicts = boost::json::serialize(
      GetJson("/api/v1/measures/" + id_ + "/gender-analysis").at("verdicts"));
  ASSERT_EQ(Put(R"({"version":1,"rule_set":"western-electric"})").status, 200);
  boost::json::object analysis = GetJson("/api/v1/measures/" + id_ + "/analysis");
  boost::json::object gender = GetJson("/api/v1/measures/" + id_ + "/gender-analysis");
  // The gender analysis and the measure's analysis say the same of women, men and the gap.
  EXPECT_EQ(gender.at("verdicts").at("verdict_a"), analysis.at("groups").at("verdict_a"));
  EXPECT_EQ(gender.at("verdicts").at("verdict_b"), analysis.at("groups").at("verdict_b"));
  EXPECT_EQ(gender.at("verdicts").at("gap"), analysis.at("groups").at("gap_verdict"));
  // The history's latest reading is today's verdict under the same rules.
  const boost::json::array& readings = gender.at("verdict_history").at("readings").as_array();
  ASSERT_FALSE(readings.empty());
  EXPECT_EQ(readings.back().at("gap"), analysis.at("groups").at("gap_verdict"));
  // The page says which rules it used.
  Response page = Get("/matt/" + id_, team_);
  EXPECT_TRUE(Has(page, "Signalerna följer Western Electrics fyra regler")) << page.body.size();
  EXPECT_TRUE(Has(page, "valt automatiskt för")) << "why the chart was chosen";
  Response english = Get("/matt/" + id_, team_, {{"accept-language", "en"}});
  EXPECT_TRUE(Has(english, "The signals follow the four Western Electric rules"));
  EXPECT_FALSE(anhoej_verdicts.empty());
}

TEST_F(MeasureRulesTest, APutRefusesAnUnknownRuleSetABaselineOutOfBoundsAndAStaleVersion) {
  Response unknown = Put(R"({"version":1,"rule_set":"nelson"})");
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(ErrorOf(unknown).at("field"), "rule_set");
  Response few = Put(R"({"version":1,"baseline_points":5})");
  EXPECT_EQ(few.status, 422);
  EXPECT_EQ(ErrorOf(few).at("field"), "baseline_points");
  EXPECT_EQ(ErrorOf(few).at("min").as_int64(), 12);
  EXPECT_EQ(ErrorOf(few).at("max").as_int64(), 600);
  EXPECT_TRUE(Has(few, "En fryst baslinje ska ha från 12 till 600 punkter")) << few.body;
  EXPECT_EQ(Put(R"({"version":1,"baseline_points":601})").status, 422);
  EXPECT_EQ(Put(R"({"version":1,"baseline_points":"12"})").status, 422) << "a number, not text";
  EXPECT_EQ(Put(R"({"version":1,"baseline_points":12.5})").status, 422);
  EXPECT_EQ(Put(R"({"rule_set":"ihi"})").status, 422) << "the version read is required";
  ASSERT_EQ(Put(R"({"version":1,"rule_set":"mdc"})").status, 200);
  Response stale = Put(R"({"version":1,"rule_set":"ihi"})");
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(ErrorOf(stale).at("version").as_int64(), 2);
  EXPECT_EQ(GetJson("/api/v1/measures/" + id_).at("rule_set"), "mdc") << "nothing refused saved";
}

TEST_F(MeasureRulesTest, TheFormSavesTheRulesAndTheBaselineAndNamesEveryWrongFieldAtOnce) {
  const std::string url = "/matt/" + id_;
  Response saved = Post(url, team_,
                        "version=1&name=N%C3%B6jd&kind=outcome&direction=up&rule_set=ihi&"
                        "baseline_points=12");
  EXPECT_EQ(saved.status, 303) << saved.body.substr(0, 400);
  Response page = Get(url, team_);
  EXPECT_TRUE(Has(page, "<option value=\"ihi\" selected>IHI</option>"));
  EXPECT_TRUE(Has(page, "id=\"e_baseline_points\" name=\"baseline_points\""));
  EXPECT_TRUE(Has(page, "value=\"12\" aria-describedby=\"e_baseline_points-hint\""));
  EXPECT_TRUE(Has(page, "Signalerna följer IHI:s regler"));
  EXPECT_TRUE(Has(page, "Linjerna räknas från de första 12 punkterna"));
  // The history of the measure records the change.
  EXPECT_TRUE(Has(Get("/historik/measure/" + id_, team_), "ihi"));

  Response bad = Post(url, team_,
                      "version=2&name=&kind=outcome&direction=up&rule_set=nelson&"
                      "baseline_points=tre");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad, "id=\"e_name-error\""));
  EXPECT_TRUE(Has(bad, "id=\"e_rule_set-error\""));
  EXPECT_TRUE(Has(bad, "id=\"e_baseline_points-error\""));
  EXPECT_TRUE(Has(bad, "value=\"tre\"")) << "what was typed comes back";
  EXPECT_TRUE(Has(bad, "Välj en av reglerna i listan."));
  EXPECT_TRUE(Has(bad, "En fryst baslinje ska ha från 12 till 600 punkter"));
  Response few = Post(url, team_, "version=2&name=N&kind=outcome&direction=up&baseline_points=3");
  EXPECT_EQ(few.status, 422);
  EXPECT_TRUE(Has(few, "id=\"e_baseline_points-error\""));
  Response stale =
      Post(url, As(kDemoEmails.at("chef")), "version=1&name=Annat&kind=outcome&rule_set=mdc");
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(GetJson("/api/v1/measures/" + id_).at("rule_set"), "ihi");
}

TEST_F(MeasureRulesTest, WithFewerPointsThanTheBaselineThePageSaysSoAndUsesEveryPoint) {
  ASSERT_EQ(Put(R"({"version":1,"baseline_points":600})").status, 200);
  Response page = Get("/matt/" + id_, team_);
  EXPECT_TRUE(Has(page,
                  "Baslinjen fryses när det finns 600 punkter. Tills dess räknas linjerna "
                  "från alla punkter."));
  boost::json::object analysis = GetJson("/api/v1/measures/" + id_ + "/analysis");
  EXPECT_EQ(analysis.at("baseline_use").at("groups"), "too_few_points");
  for (const boost::json::value& p :
       analysis.at("groups").at("analysis_a").at("points").as_array()) {
    EXPECT_TRUE(p.at("baseline").as_bool());
  }
}

// The definition changes through the same PUT, member by member: what is not sent stays,
// the analysis settings too; a wrong member is refused by name and nothing is saved.
TEST_F(MeasureRulesTest, APutChangesTheDefinitionAndKeepsWhatItDoesNotSend) {
  boost::json::object before = GetJson("/api/v1/measures/" + id_);
  const std::int64_t version = before.at("version").as_int64();
  ASSERT_EQ(Put(R"({"version":)" + std::to_string(version) + R"(,"rule_set":"mdc"})").status, 200);
  Response renamed = Put(R"({"version":)" + std::to_string(version + 1) +
                         R"(,"name":"Trygg hemgång – återinskrivningar","target":"5",)"
                         R"("direction":"down"})");
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  boost::json::object saved = boost::json::parse(renamed.body).as_object();
  EXPECT_EQ(saved.at("name"), "Trygg hemgång – återinskrivningar");
  EXPECT_EQ(saved.at("target"), "5");
  EXPECT_EQ(saved.at("direction"), "down");
  EXPECT_EQ(saved.at("rule_set"), "mdc") << "the analysis settings were not sent: they stay";
  EXPECT_EQ(saved.at("definition"), before.at("definition"));
  EXPECT_EQ(saved.at("version").as_int64(), version + 2);

  Response stale = Put(R"({"version":)" + std::to_string(version) + R"(,"name":"Gammalt"})");
  EXPECT_EQ(stale.status, 409);
  Response bad =
      Put(R"({"version":)" + std::to_string(version + 2) + R"(,"name":"","direction":"sideways"})");
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_NE(bad.body.find("direction"), std::string::npos);
  EXPECT_EQ(GetJson("/api/v1/measures/" + id_).at("name"), "Trygg hemgång – återinskrivningar")
      << "nothing saved";
  EXPECT_EQ(Send("PUT", "/api/v1/measures/" + id_, As(kDemoEmails.at("politiker")),
                 R"({"version":1,"name":"X"})",
                 {{"content-type", "application/json"},
                  {"x-csrf-token", As(kDemoEmails.at("politiker")).csrf}})
                .status,
            403);
}

}  // namespace
}  // namespace stegvis::web
