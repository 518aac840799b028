// The programme dashboard through the real router, templates and a real store: the demo's
// programme (Solvik hosts it; two of Norrby's teams take part), read by the host's strategist
// and by Norrby's admin, as a page, as JSON and as funnel plots.

#include <string>

#include <boost/json.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class DashboardPagesTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    programme_ = ProgrammeId("Jämställd hemtjänst");
    url_ = "/program/" + std::to_string(programme_) + "/oversikt";
    api_ = "/api/v1/programmes/" + std::to_string(programme_);
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      for (const auto& m : tx.Measures().ListOfProgramme(programme_)) definitions_.push_back(m.id);
      return true;
    });
  }
  std::string FunnelUrl(std::size_t definition) const {
    return api_ + "/measure-definitions/" + std::to_string(definitions_.at(definition)) +
           "/funnel.svg";
  }
  domain::Id programme_ = 0;
  std::string url_, api_;
  std::vector<domain::Id> definitions_;  // the demo's: two proportions, then a count
};

TEST_F(DashboardPagesTest, TheProgrammePageLeadsToTheDashboard) {
  Response page = Get("/program/" + std::to_string(programme_), As(kDemoEmails.at("strateg")));
  EXPECT_TRUE(Has(page, "<a href=\"" + url_ + "\">Översikt över teamens mått</a>"));
}

TEST_F(DashboardPagesTest, TheHostSeesEveryTeamItMayWithEachMeasureInWordsAndATableToScroll) {
  Response r = Get(url_, As(kDemoEmails.at("strateg")));
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r, "<h1>Översikt: Jämställd hemtjänst</h1>"));
  EXPECT_TRUE(Has(r, "class=\"table-wrap\" tabindex=\"0\" role=\"region\""));
  EXPECT_TRUE(Has(r, "Trygg hemgång"));
  EXPECT_TRUE(Has(r, "Rätt tid"));
  EXPECT_TRUE(Has(r,
                  "colspan=\"7\" class=\"dashboard__measure\">Nöjd med inflytandet över när "
                  "hjälpen ges (%)</th>"));
  // The demo's data end in September 2026; on 15 January 2027 December is the last complete
  // month.
  EXPECT_TRUE(Has(r, "saknar värde för 2026-12"));
  EXPECT_TRUE(Has(r, ">2026-09</a>"));
  // Every icon has its words beside it; the key says what they mean.
  EXPECT_TRUE(Has(r, "aria-hidden=\"true\">"));
  EXPECT_TRUE(Has(r, "Så läser du tabellen"));
  EXPECT_TRUE(Has(r, "Målet nås: hela området mellan styrgränserna"));
  // The funnel plots of the two proportions (not of the count), with their data tables.
  EXPECT_TRUE(Has(r, "<img src=\"" + FunnelUrl(0) + "\""));
  EXPECT_TRUE(Has(r, "<img src=\"" + FunnelUrl(1) + "\""));
  EXPECT_FALSE(Has(r, FunnelUrl(2)));
  EXPECT_TRUE(Has(r, "Nöjd med inflytandet över när hjälpen ges – Kvinnor: värden och signaler"));
  // PDSA cycles per action period and the progress score.
  EXPECT_TRUE(Has(r, "Arbetsperiod 1: "));
  EXPECT_TRUE(Has(r, "upp från"));

  Response en = Get(url_ + "?lang=en", As(kDemoEmails.at("strateg")));
  EXPECT_TRUE(Has(en, "<h1>Overview: Jämställd hemtjänst</h1>"));
  EXPECT_TRUE(Has(en, "no value for 2026-12"));
  EXPECT_TRUE(Has(en, "How to read the table"));
}

TEST_F(DashboardPagesTest, AGuestOrganisationSeesOnlyItsOwnTeams) {
  Response r = Get(url_, As("admin@norrby.example"));
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r, "Hela dagen"));
  EXPECT_FALSE(Has(r, "Trygg hemgång")) << "Solvik's team is Solvik's";
  EXPECT_TRUE(Has(r, "Ytterligare 2 team deltar"));
  Response json = Get(api_ + "/dashboard", As("admin@norrby.example"));
  ASSERT_EQ(json.status, 200);
  EXPECT_FALSE(Has(json, "Trygg hemgång"));
  EXPECT_TRUE(Has(json, "Hela dagen"));
}

TEST_F(DashboardPagesTest, AnAdoptedMeasureWithoutValuesSaysSoAndLinksNothingEmpty) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const HeaderList json = {{"content-type", "application/json"}, {"x-csrf-token", strateg.csrf}};
  Response added = Send("POST", api_ + "/measure-definitions", strateg,
                        R"({"name":"Hembesök i tid","data_type":"count"})", json);
  ASSERT_EQ(added.status, 201);
  const std::string id = std::to_string(boost::json::parse(added.body).at("id").as_int64());
  TestClient team = As(kDemoEmails.at("teammedlem"));
  ASSERT_EQ(
      Send("POST", "/api/v1/projects/" + std::to_string(ProjectOf("Trygg hemgång")) + "/measures",
           team, "{\"definition_id\":" + id + "}",
           {{"content-type", "application/json"}, {"x-csrf-token", team.csrf}})
          .status,
      201);
  Response r = Get(url_, strateg);
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r, "Hembesök i tid</th>")) << "no unit, no empty brackets";
  EXPECT_TRUE(Has(r, "Inga värden ännu"));
  EXPECT_FALSE(Has(r, "\"></a>")) << "a link without words";
  EXPECT_FALSE(Has(r, "<p role=\"status\"></p>"));
}

TEST_F(DashboardPagesTest, AMeasureOfGirlsAndBoysHeadsItsColumnsSo) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const HeaderList json = {{"content-type", "application/json"}, {"x-csrf-token", strateg.csrf}};
  Response before = Get(url_, strateg);
  ASSERT_EQ(before.status, 200);
  EXPECT_FALSE(Has(before, "<th scope=\"col\">Flickor</th>"));
  ASSERT_EQ(Send("POST", api_ + "/measure-definitions", strateg,
                 R"({"name":"Lästa böcker","data_type":"count","grouping":"girls_boys"})", json)
                .status,
            201);
  Response r = Get(url_, strateg);
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r, "<th scope=\"col\">Flickor</th><th scope=\"col\">Pojkar</th>"));
  EXPECT_TRUE(Has(r, "<th scope=\"col\">Kvinnor</th><th scope=\"col\">Män</th>"))
      << "the demo's measures of women and men keep their headings";
}

TEST_F(DashboardPagesTest, TheTeamsAreSortedAndFilteredByPlainParameters) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response all = Get(url_ + "?signal=saknar-data", strateg);
  EXPECT_TRUE(Has(all, "Visar 4 av 4 team.")) << "no team has December's values";
  EXPECT_TRUE(Has(all, "<option value=\"saknar-data\" selected>"));
  Response by_unit = Get(url_ + "?sortera=enhet", strateg);
  EXPECT_TRUE(Has(by_unit, "<option value=\"enhet\" selected>"));
  EXPECT_FALSE(Has(by_unit, "Visar ")) << "no filter, no count";
  // A value the form does not offer is the default, not an error.
  EXPECT_EQ(Get(url_ + "?sortera=%3Cx%3E&signal=nej", strateg).status, 200);
}

TEST_F(DashboardPagesTest, TheJsonHasOneRowPerTeamAndTheContractsFields) {
  Response r = Get(api_ + "/dashboard", As(kDemoEmails.at("strateg")));
  ASSERT_EQ(r.status, 200);
  const boost::json::object body = boost::json::parse(r.body).as_object();
  const boost::json::array& teams = body.at("teams").as_array();
  ASSERT_EQ(teams.size(), 4u) << "Solvik's two teams, and Norrby's two as programme work";
  for (const auto& team : teams) {
    EXPECT_TRUE(team.as_object().at("team_id").is_int64());
    const boost::json::array& measures = team.as_object().at("measures").as_array();
    ASSERT_EQ(measures.size(), 3u);
    for (const auto& m : measures) {
      const boost::json::object& cell = m.as_object();
      for (const char* field : {"definition_id", "women", "men", "total", "gap", "variation",
                                "assurance", "missing_last_period"}) {
        EXPECT_TRUE(cell.contains(field)) << field;
      }
      EXPECT_TRUE(cell.at("women").is_double() || cell.at("women").is_int64());
      EXPECT_TRUE(cell.at("missing_last_period").as_bool());
    }
  }
  const boost::json::object& first = teams[0].as_object().at("measures").as_array()[0].as_object();
  EXPECT_EQ(first.at("definition_id").as_int64(), definitions_[0]);
  const std::string variation(first.at("variation").as_string());
  EXPECT_TRUE(variation == "special_cause_improvement" || variation == "special_cause_concern" ||
              variation == "common_cause")
      << variation << ": 24 months are enough to judge";
  const std::string assurance(first.at("assurance").as_string());
  EXPECT_NE(assurance, "no_target") << "the demo's proportions have targets";
  const boost::json::object& count = teams[0].as_object().at("measures").as_array()[2].as_object();
  EXPECT_EQ(std::string(count.at("assurance").as_string()), "no_target");
}

TEST_F(DashboardPagesTest, TheFunnelDrawsWomenMenAndTotalSideBySideAndRefusesCountsInWords) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response svg = Get(FunnelUrl(0), strateg);
  ASSERT_EQ(svg.status, 200);
  EXPECT_EQ(svg.Header("Content-Type"), "image/svg+xml; charset=utf-8");
  EXPECT_TRUE(Has(svg, "<title id=\"funnel-1-title\">Kvinnor</title>"));
  EXPECT_TRUE(Has(svg, "<title id=\"funnel-2-title\">Män</title>"));
  EXPECT_TRUE(Has(svg, "<title id=\"funnel-3-title\">Totalt</title>"));
  EXPECT_TRUE(Has(svg, "Nöjd med inflytandet över när hjälpen ges (2026-09)"));
  Response count = Get(FunnelUrl(2), strateg);
  EXPECT_EQ(count.status, 422);
  EXPECT_TRUE(Has(count, "Trattdiagram ritas bara för mått som är andelar eller kvoter."));
}

TEST_F(DashboardPagesTest, TheFunnelComesAsAPngImageForSlides) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  std::string url = FunnelUrl(0);
  url.replace(url.size() - 3, 3, "png");
  Response png = Get(url, strateg);
  ASSERT_EQ(png.status, 200);
  EXPECT_EQ(png.Header("Content-Type"), "image/png");
  EXPECT_EQ(png.body.substr(0, 8), "\x89PNG\r\n\x1a\n");
  EXPECT_EQ(png.Header("Content-Disposition"),
            "attachment; filename=\"tratt-" + std::to_string(definitions_.at(0)) + ".png\"");
  EXPECT_TRUE(Has(Get(url_, strateg), "<a href=\"" + url + "\" download>"));
  EXPECT_EQ(Get(FunnelUrl(2).substr(0, FunnelUrl(2).size() - 3) + "png", strateg).status, 422);
}

}  // namespace
}  // namespace stegvis::web
