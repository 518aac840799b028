// Publishing a programme's summary through the real router, templates and store: those who run
// the demo's programme preview, publish and unpublish it; the public page shows the host's own
// teams only, on grids with small numbers suppressed, without staff names or funnel plots; it
// is in the organisation's feed; nobody else may publish it.

#include <string>

#include <boost/json.hpp>

#include "domain/programme_publications.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class ProgrammePublicationTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    id_ = std::to_string(ProgrammeId("Jämställd hemtjänst"));
    preview_ = "/program/" + id_ + "/publicera";
    api_ = "/api/v1/programmes/" + id_ + "/publication";
  }
  Response Json(const std::string& method, const TestClient& c) {
    return Send(method, api_, c, "",
                {{"content-type", "application/json"}, {"x-csrf-token", c.csrf}});
  }
  std::string id_, preview_, api_;
};

TEST_F(ProgrammePublicationTest, ThePreviewShowsTheHostsTeamsAndPublishingMakesAPublicPage) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response story = Get("/program/" + id_ + "/berattelse", strateg);
  EXPECT_TRUE(Has(story, "<a href=\"" + preview_ + "\">Publicera en sammanfattning"));
  Response preview = Get(preview_, strateg);
  ASSERT_EQ(preview.status, 200);
  EXPECT_TRUE(Has(preview, "Sammanfattning av ett genombrottsprogram"));
  EXPECT_TRUE(Has(preview, "Berättelsen är inte publicerad."));
  EXPECT_TRUE(Has(preview, "Trygg hemgång"));
  EXPECT_FALSE(Has(preview, "Hela dagen")) << "a guest's work is not the host's to publish";
  EXPECT_TRUE(Has(preview, "Ytterligare 2 team från andra organisationer deltar"));

  ASSERT_EQ(Post(preview_, strateg, "").status, 303);
  Response published = Get(preview_, strateg);
  const std::size_t at = published.body.find("href=\"/publicerat/program/");
  ASSERT_NE(at, std::string::npos);
  const std::string url =
      published.body.substr(at + 6, published.body.find('"', at + 6) - (at + 6));

  Response page = Get(url);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "<h1 id=\"story-heading\">Jämställd hemtjänst"));
  EXPECT_TRUE(Has(page, "Trygg hemgång"));
  EXPECT_FALSE(Has(page, "Hela dagen"));
  EXPECT_FALSE(Has(page, "funnel.svg")) << "a funnel plot's points are the teams' values";
  EXPECT_FALSE(Has(page, "@solvik.example")) << "no staff e-mail";
  EXPECT_FALSE(Has(page, "Sara Lindqvist")) << "no staff name";
  EXPECT_TRUE(Has(page, "href=\"/tillganglighet\""));
  std::string feed;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    for (const domain::Organisation& o : tx.Units().ListOrganisations()) {
      if (o.name == "Solviks kommun") {
        feed = "/publicerat/organisation/" + std::to_string(o.id) + "/atom.xml";
      }
    }
    return true;
  });
  EXPECT_TRUE(Has(Get(feed), "/publicerat/program/"));

  ASSERT_EQ(Post("/program/" + id_ + "/avpublicera", strateg, "").status, 303);
  EXPECT_EQ(Get(url).status, 404);
  EXPECT_FALSE(Has(Get(feed), "/publicerat/program/"));
}

TEST_F(ProgrammePublicationTest, SmallNumbersAreSuppressedBeforeTheMeasuresAreSummedUp) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response created = Json("POST", strateg);
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string url(boost::json::parse(created.body).at("url").as_string());
  auto p = domain::LoadPublishedProgramme(*store_, clock_, url.substr(url.rfind('/') + 1));
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->other_teams, 2);
  EXPECT_TRUE(p->story.dashboard.funnels.empty());
  bool checked = false;
  for (const domain::ProgrammeTeam& t : p->story.page.details.teams) {
    EXPECT_EQ(t.team.organisation_id, p->organisation.id);
    for (std::size_t i = 0; i < t.measures.size(); ++i) {
      for (const domain::Observation& o : t.observations[i]) {
        EXPECT_TRUE(o.updated_by.empty());
        // A count below the threshold is never among the shown cells.
        if (t.measures[i].data_type == stats::DataType::kCount && o.group != "total") {
          EXPECT_GE(std::stod(o.value), p->organisation.suppression_threshold)
              << t.team.name << " " << o.period << " " << o.group;
          checked = true;
        }
      }
    }
  }
  EXPECT_TRUE(checked) << "the demo's count of deviations is split by sex";
  ASSERT_EQ(Json("DELETE", strateg).status, 204);
  EXPECT_FALSE(domain::LoadPublishedProgramme(*store_, clock_, url.substr(url.rfind('/') + 1)));
}

TEST_F(ProgrammePublicationTest, OnlyThoseWhoRunTheProgrammePublishIt) {
  EXPECT_EQ(Get(preview_, As(kDemoEmails.at("chef"))).status, 403);
  EXPECT_EQ(Json("POST", As(kDemoEmails.at("politiker"))).status, 403);
  EXPECT_EQ(Get(preview_, As("admin@norrby.example")).status, 403)
      << "a guest organisation's admin does not run the programme";
  EXPECT_EQ(Json("POST", As("admin@norrby.example")).status, 403);
  EXPECT_EQ(Get("/program/999999/publicera", As(kDemoEmails.at("strateg"))).status, 404);
  TestClient strateg = As(kDemoEmails.at("strateg"));
  ASSERT_EQ(Json("POST", strateg).status, 201);
  EXPECT_EQ(Json("POST", strateg).status, 409) << "published already";
  EXPECT_EQ(Get("/publicerat/program/inte-publicerad-0123456789abcdef").status, 404);
  EXPECT_EQ(Get("/publicerat/program/%3Cscript%3E").status, 404);
}

}  // namespace
}  // namespace stegvis::web
