// The search page and its JSON twin as a user meets them: linked from the header, in Swedish
// and English, results best first with the words marked, one read transaction, the JSON in
// exactly the shape of the contract, and a next page.

#include <set>
#include <string>

#include <boost/json/parse.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class SearchPagesTest : public WebTest {
 protected:
  void SetUp() override { SeedDemo(); }
};

TEST_F(SearchPagesTest, TheHeaderLinksToSearch) {
  Response home = Get("/", As(kDemoEmails.at("teammedlem")));
  EXPECT_TRUE(Has(home, "<a href=\"/sok\">Sök</a>"));
  Response page = Get("/sok", As(kDemoEmails.at("teammedlem")));
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "<a href=\"/sok\" aria-current=\"page\">Sök</a>"));
  EXPECT_TRUE(Has(page, "role=\"search\""));
  EXPECT_FALSE(Has(page, "results-heading")) << "no results before a query";
}

TEST_F(SearchPagesTest, AMemberFindsAnotherTeamsLearningWithTheWordsMarked) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  Response page = Get("/sok?q=kontaktperson", member);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "<mark>kontaktperson</mark>") || Has(page, "<mark>Kontaktperson</mark>"));
  EXPECT_TRUE(Has(page, "href=\"/forandringsideer/"));
  Response en = Get("/sok?q=kontaktperson&lang=en", member);
  EXPECT_TRUE(Has(en, "Results, best first"));
  Response none = Get("/sok?q=zzzzqqq", member);
  EXPECT_TRUE(Has(none, "Inga träffar."));
}

TEST_F(SearchPagesTest, AMemberFindsTheTeamsMonthlyReports) {
  // The demo's reports ask for time at the workplace meeting to go through the measurements.
  Response r = Get("/api/v1/search?q=arbetsplatsträffen&kind=monthly_report",
                   As(kDemoEmails.at("teammedlem")));
  ASSERT_EQ(r.status, 200) << r.body;
  const boost::json::array results =
      boost::json::parse(r.body).as_object().at("results").as_array();
  ASSERT_FALSE(results.empty());
  for (const boost::json::value& v : results) {
    const std::string url(v.at("url").as_string());
    const std::size_t month = url.find("/manadsrapport/");
    EXPECT_TRUE(url.starts_with("/projekt/") && month != std::string::npos) << url;
    EXPECT_EQ(url.size(), month + std::string("/manadsrapport/").size() + 7) << url;  // YYYY-MM
    EXPECT_EQ(Get(url, As(kDemoEmails.at("teammedlem"))).status, 200) << url;
  }
}

TEST_F(SearchPagesTest, ThePageIsOneReadTransaction) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  ExpectOneRead("/sok", member);
  ExpectOneRead("/sok?q=kontaktperson&typ=cycle", member);
}

TEST_F(SearchPagesTest, TheJsonHasTheContractsShape) {
  Response r = Get("/api/v1/search?q=kontaktperson", As(kDemoEmails.at("strateg")));
  ASSERT_EQ(r.status, 200) << r.body;
  const boost::json::object body = boost::json::parse(r.body).as_object();
  // The contract's two members, and whether more matched than were ranked.
  EXPECT_EQ(body.size(), 3u);
  ASSERT_TRUE(body.contains("next"));
  EXPECT_FALSE(body.at("newest_only").as_bool());
  const boost::json::array& results = body.at("results").as_array();
  ASSERT_FALSE(results.empty());
  for (const boost::json::value& v : results) {
    const boost::json::object& o = v.as_object();
    std::set<std::string> keys;
    for (const auto& member : o) keys.insert(std::string(member.key()));
    EXPECT_EQ(keys, (std::set<std::string>{"kind", "id", "title", "excerpt", "url"}));
    EXPECT_TRUE(o.at("url").as_string().starts_with("/"));
  }
}

TEST_F(SearchPagesTest, NextLeadsToTheFollowingPage) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const domain::Id project = ProjectOf("Trygg hemgång");
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    for (int i = 0; i < 12; ++i) {
      domain::ChangeIdea idea;
      idea.organisation_id = tx.Projects().Find(project)->organisation_id;
      idea.project_id = project;
      idea.title = "Pappersrutin " + std::to_string(i);
      tx.Pdsa().CreateIdea(idea, 1);
    }
    return true;
  });
  auto first = boost::json::parse(Get("/api/v1/search?q=pappersrutin", strateg).body).as_object();
  EXPECT_EQ(first.at("results").as_array().size(), 10u);
  ASSERT_TRUE(first.at("next").is_int64());
  const std::string next = std::to_string(first.at("next").as_int64());
  auto second = boost::json::parse(Get("/api/v1/search?q=pappersrutin&next=" + next, strateg).body)
                    .as_object();
  EXPECT_EQ(second.at("results").as_array().size(), 2u);
  EXPECT_TRUE(second.at("next").is_null());
  Response page = Get("/sok?q=pappersrutin", strateg);
  EXPECT_TRUE(Has(page, "/sok?q=pappersrutin&amp;start=10"));
}

}  // namespace
}  // namespace stegvis::web
