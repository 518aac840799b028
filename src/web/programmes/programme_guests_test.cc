// The host's view of its guests: those who run the demo's programme (Solvik's strategist) see
// what Norrby's teams do in it — their projects in the programme and their measures linked to
// common definitions — never their own measures, and without links into Norrby's work, which
// stays closed to them.

#include <algorithm>
#include <string>
#include <vector>

#include <boost/json.hpp>

#include "web/render/xlsx_download.h"
#include "web/testing/web_test_fixture.h"
#include "xlsx/testing/sheet_check.h"

namespace stegvis::web {
namespace {

class ProgrammeGuestsTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    programme_ = std::to_string(ProgrammeId("Jämställd hemtjänst"));
    guest_team_ = TeamId("Hela dagen");
    // Norrby's team keeps a measure of its own in its programme project.
    TestClient norrby = As("admin@norrby.example");
    const std::string project = std::to_string(GuestProject(norrby));
    Response own = Send("POST", "/api/v1/projects/" + project + "/measures", norrby,
                        R"({"name":"Norrbys egna mått","data_type":"count"})",
                        {{"content-type", "application/json"}, {"x-csrf-token", norrby.csrf}});
    ASSERT_EQ(own.status, 201) << own.body;
    own_measure_ = std::to_string(boost::json::parse(own.body).at("id").as_int64());
  }
  domain::Id GuestProject(const TestClient& norrby) {
    const boost::json::value p =
        boost::json::parse(Get("/api/v1/programmes/" + programme_, norrby).body);
    for (const auto& t : p.at("teams").as_array()) {
      if (t.at("id").as_int64() == guest_team_) return t.at("project_ids").at(0).as_int64();
    }
    ADD_FAILURE() << "Hela dagen has no project in the programme";
    return 0;
  }
  // The team column (C) of the values sheet of the programme's workbook as `reader` gets it,
  // one entry per row below the header; empty when the download is refused.
  std::vector<std::string> WorkbookTeams(const TestClient& reader) {
    Response r = Get("/program/" + programme_ + "/matt.xlsx", reader);
    EXPECT_EQ(r.status, 200);
    if (r.status != 200) return {};
    EXPECT_EQ(r.Header("Content-Type"), kXlsxMediaType);
    auto package = docx::testing::OpenPackage(r.body);
    EXPECT_TRUE(package.problems.empty());
    EXPECT_EQ(xlsx::testing::SheetNames(package.parts["xl/workbook.xml"]),
              (std::vector<std::string>{"Mått", "Värden"}));
    std::vector<std::string> teams;
    for (const auto& [ref, cell] :
         xlsx::testing::Cells(package.parts["xl/worksheets/sheet2.xml"])) {
      if (ref[0] == 'C' && ref != "C1") teams.push_back(cell.value);
    }
    return teams;
  }
  std::string programme_;
  domain::Id guest_team_ = 0;
  std::string own_measure_;
};

TEST_F(ProgrammeGuestsTest, TheHostSeesTheGuestsProgrammeWorkWithoutLinksIntoIt) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const std::string team_link = "/team/" + std::to_string(guest_team_) + "\"";
  for (const std::string& url : {"/program/" + programme_, "/program/" + programme_ + "/oversikt",
                                 "/program/" + programme_ + "/berattelse"}) {
    Response r = Get(url, strateg);
    ASSERT_EQ(r.status, 200) << url;
    EXPECT_TRUE(Has(r, "Hela dagen")) << url;
    EXPECT_FALSE(Has(r, team_link)) << url << ": no link into the guest's team";
    EXPECT_FALSE(Has(r, "Norrbys egna mått")) << url << ": not programme work";
  }
  const boost::json::value dashboard =
      boost::json::parse(Get("/api/v1/programmes/" + programme_ + "/dashboard", strateg).body);
  bool seen = false;
  for (const auto& t : dashboard.at("teams").as_array()) {
    if (t.at("team_id").as_int64() != guest_team_) continue;
    seen = true;
    EXPECT_TRUE(t.at("programme_work_only").as_bool());
    EXPECT_TRUE(t.at("cycles_per_action_period").is_null());
    bool any_value = false;
    for (const auto& c : t.at("measures").as_array()) any_value |= !c.at("total").is_null();
    EXPECT_TRUE(any_value) << "the guest's values of the common measures";
  }
  EXPECT_TRUE(seen);
  const boost::json::value programme =
      boost::json::parse(Get("/api/v1/programmes/" + programme_, strateg).body);
  for (const auto& t : programme.at("teams").as_array()) {
    for (const auto& m : t.at("measure_ids").as_array()) {
      EXPECT_NE(std::to_string(m.as_int64()), own_measure_) << "the guest's own measure";
    }
  }
  // The guest's work itself stays closed to the host.
  EXPECT_EQ(Get("/team/" + std::to_string(guest_team_), strateg).status, 404);
  EXPECT_EQ(Get("/matt/" + own_measure_, strateg).status, 404);
}

TEST_F(ProgrammeGuestsTest, TheWorkbookOfTheCommonMeasuresHoldsWhatEachReaderMaySee) {
  auto has = [](const std::vector<std::string>& teams, const std::string& team) {
    return std::find(teams.begin(), teams.end(), team) != teams.end();
  };
  const std::vector<std::string> host = WorkbookTeams(As(kDemoEmails.at("strateg")));
  EXPECT_TRUE(has(host, "Hela dagen")) << "the guest's programme work, for the host";
  EXPECT_TRUE(has(host, "Trygg hemgång"));
  const std::vector<std::string> guest = WorkbookTeams(As("admin@norrby.example"));
  EXPECT_TRUE(has(guest, "Hela dagen"));
  EXPECT_FALSE(has(guest, "Trygg hemgång")) << "a guest does not see the host's teams";
  const std::vector<std::string> chef = WorkbookTeams(As(kDemoEmails.at("chef")));
  EXPECT_FALSE(has(chef, "Hela dagen")) << "a chef of the host reads teams by unit";
  // Through the API, the same file.
  Response api =
      Get("/api/v1/programmes/" + programme_ + "/measures.xlsx", As(kDemoEmails.at("strateg")));
  EXPECT_EQ(api.status, 200);
  EXPECT_EQ(api.Header("Content-Type"), kXlsxMediaType);
  EXPECT_TRUE(Has(Get("/program/" + programme_ + "/oversikt", As(kDemoEmails.at("strateg"))),
                  "href=\"/program/" + programme_ + "/matt.xlsx\" download"));
}

TEST_F(ProgrammeGuestsTest, GuestsStillSeeOnlyTheirOwnTeamsAndAManagerOfTheHostNoGuests) {
  Response norrby = Get("/program/" + programme_ + "/oversikt", As("admin@norrby.example"));
  EXPECT_FALSE(Has(norrby, "Trygg hemgång")) << "a guest does not see the host's teams";
  // A chef of the host reads teams by unit, not the programme's content: no guests.
  Response chef = Get("/program/" + programme_ + "/oversikt", As(kDemoEmails.at("chef")));
  ASSERT_EQ(chef.status, 200);
  EXPECT_FALSE(Has(chef, "Hela dagen"));
}

}  // namespace
}  // namespace stegvis::web
