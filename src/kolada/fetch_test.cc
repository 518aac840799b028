#include "kolada/fetch.h"

#include <gtest/gtest.h>

#include <map>
#include <vector>

namespace stegvis::kolada {
namespace {

// Answers from a map of address → body; any other address is unreachable. Records each ask.
class FakeGetter : public HttpGetter {
 public:
  std::map<std::string, std::string> pages;
  std::vector<std::string> asked;
  core::Result<std::string> Get(const std::string& url) override {
    asked.push_back(url);
    auto it = pages.find(url);
    if (it == pages.end()) {
      return core::Fail(core::Error{core::ErrorCode::kUnavailable, "Couldn't connect", {}, {}});
    }
    return it->second;
  }
};

std::string Page(int year, const std::string& next) {
  return R"({"values": [{"kpi": "N00945", "municipality": "0180", "period": )" +
         std::to_string(year) + R"(, "values": [{"gender": "T", "value": 1.5}]}], "next_url": )" +
         (next.empty() ? "null" : "\"" + next + "\"") + "}";
}

constexpr const char* kBase = "http://127.0.0.1:9/v3";
const Series kSeries{"N00945", "0180", false};

TEST(KoladaFetchTest, AsksForOneSeriesAndFollowsItsPages) {
  FakeGetter getter;
  const std::string first = "http://127.0.0.1:9/v3/data/kpi/N00945/municipality/0180?per_page=5000";
  const std::string second = "http://127.0.0.1:9/v3/data/kpi/N00945/municipality/0180?page=2";
  getter.pages[first] = Page(2020, second);
  getter.pages[second] = Page(2021, "");
  auto all = FetchSeries(getter, kBase, kSeries);
  ASSERT_TRUE(all) << all.error().message;
  ASSERT_EQ(all->records.size(), 2u);
  EXPECT_EQ(all->records[1].year, 2021);
  EXPECT_TRUE(all->next_url.empty());
  EXPECT_EQ(getter.asked, (std::vector<std::string>{first, second}));
  EXPECT_EQ(FirstPageUrl("https://api.kolada.se/v3/", {"U1", "V15E", true}),
            "https://api.kolada.se/v3/oudata/kpi/U1/ou/V15E?per_page=5000");
}

TEST(KoladaFetchTest, UnreachableIsUnavailableWithTheReason) {
  FakeGetter getter;
  auto all = FetchSeries(getter, kBase, kSeries);
  ASSERT_FALSE(all);
  EXPECT_EQ(all.error().code, core::ErrorCode::kUnavailable);
  EXPECT_EQ(all.error().key, "error.kolada.unreachable");
  ASSERT_EQ(all.error().params.size(), 1u);
  EXPECT_EQ(all.error().params[0].text, "Couldn't connect");
}

TEST(KoladaFetchTest, AnUnknownSeriesIsNamed) {
  class NotFound : public HttpGetter {
   public:
    core::Result<std::string> Get(const std::string&) override {
      return core::Fail(core::Error{core::ErrorCode::kNotFound, "HTTP status 404", {}, {}});
    }
  } getter;
  auto all = FetchSeries(getter, kBase, kSeries);
  ASSERT_FALSE(all);
  EXPECT_EQ(all.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(all.error().key, "error.kolada.not_found");
  ASSERT_EQ(all.error().params.size(), 2u);
  EXPECT_EQ(all.error().params[1].text, "0180");
}

TEST(KoladaFetchTest, IdsThatCouldBendTheAddressAreRefusedUnasked) {
  FakeGetter getter;
  for (const Series& bad : {Series{"../admin", "0180", false}, Series{"N1", "0180?x=1", false},
                            Series{"", "0180", false}, Series{"N1", "01 80", true},
                            Series{"N1", std::string(33, '1'), false}}) {
    auto all = FetchSeries(getter, kBase, bad);
    ASSERT_FALSE(all);
    EXPECT_EQ(all.error().key, "error.kolada.bad_id");
  }
  EXPECT_TRUE(getter.asked.empty());
}

TEST(KoladaFetchTest, ANextPageOnAnotherServerIsNotFollowed) {
  FakeGetter getter;
  const std::string first = std::string(kBase) + "/data/kpi/N00945/municipality/0180?per_page=5000";
  for (const char* next : {"http://127.0.0.1:99/v3/page2", "http://127.0.0.1:9.evil/v3",
                           "https://127.0.0.1:9/v3/page2", "file:///etc/passwd"}) {
    getter.pages[first] = Page(2020, next);
    getter.asked.clear();
    auto all = FetchSeries(getter, kBase, kSeries);
    ASSERT_FALSE(all) << next;
    EXPECT_EQ(all.error().key, "error.kolada.foreign_next") << next;
    EXPECT_EQ(getter.asked.size(), 1u);
  }
}

TEST(KoladaFetchTest, PagesWithoutEndAreCutOff) {
  FakeGetter getter;
  const std::string first = std::string(kBase) + "/data/kpi/N00945/municipality/0180?per_page=5000";
  getter.pages[first] = Page(2020, first);  // a server that always sends the same page again
  auto all = FetchSeries(getter, kBase, kSeries);
  ASSERT_FALSE(all);
  EXPECT_EQ(all.error().key, "error.kolada.too_many_pages");
  EXPECT_EQ(getter.asked.size(), kMaxPages);
}

TEST(KoladaFetchTest, APageThatIsNotKoladasIsRefusedInItsWords) {
  FakeGetter getter;
  getter.pages[std::string(kBase) + "/data/kpi/N00945/municipality/0180?per_page=5000"] =
      "<html>Service unavailable</html>";
  auto all = FetchSeries(getter, kBase, kSeries);
  ASSERT_FALSE(all);
  EXPECT_EQ(all.error().key, "error.kolada.not_json");
}

}  // namespace
}  // namespace stegvis::kolada
