// The improvement story through the real router, templates and a real store: every cycle is
// told (an abandoned one with its learning), a measure the team leaves out is left out of the
// page and its JSON twin, and a stale save of the summary names who saved since.

#include <string>

#include <boost/json/parse.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class StoryPagesTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    project_ = ProjectOf("Trygg hemgång");
    url_ = "/projekt/" + std::to_string(project_) + "/berattelse";
    api_ = "/api/v1/projects/" + std::to_string(project_) + "/story";
  }
  // The project's measures, by id.
  std::vector<domain::Measure> Measures() {
    std::vector<domain::Measure> out;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      out = tx.Measures().ListOfProject(project_);
      return true;
    });
    return out;
  }
  // The form's hidden list of the measures it offers, as the page renders it.
  std::string ShownMeasures() {
    std::string shown;
    for (const domain::Measure& m : Measures()) {
      shown += (shown.empty() ? "" : "%2C") + std::to_string(m.id);
    }
    return shown;
  }
  domain::Id project_ = 0;
  std::string url_, api_;
};

TEST_F(StoryPagesTest, TheStoryTellsAnAbandonedCycleWithWhatWasLearned) {
  Response r = Get(url_, As(kDemoEmails.at("chef")));
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r, "Förbättringsberättelse"));
  EXPECT_TRUE(Has(r, "Samma kontaktperson, en vecka")) << "the abandoned cycle";
  EXPECT_TRUE(Has(r, "story-cycle--abandoned"));
  EXPECT_TRUE(Has(r, "Idén kräver en bemanning vi inte har under sommaren.")) << "its learning";
  EXPECT_TRUE(Has(r, "Fyra av fem säger att de känner sig tryggare.")) << "its prediction";
  EXPECT_TRUE(Has(r, "Förbättring för kvinnor: ja")) << "a verdict in words";
  EXPECT_TRUE(Has(r, "Gapet mellan kvinnor och män")) << "the gap in words";
  EXPECT_TRUE(Has(r, "<svg")) << "charts and the theory of change inline";
  EXPECT_TRUE(Has(r, "action=\"" + url_ + "\"")) << "the chef may change the project";
  // The project page leads to it.
  EXPECT_TRUE(Has(Get("/projekt/" + std::to_string(project_), As(kDemoEmails.at("chef"))),
                  "href=\"" + url_ + "\""));
}

TEST_F(StoryPagesTest, APolitikerReadsTheStoryWithoutTheForm) {
  Response r = Get(url_, As(kDemoEmails.at("politiker")));
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r, "Samma kontaktperson, en vecka"));
  EXPECT_FALSE(Has(r, "action=\"" + url_ + "\""));
  EXPECT_EQ(Post(url_, As(kDemoEmails.at("politiker")), "version=0&summary=x").status, 403);
}

TEST_F(StoryPagesTest, ALeftOutMeasureIsLeftOutOfThePageAndTheJson) {
  const std::vector<domain::Measure> measures = Measures();
  ASSERT_GE(measures.size(), 2u);
  const std::string kept = measures[1].name, left_out = measures[0].name;
  TestClient team = As(kDemoEmails.at("teammedlem"));
  ASSERT_TRUE(Has(Get(url_, team), "<h3 id=\"story-measure-" + std::to_string(measures[0].id)));
  std::string fields =
      "version=0&summary=Vi+lyckades&shown_measures=" + ShownMeasures() + "&shown_cycles=";
  for (std::size_t i = 1; i < measures.size(); ++i) {
    fields += "&measure=" + std::to_string(measures[i].id);
  }
  Response saved = Post(url_, team, fields);
  ASSERT_EQ(saved.status, 303) << saved.body;
  Response page = Get(url_, team);
  EXPECT_TRUE(Has(page, "Vi lyckades"));
  EXPECT_FALSE(Has(page, "<h3 id=\"story-measure-" + std::to_string(measures[0].id)));
  EXPECT_TRUE(Has(page, "<h3 id=\"story-measure-" + std::to_string(measures[1].id)));
  EXPECT_TRUE(Has(page, "Samma kontaktperson, en vecka")) << "cycles not offered stay in";

  Response api = Get(api_, team);
  ASSERT_EQ(api.status, 200);
  boost::json::object story = boost::json::parse(api.body).as_object();
  EXPECT_EQ(story.at("summary").as_string(), "Vi lyckades");
  EXPECT_EQ(story.at("version").as_int64(), 1);
  ASSERT_EQ(story.at("left_out").at("measures").as_array().size(), 1u);
  EXPECT_EQ(story.at("left_out").at("measures").as_array()[0].as_int64(), measures[0].id);
  const boost::json::array& in = story.at("measures").as_array();
  ASSERT_EQ(in.size(), measures.size() - 1);
  EXPECT_EQ(in[0].at("measure").at("name").as_string(), kept);
  EXPECT_FALSE(in[0].at("verdicts").as_array().empty());
  bool abandoned = false;
  for (const boost::json::value& c : story.at("cycles").as_array()) {
    abandoned = abandoned || c.at("decision") == "abandon";
  }
  EXPECT_TRUE(abandoned) << "the abandoned cycle is in the data too";
}

TEST_F(StoryPagesTest, AStaleSummarySaveIsRefusedWithTheSaversName) {
  ASSERT_EQ(Post(url_, As(kDemoEmails.at("chef")), "version=0&summary=Chefens+text").status, 303);
  // The team member's form was loaded before the chef saved: it still says version 0.
  Response stale = Post(url_, As(kDemoEmails.at("teammedlem")), "version=0&summary=Min+text");
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(Has(stale, "Ändrat av Johan Berg")) << "the saver's name";
  EXPECT_TRUE(Has(stale, ">Min text</textarea>")) << "what was typed is kept";
  boost::json::object story =
      boost::json::parse(Get(api_, As(kDemoEmails.at("teammedlem"))).body).as_object();
  EXPECT_EQ(story.at("summary").as_string(), "Chefens text") << "nothing of the stale save";
}

TEST_F(StoryPagesTest, BadChoicesAreRefusedByName) {
  TestClient team = As(kDemoEmails.at("teammedlem"));
  Response r = Post(url_, team, "version=0&shown_measures=abc");
  EXPECT_EQ(r.status, 422);
  r = Post(url_, team, "version=0&shown_measures=999999");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(Has(r, "Välj bland projektets egna mått och tester."));
  r = Post(url_, team, "version=0&summary=" + std::string(4001, 'a'));
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(Has(r, "Texten är för lång."));
  EXPECT_EQ(Post(url_, team, "version=x").status, 422);
}

// The API twin of the story's form: the summary and what is left out, as a whole, with the
// version check; a measure of another project is refused, and readers may not save.
TEST_F(StoryPagesTest, TheApiSavesTheSummaryAndWhatIsLeftOut) {
  TestClient team = As(kDemoEmails.at("teammedlem"));
  auto put = [&](const TestClient& client, const std::string& json) {
    return Send("PUT", api_, client, json,
                {{"content-type", "application/json"}, {"x-csrf-token", client.csrf}});
  };
  const std::int64_t version = boost::json::parse(Get(api_, team).body).at("version").as_int64();
  const std::string left_out = std::to_string(Measures().front().id);
  Response saved = put(team, R"({"version": )" + std::to_string(version) +
                                 R"(, "summary": "Färre återinskrivningar för kvinnor.",)"
                                 R"( "left_out": {"measures": [)" +
                                 left_out + "," + left_out + R"(], "cycles": []}})");
  ASSERT_EQ(saved.status, 200) << saved.body;
  boost::json::value story = boost::json::parse(Get(api_, team).body);
  EXPECT_EQ(story.at("summary").as_string(), "Färre återinskrivningar för kvinnor.");
  ASSERT_EQ(story.at("left_out").at("measures").as_array().size(), 1u) << "once";
  EXPECT_EQ(std::to_string(story.at("left_out").at("measures").as_array()[0].as_int64()), left_out);
  EXPECT_EQ(story.at("version").as_int64(), version + 1);
  EXPECT_EQ(put(team, R"({"version": )" + std::to_string(version) + R"(, "summary": "x"})").status,
            409)
      << "a stale version";
  EXPECT_EQ(put(team, R"({"version": )" + std::to_string(version + 1) +
                          R"(, "left_out": {"measures": [999999]}})")
                .status,
            422)
      << "not a measure of the project";
  EXPECT_EQ(
      put(As(kDemoEmails.at("politiker")), R"({"version": )" + std::to_string(version + 1) + "}")
          .status,
      403);
  EXPECT_EQ(boost::json::parse(Get(api_, team).body).at("summary").as_string(),
            "Färre återinskrivningar för kvinnor.")
      << "nothing else was saved";
}

}  // namespace
}  // namespace stegvis::web
