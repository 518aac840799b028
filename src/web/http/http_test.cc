#include "web/http/http.h"

#include <gtest/gtest.h>

namespace stegvis::web {
namespace {

TEST(HttpTest, ParsesPathAndQueryWithPercentDecoding) {
  std::string path;
  HeaderList query;
  ASSERT_TRUE(ParseTarget("/enheter/%C3%A5r?namn=Hemtj%C3%A4nst+Norr&tom", path, query));
  EXPECT_EQ(path, "/enheter/år");
  ASSERT_EQ(query.size(), 2u);
  EXPECT_EQ(query[0].second, "Hemtjänst Norr");
  EXPECT_EQ(query[1].first, "tom");
}

TEST(HttpTest, RejectsMalformedOrClimbingTargets) {
  std::string path;
  HeaderList query;
  EXPECT_FALSE(ParseTarget("http://example.com/", path, query));
  EXPECT_FALSE(ParseTarget("/static/%2e%2e/%2e%2e/etc/passwd", path, query));
  EXPECT_FALSE(ParseTarget("/a%zz", path, query));
  EXPECT_FALSE(ParseTarget("/a%0", path, query));
  EXPECT_FALSE(ParseTarget("/a%00b", path, query));
}

TEST(HttpTest, ReadsCookiesAndHeadersCaseInsensitively) {
  Request r;
  r.headers = {{"cookie", "a=1; lang=en; b=2"}, {"accept", "text/html"}};
  EXPECT_EQ(r.Cookie("lang"), "en");
  EXPECT_FALSE(r.Cookie("missing"));
  EXPECT_EQ(r.Header("Accept"), "text/html");
}

TEST(HttpTest, ResponseSetHeaderReplaces) {
  Response r = Response::Text(200, "x");
  r.SetHeader("content-type", "text/csv");
  EXPECT_EQ(r.headers.size(), 1u);
  EXPECT_EQ(r.Header("Content-Type"), "text/csv");
}

TEST(HttpTest, ParsesForms) {
  HeaderList form = ParseForm("name=A%26B&empty=&x=1+2");
  ASSERT_EQ(form.size(), 3u);
  EXPECT_EQ(form[0].second, "A&B");
  EXPECT_EQ(form[1].second, "");
  EXPECT_EQ(form[2].second, "1 2");
}

}  // namespace
}  // namespace stegvis::web
