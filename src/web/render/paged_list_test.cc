// One page of an API list: the order, the cursor, the bounds of ?limit= and ?cursor=.

#include "web/render/paged_list.h"

#include <gtest/gtest.h>

namespace stegvis::web {
namespace {

boost::json::array Items(std::initializer_list<std::int64_t> ids) {
  boost::json::array out;
  for (std::int64_t id : ids) out.push_back(boost::json::object{{"id", id}});
  return out;
}

std::vector<std::int64_t> IdsOf(const boost::json::object& page, const char* key) {
  std::vector<std::int64_t> out;
  for (const auto& item : page.at(key).as_array()) out.push_back(item.at("id").as_int64());
  return out;
}

Request WithQuery(std::vector<std::pair<std::string, std::string>> query) {
  Request request;
  request.method = "GET";
  request.path = "/api/v1/teams";
  request.query = std::move(query);
  return request;
}

TEST(PagedList, APageHoldsTheItemsAfterTheCursorInOrderOfId) {
  const PageRequest first{2, std::nullopt};
  boost::json::object page = PagedList("teams", Items({7, 3, 9, 1, 5}), first);
  EXPECT_EQ(IdsOf(page, "teams"), (std::vector<std::int64_t>{1, 3}));
  EXPECT_EQ(page.at("next_cursor").as_string(), "3");

  page = PagedList("teams", Items({7, 3, 9, 1, 5}), {2, 3});
  EXPECT_EQ(IdsOf(page, "teams"), (std::vector<std::int64_t>{5, 7}));
  page = PagedList("teams", Items({7, 3, 9, 1, 5}), {2, 7});
  EXPECT_EQ(IdsOf(page, "teams"), (std::vector<std::int64_t>{9}));
  EXPECT_TRUE(page.at("next_cursor").is_null()) << "the last page says so";
}

TEST(PagedList, ACursorWhoseItemIsGoneStillContinuesWhereThePageEnded) {
  // Item 3 ended the first page and was then removed; item 2 was added before it.
  boost::json::object page = PagedList("teams", Items({1, 2, 5, 7}), {2, 3});
  EXPECT_EQ(IdsOf(page, "teams"), (std::vector<std::int64_t>{5, 7}));
  page = PagedList("teams", Items({}), {2, std::nullopt});
  EXPECT_TRUE(page.at("teams").as_array().empty());
  EXPECT_TRUE(page.at("next_cursor").is_null());
}

TEST(PagedList, AFullPageWithNothingAfterItHasNoNextCursor) {
  boost::json::object page = PagedList("teams", Items({1, 2}), {2, std::nullopt});
  EXPECT_EQ(IdsOf(page, "teams").size(), 2u);
  EXPECT_TRUE(page.at("next_cursor").is_null());
}

TEST(PagedList, TheLimitAndCursorAreReadStrictly) {
  auto plain = ReadPageRequest(WithQuery({}));
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->limit, kDefaultPageSize);
  EXPECT_FALSE(plain->after);
  auto chosen = ReadPageRequest(WithQuery({{"limit", "500"}, {"cursor", "42"}}));
  ASSERT_TRUE(chosen);
  EXPECT_EQ(chosen->limit, 500);
  EXPECT_EQ(chosen->after, 42);
  for (const char* bad : {"0", "501", "-1", "10a", "1e2", " 5", "99999999999999999999"}) {
    auto r = ReadPageRequest(WithQuery({{"limit", bad}}));
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().field, "limit");
    EXPECT_EQ(r.error().key, "error.whole_number");
  }
  for (const char* bad : {"abc", "-3", "4.5", "1 ", "99999999999999999999"}) {
    auto r = ReadPageRequest(WithQuery({{"cursor", bad}}));
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().field, "cursor");
    EXPECT_EQ(r.error().key, "error.page.cursor");
  }
}

}  // namespace
}  // namespace stegvis::web
