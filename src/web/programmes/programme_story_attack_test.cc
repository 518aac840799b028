// What an attacker tries against a programme's story: reading a programme its organisation
// takes no part in, through the page and the JSON; a forged id; script in what the story
// repeats from the teams.

#include <string>

#include <boost/json.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class ProgrammeStoryAttackTest : public WebTest {
 protected:
  void SetUp() override { SeedDemo(); }
  static HeaderList Json(const TestClient& c) {
    return {{"content-type", "application/json"}, {"x-csrf-token", c.csrf}};
  }
};

TEST_F(ProgrammeStoryAttackTest, AnotherOrganisationsProgrammeIsNotFound) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response created =
      Send("POST", "/api/v1/programmes", strateg, R"({"name":"Hemligt program"})", Json(strateg));
  ASSERT_EQ(created.status, 201);
  const std::string id = std::to_string(boost::json::parse(created.body).at("id").as_int64());
  TestClient norrby = As("admin@norrby.example");
  for (const std::string& url :
       {"/program/" + id + "/berattelse", "/api/v1/programmes/" + id + "/story"}) {
    Response r = Get(url, norrby);
    EXPECT_EQ(r.status, 404) << url;
    EXPECT_FALSE(Has(r, "Hemligt")) << url;
  }
  EXPECT_EQ(Get("/program/" + id + "/berattelse", strateg).status, 200);
  for (const char* forged : {"0", "999999", "-1", "1x", "99999999999999999999"}) {
    EXPECT_EQ(Get(std::string("/program/") + forged + "/berattelse", strateg).status, 404)
        << forged;
    EXPECT_EQ(Get(std::string("/api/v1/programmes/") + forged + "/story", strateg).status, 404)
        << forged;
  }
}

TEST_F(ProgrammeStoryAttackTest, ScriptInAPackageIdeaIsShownAsText) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const std::string programme = std::to_string(ProgrammeId("Jämställd hemtjänst"));
  Response added = Post("/program/" + programme + "/forandringsideer", strateg,
                        "idea_title=%3Cscript%3Ealert(1)%3C%2Fscript%3E&idea_description=x");
  ASSERT_EQ(added.status, 303) << added.body;
  Response r = Get("/program/" + programme + "/berattelse", strateg);
  EXPECT_FALSE(Has(r, "<script>alert(1)"));
  EXPECT_TRUE(Has(r, "&lt;script&gt;alert(1)"));
}

}  // namespace
}  // namespace stegvis::web
