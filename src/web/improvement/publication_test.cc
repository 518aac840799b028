// Publishing a project's story through the real router, templates and store: the preview shows
// what the public will see, the public page needs no login and shows no staff name and no
// suppressed value (HTML, SVG text), unpublishing ends the address, and nobody but a chef over
// the team or a strateg of the organisation publishes.

#include <string>

#include <boost/json/parse.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class PublicationTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    project_ = ProjectOf("Trygg hemgång");
    preview_ = "/projekt/" + std::to_string(project_) + "/publicera";
    api_ = "/api/v1/projects/" + std::to_string(project_) + "/publication";
    AddMeasureWithASmallValue();
  }

  // A count of the project split by sex: women 61..72 and men 8801..8812 a month, except
  // that in 2025-06 the women were 2 (so the men's 8806 must be hidden with them).
  void AddMeasureWithASmallValue() {
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      const domain::Project project = *tx.Projects().Find(project_);
      domain::Measure m;
      m.organisation_id = project.organisation_id;
      m.project_id = project_;
      m.name = "Larm per månad";
      m.data_type = stats::DataType::kCount;
      const domain::Id id = tx.Measures().Create(m, 1);
      for (int month = 1; month <= 12; ++month) {
        const std::string period =
            "2025-" + std::string(month < 10 ? "0" : "") + std::to_string(month);
        const std::string women = month == 6 ? "2" : std::to_string(60 + month);
        tx.Measures().SaveObservation({id, period, "women", women, "", "", 1, "chef@x"});
        tx.Measures().SaveObservation(
            {id, period, "men", std::to_string(8800 + month), "", "", 1, "chef@x"});
      }
      return true;
    });
  }

  // The public address the preview names once published.
  std::string PublicUrl() {
    Response preview = Get(preview_, As(kDemoEmails.at("chef")));
    const std::size_t at = preview.body.find("href=\"/publicerat/");
    if (at == std::string::npos) return "";
    const std::size_t start = at + 6;
    return preview.body.substr(start, preview.body.find('"', start) - start);
  }

  // Every user's display name in the demo.
  std::vector<std::string> StaffNames() {
    std::vector<std::string> names;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      for (const domain::Organisation& o : tx.Units().ListOrganisations()) {
        for (const domain::User& u : tx.Users().List(o.id)) names.push_back(u.display_name);
      }
      return true;
    });
    return names;
  }

  domain::Id project_ = 0;
  std::string preview_, api_;
};

TEST_F(PublicationTest, TheChefPreviewsPublishesAndThePublicReadsWithoutLogin) {
  TestClient chef = As(kDemoEmails.at("chef"));
  Response preview = Get(preview_, chef);
  ASSERT_EQ(preview.status, 200);
  EXPECT_TRUE(Has(preview, "Förhandsgranskning"));
  EXPECT_TRUE(Has(preview, "Samma kontaktperson, en vecka")) << "the abandoned cycle";
  ASSERT_EQ(Post(preview_, chef, "").status, 303);
  const std::string url = PublicUrl();
  ASSERT_TRUE(url.starts_with("/publicerat/")) << url;
  Response page = Get(url, Anonymous());
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "Samma kontaktperson, en vecka"));
  EXPECT_TRUE(Has(page, "href=\"/tillganglighet\""));
  EXPECT_TRUE(Has(page, "Larm per månad"));
  EXPECT_TRUE(Has(page, "8805")) << "a shown value";
  EXPECT_FALSE(Has(page, "8806")) << "the men's value hidden with the women's 2";
  EXPECT_TRUE(Has(page, "2025-06: kvinnor – färre än 5"));
  EXPECT_FALSE(Has(page, "/logout"));
  for (const std::string& name : StaffNames()) EXPECT_FALSE(Has(page, name)) << name;
  // The story page links to the preview for the chef, not for the team member.
  const std::string story = "/projekt/" + std::to_string(project_) + "/berattelse";
  EXPECT_TRUE(Has(Get(story, chef), preview_));
  EXPECT_FALSE(Has(Get(story, As(kDemoEmails.at("teammedlem"))), preview_));
}

TEST_F(PublicationTest, UnpublishingEndsThePublicAddress) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response published = Send("POST", api_, strateg, "{}",
                            {{"content-type", "application/json"}, {"x-csrf-token", strateg.csrf}});
  ASSERT_EQ(published.status, 201) << published.body;
  const std::string url(boost::json::parse(published.body).at("url").as_string());
  EXPECT_EQ(Get(url, Anonymous()).status, 200);
  EXPECT_EQ(Post("/projekt/" + std::to_string(project_) + "/avpublicera", strateg, "").status, 303);
  EXPECT_EQ(Get(url, Anonymous()).status, 404);
  EXPECT_EQ(Send("DELETE", api_, strateg, "", {{"x-csrf-token", strateg.csrf}}).status, 404);
}

TEST_F(PublicationTest, OnlyAChefOverTheTeamOrAStrategPublishes) {
  for (const char* role : {"teammedlem", "politiker", "admin"}) {
    TestClient client = As(kDemoEmails.at(role));
    EXPECT_EQ(Post(preview_, client, "").status, 403) << role;
    EXPECT_EQ(Get(preview_, client).status, 403) << role;
  }
  for (const char* email : {"admin@norrby.example", "team@norrby.example"}) {
    TestClient norrby = As(email);
    EXPECT_EQ(Get(preview_, norrby).status, 404) << email;
    EXPECT_EQ(Post(preview_, norrby, "").status, 404) << email;
    EXPECT_EQ(Send("POST", api_, norrby, "{}",
                   {{"content-type", "application/json"}, {"x-csrf-token", norrby.csrf}})
                  .status,
              404)
        << email;
  }
  TestClient chef = As(kDemoEmails.at("chef"));
  EXPECT_EQ(Post("/projekt/999999/publicera", chef, "").status, 404) << "a forged id";
  EXPECT_EQ(Send("POST", preview_, chef, "").status, 403) << "no CSRF token";
  EXPECT_EQ(Get("/publicerat/finns-inte-0123456789abcdef", Anonymous()).status, 404);
  EXPECT_EQ(Get("/publicerat/Versaler-OCH-tecken", Anonymous()).status, 404);
}

TEST_F(PublicationTest, StaffNamesAppearOnlyWhenChosen) {
  TestClient chef = As(kDemoEmails.at("chef"));
  ASSERT_EQ(Post(preview_, chef, "include_names=1").status, 303);
  Response page = Get(PublicUrl(), Anonymous());
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.body.find("@solvik"), std::string::npos) << "never an e-mail address";
}

TEST_F(PublicationTest, TheAdminSetsTheThreshold) {
  TestClient admin = As(kDemoEmails.at("admin"));
  EXPECT_EQ(Post("/admin/organisation", admin, "suppression_threshold=2").status, 422);
  EXPECT_EQ(Post("/admin/organisation", admin, "suppression_threshold=101").status, 422);
  ASSERT_EQ(Post("/admin/organisation", admin, "suppression_threshold=65").status, 303);
  ASSERT_EQ(Post(preview_, As(kDemoEmails.at("chef")), "").status, 303);
  Response page = Get(PublicUrl(), Anonymous());
  EXPECT_FALSE(Has(page, "8802")) << "women 62 < 65: the month hidden";
  EXPECT_TRUE(Has(page, "8810"));
  EXPECT_EQ(
      Post("/admin/organisation", As(kDemoEmails.at("strateg")), "suppression_threshold=9").status,
      403);
}

}  // namespace
}  // namespace stegvis::web
