// What an attacker tries against monthly team reports: reading another organisation's report,
// writing a guest team's report as the host that may read it, submitting another team's
// report, texts over the bound, months that are no months of the programme, submitting twice
// and saving over someone else's save.

#include <string>

#include <boost/json.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class MonthlyReportsAttackTest : public WebTest {
 protected:
  void SetUp() override { SeedDemo(); }
  std::string Report(const std::string& team, const std::string& month = "2026-12") {
    return "/projekt/" + std::to_string(ProjectOf(team)) + "/manadsrapport/" + month;
  }
  std::string Api(const std::string& team, const std::string& month = "2026-12") {
    return "/api/v1/projects/" + std::to_string(ProjectOf(team)) + "/monthly-reports/" + month;
  }
  Response Json(const std::string& method, const std::string& url, const TestClient& c,
                const std::string& body) {
    return Send(method, url, c, body,
                {{"content-type", "application/json"}, {"x-csrf-token", c.csrf}});
  }
};

TEST_F(MonthlyReportsAttackTest, AnotherOrganisationsReportIsNotFound) {
  TestClient norrby = As("admin@norrby.example");
  EXPECT_EQ(Get(Report("Trygg hemgång"), norrby).status, 404);
  EXPECT_EQ(Get(Api("Trygg hemgång"), norrby).status, 404);
  EXPECT_EQ(Json("PUT", Api("Rätt tid"), norrby, R"({"version":0,"tested":"x"})").status, 404);
  EXPECT_EQ(Json("POST", Api("Rätt tid") + "/submit", norrby, R"({"version":0})").status, 404);
  EXPECT_EQ(Post(Report("Rätt tid"), norrby, "version=0&action=submit").status, 404);
}

TEST_F(MonthlyReportsAttackTest, TheHostReadsAGuestTeamsReportButCannotWriteIt) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response page = Get(Report("Hela dagen", "2026-11"), strateg);
  ASSERT_EQ(page.status, 200);
  EXPECT_FALSE(Has(page, "name=\"tested\"")) << "no form for the host";
  EXPECT_EQ(
      Json("PUT", Api("Hela dagen", "2026-11"), strateg, R"({"version":1,"tested":"x"})").status,
      403);
  EXPECT_EQ(Post(Report("Hela dagen", "2026-11"), strateg, "version=1&action=submit").status, 403);
  // The guest's own admin may write it, but it is submitted already.
  TestClient norrby = As("admin@norrby.example");
  EXPECT_EQ(Json("PUT", Api("Hela dagen", "2026-11"), norrby, R"({"version":1})").status, 409);
}

TEST_F(MonthlyReportsAttackTest, ATeamMemberOfAnotherProjectCannotSubmit) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  EXPECT_EQ(Post(Report("Rätt tid"), member, "version=0&action=submit").status, 403);
  EXPECT_EQ(Json("POST", Api("Rätt tid") + "/submit", member, R"({"version":0})").status, 403);
  const boost::json::value r =
      boost::json::parse(Get(Api("Rätt tid"), As("admin@solvik.example")).body);
  EXPECT_EQ(r.at("state").as_string(), "missing") << "still not submitted";
}

TEST_F(MonthlyReportsAttackTest, TextsOverTheBoundAreRefusedAndNothingIsSaved) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const std::string long_text(8001, 'x');
  EXPECT_EQ(
      Json("PUT", Api("Rätt tid"), strateg, R"({"version":0,"tested":")" + long_text + R"("})")
          .status,
      422);
  EXPECT_EQ(Post(Report("Rätt tid"), strateg, "version=0&support=" + long_text).status, 422);
  const boost::json::value r = boost::json::parse(Get(Api("Rätt tid"), strateg).body);
  EXPECT_EQ(r.at("version").as_int64(), 0);
}

TEST_F(MonthlyReportsAttackTest, AMonthThatIsNoMonthOfTheProgrammeIsRefused) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  for (const char* month : {"2026-13", "2026-1", "abc", "2023-01", "2026-12-01"}) {
    EXPECT_EQ(Get(Api("Rätt tid", month), strateg).status, 422) << month;
    EXPECT_EQ(Get(Report("Rätt tid", month), strateg).status, 422) << month;
  }
}

TEST_F(MonthlyReportsAttackTest, SubmittingTwiceAndSavingOverAnotherSaveAreConflicts) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  TestClient admin = As("admin@solvik.example");
  Response saved = Json("PUT", Api("Rätt tid"), strateg, R"({"version":0,"support":"Tid"})");
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(Json("PUT", Api("Rätt tid"), admin, R"({"version":0,"support":"Annat"})").status, 409);
  Response submitted = Json("POST", Api("Rätt tid") + "/submit", admin, R"({"version":1})");
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  EXPECT_EQ(boost::json::parse(submitted.body).at("support").as_string(), "Tid");
  EXPECT_EQ(Json("POST", Api("Rätt tid") + "/submit", admin, R"({"version":2})").status, 409);
  EXPECT_EQ(Post(Report("Rätt tid"), admin, "version=2&support=Efteråt").status, 409);
}

}  // namespace
}  // namespace stegvis::web
