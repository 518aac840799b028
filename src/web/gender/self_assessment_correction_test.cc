// Correcting a saved self-assessment through the real router, templates and a store with the
// demo data: the link per assessment, the form prefilled with what was saved, the save, its
// audit trail on the history page, and a save against a version someone else saved since.

#include <boost/json/parse.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class SelfAssessmentCorrectionTest : public WebTest {
 protected:
  std::vector<domain::SelfAssessment> Assessments(domain::Id unit) {
    std::vector<domain::SelfAssessment> out;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      out = tx.SelfAssessments().List(unit);
      return true;
    });
    return out;
  }
  domain::SelfAssessment AssessmentById(domain::Id unit, domain::Id id) {
    for (const domain::SelfAssessment& a : Assessments(unit)) {
      if (a.id == id) return a;
    }
    return {};
  }
  static std::string ScoreOf(const domain::SelfAssessment& a, const std::string& item) {
    for (const auto& s : a.scores) {
      if (s.item == item) return s.score ? std::to_string(*s.score) : "";
    }
    return "";
  }
};

TEST_F(SelfAssessmentCorrectionTest, EachSavedAssessmentOpensPrefilledAndIsCorrectedInPlace) {
  SeedDemo();
  const domain::Id unit = UnitNamed("Hemtjänst Norr");
  const std::string page_url = "/enhet/" + std::to_string(unit) + "/sjalvskattning";
  const std::vector<domain::SelfAssessment> before = Assessments(unit);
  ASSERT_EQ(before.size(), 3u);
  const domain::SelfAssessment& first = before.front();
  const std::string url = page_url + "/" + std::to_string(first.id) + "/ratta";
  TestClient chef = As(kDemoEmails.at("chef"));

  Response page = Get(page_url, chef);
  ASSERT_EQ(page.status, 200);
  for (const domain::SelfAssessment& a : before) {
    EXPECT_TRUE(Has(page, "href=\"" + page_url + "/" + std::to_string(a.id) +
                              "/ratta\" aria-label=\"Rätta självskattningen " + a.assessed_on +
                              "\">Rätta</a>"))
        << a.assessed_on;
  }

  Response form = Get(url, chef);
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(Has(form, "Rätta självskattningen " + first.assessed_on));
  EXPECT_TRUE(Has(form, "action=\"" + url + "\""));
  EXPECT_TRUE(Has(form, "name=\"version\" value=\"1\""));
  EXPECT_TRUE(
      Has(form, "name=\"assessed_on\" type=\"date\" required value=\"" + first.assessed_on + "\""))
      << "its own date, not today";
  EXPECT_TRUE(
      Has(form, "name=\"score.step_1\" value=\"" + ScoreOf(first, "step_1") + "\" checked>"));
  EXPECT_FALSE(Has(form, "id=\"development-heading\"")) << "only the form";

  Response ok = Post(url, chef,
                     "version=1&assessed_on=2026-01-20&note=R%C3%A4ttad&score.step_1=&"
                     "comment.step_1=Inte+bed%C3%B6mt&score.step_2=4");
  ASSERT_EQ(ok.status, 303) << ok.body.substr(0, 400);
  EXPECT_EQ(ok.Header("Location"), page_url + "?sparat=1");
  const std::vector<domain::SelfAssessment> after = Assessments(unit);
  ASSERT_EQ(after.size(), 3u) << "corrected, not added";
  const domain::SelfAssessment corrected = AssessmentById(unit, first.id);
  EXPECT_EQ(corrected.assessed_on, "2026-01-20");
  EXPECT_EQ(corrected.note, "Rättad");
  EXPECT_EQ(corrected.version, 2);
  EXPECT_EQ(corrected.updated_by, "chef@solvik.example");
  ASSERT_EQ(corrected.scores.size(), 19u);
  EXPECT_FALSE(corrected.scores[0].score.has_value()) << "ej bedömt, never zero";
  EXPECT_EQ(corrected.scores[0].comment, "Inte bedömt");
  EXPECT_EQ(corrected.scores[1].score, std::optional<int>(4));

  // The history shows the correction with what it said before and after.
  Response history = Get("/historik/self_assessment/" + std::to_string(first.id), chef);
  ASSERT_EQ(history.status, 200);
  EXPECT_TRUE(Has(history, "Ändrade"));
  EXPECT_TRUE(Has(history, "step_1=" + ScoreOf(first, "step_1") + ", "));
  EXPECT_TRUE(Has(history, "step_1=-, step_2=4"));
  EXPECT_TRUE(Has(history, "2026-01-20"));
}

TEST_F(SelfAssessmentCorrectionTest, ACorrectionIsValidatedAsARecordingAndKeepsWhatWasTyped) {
  SeedDemo();
  const domain::Id unit = UnitNamed("Hemtjänst Norr");
  const domain::SelfAssessment first = Assessments(unit).front();
  const std::string url =
      "/enhet/" + std::to_string(unit) + "/sjalvskattning/" + std::to_string(first.id) + "/ratta";
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response bad = Post(url, strateg,
                      "version=1&assessed_on=2026-01-20&score.step_1=5&comment.step_1=Mitt+svar");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad, "Välj 1, 2, 3, 4 eller Ej bedömt."));
  EXPECT_TRUE(Has(bad, "value=\"Mitt svar\""));
  EXPECT_TRUE(Has(bad, "name=\"version\" value=\"1\""));
  Response future = Post(url, strateg, "version=1&assessed_on=2027-02-01&score.step_1=2");
  EXPECT_EQ(future.status, 422);
  EXPECT_TRUE(Has(future, "Datumet kan inte ligga i framtiden."));
  EXPECT_EQ(Assessments(unit).front().version, 1) << "nothing stored";
}

TEST_F(SelfAssessmentCorrectionTest, TheJsonTwinCorrectsAgainstTheVersionItWasGiven) {
  SeedDemo();
  const domain::Id unit = UnitNamed("Hemtjänst Norr");
  const domain::SelfAssessment first = Assessments(unit).front();
  const std::string url =
      "/api/v1/units/" + std::to_string(unit) + "/self-assessments/" + std::to_string(first.id);
  TestClient chef = As(kDemoEmails.at("chef"));
  HeaderList json{{"content-type", "application/json"}, {"x-csrf-token", chef.csrf}};
  Response listed = Get("/api/v1/units/" + std::to_string(unit) + "/self-assessments", chef);
  ASSERT_EQ(listed.status, 200);
  EXPECT_EQ(boost::json::parse(listed.body)
                .as_object()["assessments"]
                .as_array()
                .front()
                .as_object()["version"]
                .as_int64(),
            1)
      << "the list carries each assessment's version";
  const std::string body =
      R"({"version":1,"assessed_on":"2026-01-20","note":"Via API",)"
      R"("scores":[{"item":"step_1","score":null,"comment":""},{"item":"step_2","score":2}]})";
  Response put = Send("PUT", url, chef, body, json);
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(boost::json::parse(put.body).as_object()["version"].as_int64(), 2);
  const domain::SelfAssessment corrected = AssessmentById(unit, first.id);
  EXPECT_EQ(corrected.note, "Via API");
  ASSERT_EQ(corrected.scores.size(), 2u);
  EXPECT_FALSE(corrected.scores[0].score.has_value());
  Response stale = Send("PUT", url, chef, body, json);
  EXPECT_EQ(stale.status, 409);
  // Who saved in between by name, as the page says it.
  const boost::json::value parsed = boost::json::parse(stale.body);
  const boost::json::object& conflict = parsed.at("error").as_object();
  EXPECT_EQ(conflict.at("who").as_string(), "Johan Berg");
  EXPECT_TRUE(
      std::string_view(conflict.at("message").as_string()).starts_with("Ändrat av Johan Berg"))
      << stale.body;
  EXPECT_EQ(
      boost::json::parse(stale.body).as_object()["error"].as_object()["changed_by"].as_string(),
      "chef@solvik.example");
  Response zero = Send(
      "PUT", url, chef,
      R"({"version":2,"assessed_on":"2026-01-20","scores":[{"item":"step_1","score":0}]})", json);
  EXPECT_EQ(zero.status, 422);
  EXPECT_EQ(AssessmentById(unit, first.id).version, 2);
}

}  // namespace
}  // namespace stegvis::web
