// The page cache through the real router, templates and store: a second view is served from
// it, and nothing a page depends on — a write by anyone, a role taken away, the language, the
// session, the day — leaves a page stale. Every other web test runs with the cache on too.

#include "web/render/cached_page.h"

#include <regex>
#include <string>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

using CachedPageTest = WebTest;

TEST_F(CachedPageTest, ASecondViewIsTheSameBytesFromTheCache) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string url = "/projekt/" + std::to_string(ProjectOf("Trygg hemgång"));
  Response first = Get(url, team);
  ASSERT_EQ(first.status, 200);
  const PageCache::Stats before = page_cache_->stats();
  Response second = Get(url, team);
  EXPECT_EQ(second.status, 200);
  EXPECT_EQ(second.body, first.body);
  EXPECT_EQ(page_cache_->stats().hits, before.hits + 1);
}

TEST_F(CachedPageTest, AWriteByAnotherUserIsSeenAtTheNextView) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string url = "/projekt/" + std::to_string(ProjectOf("Trygg hemgång"));
  ASSERT_FALSE(Has(Get(url, team), "Kortare vårdtider"));
  ASSERT_FALSE(Has(Get(url, team), "Kortare vårdtider"));  // now kept
  ASSERT_EQ(Post(url, As(kDemoEmails.at("chef")), "version=1&title=Kortare+vårdtider&status=active")
                .status,
            303);
  EXPECT_TRUE(Has(Get(url, team), "Kortare vårdtider"));
}

TEST_F(CachedPageTest, AWriteIsSeenOnEveryPageThatShowsIt) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string team_page = "/team/" + std::to_string(TeamId("Trygg hemgång"));
  const std::string project = "/projekt/" + std::to_string(ProjectOf("Trygg hemgång"));
  const std::string measure = "/matt/" + std::to_string(MeasureOf("Trygg hemgång"));
  for (const std::string& url : {std::string("/"), team_page, measure}) {
    ASSERT_EQ(Get(url, team).status, 200) << url;
    ASSERT_EQ(Get(url, team).status, 200) << url;  // now kept
  }
  ASSERT_EQ(Post(team_page, team, "name=Trygg+hemgång+Norr&description=").status, 303);
  EXPECT_TRUE(Has(Get("/", team), "Trygg hemgång Norr"));
  EXPECT_TRUE(Has(Get(team_page, team), "Trygg hemgång Norr"));
  ASSERT_EQ(Post(project, team, "version=1&title=Kortare+vårdtider&status=active").status, 303);
  EXPECT_TRUE(Has(Get(measure, team), "Kortare vårdtider"));
}

TEST_F(CachedPageTest, ARoleTakenAwayIsSeenAtTheNextView) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  TestClient admin = As(kDemoEmails.at("admin"));
  const std::string url = "/projekt/" + std::to_string(ProjectOf("Trygg hemgång"));
  ASSERT_EQ(Get(url, team).status, 200);
  ASSERT_EQ(Get(url, team).status, 200);  // now kept
  domain::Id user_id = 0;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    user_id = tx.Users().FindByEmail(kDemoEmails.at("teammedlem"))->id;
    return true;
  });
  const std::string user_page = "/admin/anvandare/" + std::to_string(user_id);
  Response roles = Get(user_page, admin);
  std::smatch membership;
  ASSERT_TRUE(std::regex_search(roles.body, membership,
                                std::regex("name=\"membership_id\" value=\"([0-9]+)\"")));
  ASSERT_EQ(Post(user_page + "/ta-bort-roll", admin, "membership_id=" + membership[1].str()).status,
            303);
  EXPECT_EQ(Get(url, team).status, 403);
}

TEST_F(CachedPageTest, ARoleGivenIsSeenAtTheNextView) {
  SeedDemo();
  TestClient politiker = As(kDemoEmails.at("politiker"));
  const std::string url = "/projekt/" + std::to_string(ProjectOf("Trygg hemgång"));
  const std::string form = "action=\"" + url + "/matt\"";
  ASSERT_FALSE(Has(Get(url, politiker), form)) << "a politician only reads";
  ASSERT_FALSE(Has(Get(url, politiker), form));  // now kept
  domain::Id user_id = 0;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    user_id = tx.Users().FindByEmail(kDemoEmails.at("politiker"))->id;
    return true;
  });
  ASSERT_EQ(
      Post("/admin/anvandare/" + std::to_string(user_id) + "/roller", As(kDemoEmails.at("admin")),
           "role=teammedlem&scope=team:" + std::to_string(TeamId("Trygg hemgång")))
          .status,
      303);
  EXPECT_TRUE(Has(Get(url, politiker), form)) << "now also a member of the team";
}

TEST_F(CachedPageTest, EachLanguageHasItsOwnPage) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  ASSERT_TRUE(Has(Get("/", team), "<html lang=\"sv\""));
  ASSERT_TRUE(Has(Get("/", team), "<html lang=\"sv\""));  // now kept
  EXPECT_TRUE(Has(Get("/", team, {{"accept-language", "en"}}), "<html lang=\"en\""));
  Response chosen = Get("/?lang=en", team);
  EXPECT_TRUE(Has(chosen, "<html lang=\"en\""));
  EXPECT_FALSE(chosen.Header("Set-Cookie").empty());
  TestClient english = team;
  english.cookie += "; lang=en";
  EXPECT_TRUE(Has(Get("/", english), "<html lang=\"en\""));
  EXPECT_TRUE(Has(Get("/", team), "<html lang=\"sv\""));
}

TEST_F(CachedPageTest, EachSessionHasItsOwnPageWithItsOwnToken) {
  SeedDemo();
  TestClient first = As(kDemoEmails.at("teammedlem"));
  TestClient second = As(kDemoEmails.at("teammedlem"));
  const std::string url = "/projekt/" + std::to_string(ProjectOf("Trygg hemgång"));
  ASSERT_TRUE(Has(Get(url, first), first.csrf));
  ASSERT_TRUE(Has(Get(url, first), first.csrf));  // now kept
  Response other = Get(url, second);
  EXPECT_TRUE(Has(other, second.csrf));
  EXPECT_FALSE(Has(other, first.csrf));
}

TEST_F(CachedPageTest, AnotherUserNeverGetsAKeptPage) {
  SeedDemo();
  const std::string url = "/projekt/" + std::to_string(ProjectOf("Trygg hemgång"));
  TestClient team = As(kDemoEmails.at("teammedlem"));
  ASSERT_TRUE(Has(Get(url, team), "action=\"" + url + "/matt\""));
  ASSERT_TRUE(Has(Get(url, team), "action=\"" + url + "/matt\""));  // now kept
  EXPECT_FALSE(Has(Get(url, As(kDemoEmails.at("politiker"))), "action=\"" + url + "/matt\""))
      << "a politician only reads";
}

TEST_F(CachedPageTest, ErrorPagesAndAnswersThatSetACookieAreNotKept) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  EXPECT_EQ(Get("/projekt/999999", team).status, 404);
  EXPECT_EQ(Get("/projekt/999999", team).status, 404);
  EXPECT_EQ(Get("/?lang=en", team).status, 200);
  EXPECT_EQ(Get("/?lang=en", team).status, 200);
  EXPECT_EQ(page_cache_->stats().entries, 0u);
  EXPECT_EQ(page_cache_->stats().hits, 0u);
}

TEST_F(CachedPageTest, ANewDayRendersThePageAgain) {
  SeedDemo();
  constexpr std::int64_t kDay = 24 * 60 * 60;
  clock_.Advance(kDay - clock_.NowUnixSeconds() % kDay - 120);  // 23:58 UTC
  TestClient team = As(kDemoEmails.at("teammedlem"));
  ASSERT_EQ(Get("/", team).status, 200);
  ASSERT_EQ(Get("/", team).status, 200);
  const PageCache::Stats before = page_cache_->stats();
  ASSERT_EQ(before.hits, 1u);
  clock_.Advance(180);  // 00:01, well within the entry's maximum age
  ASSERT_EQ(Get("/", team).status, 200);
  EXPECT_EQ(page_cache_->stats().hits, before.hits);
  EXPECT_EQ(page_cache_->stats().misses, before.misses + 1);
}

TEST_F(CachedPageTest, WithoutACacheEveryViewIsRendered) {
  SeedDemo();
  page_cache_.reset();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string url = "/projekt/" + std::to_string(ProjectOf("Trygg hemgång"));
  ASSERT_EQ(Get(url, team).status, 200);
  ASSERT_EQ(Post(url, team, "version=1&title=Kortare+vårdtider&status=active").status, 303);
  EXPECT_TRUE(Has(Get(url, team), "Kortare vårdtider"));
}

// The key holds the day, the user, the session's token, the language and the whole target.
TEST(PageKey, DiffersInEachThingAPageDependsOnAndNothingElse) {
  constexpr std::int64_t kNoon = 1'800'000'000 - 1'800'000'000 % 86400 + 43200;
  Request request;
  request.target = "/matt/4?visa=tabell";
  request.headers = {{"cookie", "stegvis_session=x; lang=en"}, {"user-agent", "a"}};
  Visitor visitor;
  visitor.session.emplace();
  visitor.session->principal.user.id = 7;
  visitor.session->data_version = 12;
  visitor.csrf_token = "token";
  const PageKey key = PageKeyOf(request, visitor, kNoon);
  EXPECT_EQ(key.data_version, 12);

  Request other_agent = request;
  other_agent.headers[1].second = "b";
  EXPECT_EQ(PageKeyOf(other_agent, visitor, kNoon + 3600).text, key.text)
      << "another header, later the same day";
  EXPECT_NE(PageKeyOf(request, visitor, kNoon + 43200).text, key.text) << "the next day";

  Request other_query = request;
  other_query.target = "/matt/4?visa=diagram";
  EXPECT_NE(PageKeyOf(other_query, visitor, kNoon).text, key.text);
  Request swedish = request;
  swedish.headers[0].second = "stegvis_session=x; lang=sv";
  EXPECT_NE(PageKeyOf(swedish, visitor, kNoon).text, key.text);
  Visitor other_user = visitor;
  other_user.session->principal.user.id = 8;
  EXPECT_NE(PageKeyOf(request, other_user, kNoon).text, key.text);
  Visitor other_session = visitor;
  other_session.csrf_token = "another";
  EXPECT_NE(PageKeyOf(request, other_session, kNoon).text, key.text);
}

}  // namespace
}  // namespace stegvis::web
