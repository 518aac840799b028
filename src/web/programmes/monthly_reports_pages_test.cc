// The monthly report pages and their JSON twins on the demo: a team fills in and submits its
// report from the pre-filled page, the programme's grid shows reports on time, late and
// missing, the dashboard counts the missing ones, and a learning session's material collects
// the reports of the action period before it as a printable document.

#include <string>

#include <boost/json.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class MonthlyReportsPagesTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    programme_ = "/program/" + std::to_string(ProgrammeId("Jämställd hemtjänst"));
  }
  std::string Report(const std::string& team, const std::string& month) {
    return "/projekt/" + std::to_string(ProjectOf(team)) + "/manadsrapport/" + month;
  }
  // The calendar entry of the demo programme with `title`.
  domain::Id EventNamed(const std::string& title) {
    domain::Id id = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      for (const auto& e : tx.Programmes().ListEvents(ProgrammeId("Jämställd hemtjänst"))) {
        if (e.title == title) id = e.id;
      }
      return true;
    });
    return id;
  }
  std::string programme_;
};

TEST_F(MonthlyReportsPagesTest, TheTeamSubmitsItsPrefilledReportFromThePage) {
  TestClient admin = As("admin@solvik.example");
  const std::string url = Report("Rätt tid", "2026-12");
  Response page = Get(url, admin);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "Saknas")) << "past its deadline";
  EXPECT_TRUE(Has(page, "name=\"support\""));
  EXPECT_TRUE(Has(page, "förifyllda"));
  Response sent =
      Post(url, admin, "version=0&tested=Egen+tid&learned=L&support=Handledning&action=submit");
  ASSERT_EQ(sent.status, 303);
  page = Get(url, admin);
  EXPECT_TRUE(Has(page, "Sen")) << "submitted after the 5th of January";
  EXPECT_TRUE(Has(page, "Handledning"));
  EXPECT_FALSE(Has(page, "name=\"support\"")) << "read-only once submitted";
  EXPECT_TRUE(Has(Get(programme_ + "/oversikt", admin), "Rapporter som saknas: 0."));
}

TEST_F(MonthlyReportsPagesTest, AStaleSaveComesBackWithWhatWasTyped) {
  TestClient admin = As("admin@solvik.example");
  const std::string url = Report("Rätt tid", "2026-12");
  ASSERT_EQ(Post(url, As(kDemoEmails.at("strateg")), "version=0&support=Först").status, 303);
  Response stale = Post(url, admin, "version=0&support=Mitt+eget");
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(Has(stale, "Mitt eget"));
  EXPECT_TRUE(Has(stale, "Sara Lindqvist"));
}

TEST_F(MonthlyReportsPagesTest, TheProgrammeSeesOnTimeLateAndMissingReports) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response grid = Get(programme_ + "/rapporter", strateg);
  ASSERT_EQ(grid.status, 200);
  for (const char* text :
       {"Inskickad i tid", "Sen", "Saknas", "Hela dagen", "Rätt tid", "Rapporter som saknas: 1."}) {
    EXPECT_TRUE(Has(grid, text)) << text;
  }
  const boost::json::value j = boost::json::parse(
      Get("/api/v1/programmes/" + std::to_string(ProgrammeId("Jämställd hemtjänst")) +
              "/monthly-reports",
          strateg)
          .body);
  EXPECT_EQ(j.at("missing").as_int64(), 1);
  EXPECT_EQ(j.at("rows").as_array().size(), 4u);
  EXPECT_TRUE(Has(Get(programme_ + "/oversikt", strateg), "Rapporter som saknas: 1."));
  // Norrby's team member sees its own team only.
  const boost::json::value own = boost::json::parse(
      Get("/api/v1/programmes/" + std::to_string(ProgrammeId("Jämställd hemtjänst")) +
              "/monthly-reports",
          As("team@norrby.example"))
          .body);
  EXPECT_EQ(own.at("rows").as_array().size(), 1u);
}

TEST_F(MonthlyReportsPagesTest, TheLearningSessionCollectsTheReportsAsAPrintableDocument) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const std::string url =
      programme_ + "/larandeseminarium/" + std::to_string(EventNamed("Lärandeseminarium 4"));
  ExpectOneRead(url, strateg);
  Response page = Get(url, strateg);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "class=\"story\""));
  EXPECT_TRUE(Has(page, "Arbetsperiod 3"));
  EXPECT_TRUE(Has(page, "Trygg hemgång: "));
  EXPECT_TRUE(Has(page, ", 2026-04</h3>"));
  EXPECT_FALSE(Has(page, ", 2026-06</h3>")) << "a report of a month after the session";
  EXPECT_TRUE(Has(page, "dashboard-caption"));
  const boost::json::value j = boost::json::parse(
      Get("/api/v1/programmes/" + std::to_string(ProgrammeId("Jämställd hemtjänst")) +
              "/learning-sessions/" + std::to_string(EventNamed("Lärandeseminarium 4")),
          strateg)
          .body);
  EXPECT_EQ(j.at("reports").as_array().size(), 4u);
  EXPECT_EQ(Get(programme_ + "/larandeseminarium/" + std::to_string(EventNamed("Arbetsperiod 3")),
                strateg)
                .status,
            404);
}

TEST_F(MonthlyReportsPagesTest, AProjectListsItsMonthsAndTheReportAnswersAsJson) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  const std::string project = std::to_string(ProjectOf("Trygg hemgång"));
  Response list = Get("/projekt/" + project + "/manadsrapporter", member);
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(Has(list, "/projekt/" + project + "/manadsrapport/2024-09"));
  EXPECT_TRUE(Has(Get("/projekt/" + project, member), "/projekt/" + project + "/manadsrapporter"));
  const boost::json::value r = boost::json::parse(
      Get("/api/v1/projects/" + project + "/monthly-reports/2026-12", member).body);
  EXPECT_EQ(r.at("state").as_string(), "late");
  EXPECT_EQ(r.at("deadline").as_string(), "2027-01-05");
  EXPECT_TRUE(r.at("submitted").as_bool());
  ExpectOneRead("/projekt/" + project + "/manadsrapport/2026-12", member);
  // The list of months, a page at a time: each month's id is its YYYY-MM as a number.
  const boost::json::value first = boost::json::parse(
      Get("/api/v1/projects/" + project + "/monthly-reports?limit=2", member).body);
  const boost::json::array& months = first.at("months").as_array();
  ASSERT_EQ(months.size(), 2u);
  EXPECT_EQ(months[0].at("month").as_string(), "2024-09");
  EXPECT_EQ(months[0].at("id").as_int64(), 202409);
  EXPECT_EQ(months[1].at("id").as_int64(), 202410);
  EXPECT_EQ(first.at("next_cursor").as_string(), "202410");
  const boost::json::value next = boost::json::parse(
      Get("/api/v1/projects/" + project + "/monthly-reports?limit=1&cursor=202410", member).body);
  EXPECT_EQ(next.at("months").at(0).at("month").as_string(), "2024-11");
  EXPECT_EQ(next.at("project_id").as_int64(), ProjectOf("Trygg hemgång"));
}

}  // namespace
}  // namespace stegvis::web
