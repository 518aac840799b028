// What an attacker tries against a project's improvement story: reading another
// organisation's story (or its JSON or Word document) by guessing the id, a member of another team
// reading or changing it, script in the summary, choices naming another project's measure, and a
// save without the CSRF token.

#include <string>

#include <boost/json/parse.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class StoryAttackTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    const std::string id = std::to_string(ProjectOf("Trygg hemgång"));
    url_ = "/projekt/" + id + "/berattelse";
    api_ = "/api/v1/projects/" + id + "/story";
  }
  std::string url_, api_;
};

TEST_F(StoryAttackTest, AnotherOrganisationsUserFindsNoStory) {
  for (const char* email : {"admin@norrby.example", "team@norrby.example"}) {
    TestClient norrby = As(email);
    Response page = Get(url_, norrby);
    EXPECT_EQ(page.status, 404) << email;
    EXPECT_FALSE(Has(page, "Samma kontaktperson")) << email;
    EXPECT_EQ(Get(api_, norrby).status, 404) << email;
    Response docx = Get(api_ + ".docx", norrby);
    EXPECT_EQ(docx.status, 404) << email;
    EXPECT_FALSE(Has(docx, "Samma kontaktperson")) << email;
    EXPECT_EQ(Post(url_, norrby, "version=0&summary=Kapad").status, 404) << email;
  }
}

TEST_F(StoryAttackTest, AMemberOfAnotherTeamSeesNothingAndChangesNothing) {
  // Trygg hemgång's member may not read Rätt tid's work (a team of another unit).
  const std::string other = "/projekt/" + std::to_string(ProjectOf("Rätt tid")) + "/berattelse";
  TestClient member = As(kDemoEmails.at("teammedlem"));
  ASSERT_EQ(Get(other, member).status, 403);
  Response page = Get(other, member);
  EXPECT_FALSE(Has(page, "story-cycle")) << "not a word of the story";
  EXPECT_EQ(
      Get("/api/v1/projects/" + std::to_string(ProjectOf("Rätt tid")) + "/story", member).status,
      403);
  EXPECT_EQ(Get("/api/v1/projects/" + std::to_string(ProjectOf("Rätt tid")) + "/story.docx", member)
                .status,
            403);
  EXPECT_EQ(Post(other, member, "version=0&summary=Kapad").status, 403);
  EXPECT_FALSE(Has(Get(other, As(kDemoEmails.at("admin"))), "Kapad"));
}

TEST_F(StoryAttackTest, ScriptInTheSummaryComesBackEscapedAndAForgedFormChangesNothing) {
  TestClient team = As(kDemoEmails.at("teammedlem"));
  ASSERT_EQ(
      Post(url_, team,
           "version=0&summary=%3Cscript%3Ealert(1)%3C%2Fscript%3E&shown_measures=&shown_cycles=")
          .status,
      303);
  Response page = Get(url_, team);
  EXPECT_FALSE(Has(page, "<script>alert(1)"));
  EXPECT_TRUE(Has(page, "&lt;script&gt;alert(1)"));
  // The JSON twin gives the text as written, as data (application/json).
  Response api = Get(api_, team);
  EXPECT_EQ(boost::json::parse(api.body).at("summary").as_string(), "<script>alert(1)</script>");
  EXPECT_EQ(api.Header("Content-Type").find("text/html"), std::string::npos);
  // Without the session's token the save is refused and nothing changes.
  Response forged = Send("POST", url_, team, "version=1&summary=Falsk");
  EXPECT_EQ(forged.status, 403);
  EXPECT_FALSE(Has(Get(url_, team), "Falsk"));
}

TEST_F(StoryAttackTest, AnotherProjectsMeasureCannotBeChosen) {
  TestClient chef = As(kDemoEmails.at("chef"));
  const std::string foreign = std::to_string(MeasureOf("Färre fall"));
  Response r = Post(url_, chef, "version=0&shown_measures=" + foreign + "&shown_cycles=");
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(boost::json::parse(Get(api_, chef).body).at("version").as_int64(), 0)
      << "nothing saved";
}

}  // namespace
}  // namespace stegvis::web
