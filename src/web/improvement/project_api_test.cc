// Changing a project through the API (project_api.cc): PUT /api/v1/projects/{id} and
// POST /api/v1/projects/{id}/progress-scores — what a team gets, and what everyone else and
// every wrong body is refused.

#include <boost/json.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class ProjectApiTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    project_ = ProjectOf("Trygg hemgång");
    url_ = "/api/v1/projects/" + std::to_string(project_);
  }

  static HeaderList Json(const TestClient& c) {
    return {{"content-type", "application/json"}, {"x-csrf-token", c.csrf}};
  }
  Response Put(const TestClient& c, const std::string& json) {
    return Send("PUT", url_, c, json, Json(c));
  }
  Response Score(const TestClient& c, const std::string& json) {
    return Send("POST", url_ + "/progress-scores", c, json, Json(c));
  }
  boost::json::object Read(const TestClient& c) {
    Response r = Get(url_, c);
    EXPECT_EQ(r.status, 200) << r.body;
    return boost::json::parse(r.body).as_object();
  }
  std::string Version(const TestClient& c) {
    return std::to_string(Read(c).at("version").as_int64());
  }

  domain::Id project_ = 0;
  std::string url_;
};

TEST_F(ProjectApiTest, ATeamChangesWhatItSendsAndKeepsTheRest) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  const boost::json::object before = Read(member);
  const std::string v = Version(member);
  Response r = Put(member, R"({"version": )" + v +
                               R"(, "title": "Trygg hemgång – nytt namn",
      "aim": {"how_much": "9 av 10", "groups": ["women", "men", "girls"]}, "status": "sustaining"})");
  ASSERT_EQ(r.status, 200) << r.body;
  const boost::json::object after = boost::json::parse(r.body).as_object();
  EXPECT_EQ(after.at("title").as_string(), "Trygg hemgång – nytt namn");
  EXPECT_EQ(after.at("status").as_string(), "sustaining");
  EXPECT_EQ(after.at("aim").at("how_much").as_string(), "9 av 10");
  EXPECT_EQ(after.at("aim").at("what").as_string(), before.at("aim").at("what").as_string())
      << "an absent member stays as it was";
  EXPECT_EQ(after.at("problem"), before.at("problem"));
  EXPECT_EQ(after.at("aim").at("groups").as_array().size(), 3u);
  EXPECT_EQ(after.at("version").as_int64(), std::stoll(v) + 1);
  EXPECT_EQ(Read(member).at("title").as_string(), "Trygg hemgång – nytt namn") << "stored";

  // Closing the project is a status like the others.
  Response closed = Put(member, R"({"version": )" + Version(member) + R"(, "status": "closed"})");
  EXPECT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(Read(member).at("status").as_string(), "closed");
}

TEST_F(ProjectApiTest, EveryWrongBodyIsRefusedByNameAndNothingIsSaved) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  const std::string v = Version(member);
  const std::string title = std::string(Read(member).at("title").as_string());
  const std::pair<std::string, std::string> cases[] = {
      {R"({"title": "x"})", "\"field\":\"version\""},
      {R"({"version": )" + v + R"(, "status": "paused"})", "\"field\":\"status\""},
      {R"({"version": )" + v + R"(, "title": 7})", "\"field\":\"title\""},
      {R"({"version": )" + v + R"(, "title": ""})", "\"field\":\"title\""},
      {R"({"version": )" + v + R"(, "title": ")" + std::string(201, 'a') + R"("})",
       "\"field\":\"title\""},
      {R"({"version": )" + v + R"(, "aim": "mer"})", "\"field\":\"aim\""},
      {R"({"version": )" + v + R"(, "aim": {"groups": ["kvinnor"]}})", "\"field\":\"aim: groups\""},
      {R"({"version": )" + v + R"(, "aim": {"groups": "women"}})", "\"field\":\"aim: groups\""},
      {R"({"version": )" + v + R"(, "aim": {"by_when": "snart"}})", "\"field\":\"aim_by_when\""},
      {"[1, 2]", "\"field\":\"body\""},
  };
  for (const auto& [body, field] : cases) {
    Response r = Put(member, body);
    EXPECT_EQ(r.status, 422) << body << " → " << r.body;
    EXPECT_TRUE(Has(r, field)) << body << " → " << r.body;
  }
  EXPECT_EQ(Read(member).at("title").as_string(), title);
  EXPECT_EQ(Version(member), v) << "nothing was saved";
  // A stale version names who saved in between.
  ASSERT_EQ(Put(member, R"({"version": )" + v + R"(, "problem": "Ny text"})").status, 200);
  Response stale = Put(member, R"({"version": )" + v + R"(, "problem": "Min text"})");
  EXPECT_EQ(stale.status, 409) << stale.body;
  EXPECT_TRUE(Has(stale, "\"code\":\"conflict\"")) << stale.body;
}

TEST_F(ProjectApiTest, OnlyThoseWhoMayChangeTheTeamChangeItsProject) {
  const std::string body = R"({"version": 1, "title": "Kapat"})";
  // A politician reads but never changes; another team's member and another organisation's
  // admin are refused (403 inside the organisation, 404 outside it).
  EXPECT_EQ(Put(As(kDemoEmails.at("politiker")), body).status, 403);
  TestClient norrby = As("admin@norrby.example");
  EXPECT_EQ(Put(norrby, body).status, 404);
  EXPECT_EQ(Score(norrby, R"({"score": 2})").status, 404);
  const domain::Id other = ProjectOf("Rätt tid");
  TestClient member = As(kDemoEmails.at("teammedlem"));
  Response r = Send("PUT", "/api/v1/projects/" + std::to_string(other), member, body, Json(member));
  EXPECT_EQ(r.status, 403) << r.body;
  // Without the CSRF header a browser session may not write.
  EXPECT_EQ(Send("PUT", url_, member, body, {{"content-type", "application/json"}}).status, 403);
  EXPECT_EQ(Send("PUT", "/api/v1/projects/999999", member, body, Json(member)).status, 404);
  EXPECT_NE(Read(member).at("title").as_string(), "Kapat");
}

TEST_F(ProjectApiTest, AProgressScoreIsOneOfTheTenLevels) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  const std::size_t scores = Read(member).at("progress_scores").as_array().size();
  Response made = Score(member, R"({"score": 2.5, "note": "Testar i två team"})");
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_GT(boost::json::parse(made.body).at("id").as_int64(), 0);
  const boost::json::array after = Read(member).at("progress_scores").as_array();
  ASSERT_EQ(after.size(), scores + 1);
  EXPECT_EQ(after.back().at("score").as_double(), 2.5);
  EXPECT_EQ(after.back().at("note").as_string(), "Testar i två team");
  for (const char* bad : {R"({"score": 2.3})", R"({"score": 0})", R"({"score": 5.5})",
                          R"({"score": -1})", R"({"score": 1e300})"}) {
    Response r = Score(member, bad);
    EXPECT_EQ(r.status, 422) << bad << " → " << r.body;
    EXPECT_TRUE(Has(r, "\"field\":\"score\"")) << bad << " → " << r.body;
    EXPECT_TRUE(Has(r, "Välj en nivå från 0,5 till 5.")) << bad << " → " << r.body;
  }
  for (const char* bad :
       {R"({"score": "2.5"})", R"({"note": "utan nivå"})", R"({"score": true})"}) {
    Response r = Score(member, bad);
    EXPECT_EQ(r.status, 422) << bad << " → " << r.body;
    EXPECT_TRUE(Has(r, "\"field\":\"score\"")) << bad << " → " << r.body;
  }
  EXPECT_EQ(Score(As(kDemoEmails.at("politiker")), R"({"score": 3})").status, 403);
  EXPECT_EQ(Read(member).at("progress_scores").as_array().size(), scores + 1) << "one was saved";
}

}  // namespace
}  // namespace stegvis::web
