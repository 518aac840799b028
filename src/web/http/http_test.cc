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

// A value with CR/LF would end the header and start one the client never sent us.
TEST(HttpTest, AHeaderWithAControlCharacterIsUnsafeToWrite) {
  Response ok = Response::Redirect("/projekt/1/forbattringsteori?sparat=1#text-12");
  ok.headers.emplace_back("Set-Cookie", "lang=sv; Path=/");
  EXPECT_EQ(UnsafeHeader(ok), "");
  for (const char* value : {"/x\r\nX-Probe: 1", "/x\nX-Probe: 1", "/x\ty", "/x\x01", "/x\x7f"}) {
    Response bad = Response::Redirect(value);
    EXPECT_EQ(UnsafeHeader(bad), "Location") << value;
  }
  Response bad_name = Response::Text(200, "x");
  bad_name.headers.emplace_back("X-A\r\nB", "1");
  EXPECT_EQ(UnsafeHeader(bad_name), "X-A\r\nB");
  bad_name.headers.front().first = "";
  EXPECT_FALSE(UnsafeHeader(bad_name).empty());
}

// A reset link's token is its path: the request log must not hold it.
TEST(HttpTest, LoggedPathHidesTokens) {
  const std::string token(64, 'a');
  EXPECT_EQ(LoggedPath("/aterstall/" + token), "/aterstall/{token}");
  EXPECT_EQ(LoggedPath("/aterstall/" + token + "/x"), "/aterstall/{token}/x");
  EXPECT_EQ(LoggedPath("/" + token), "/{token}");
  EXPECT_EQ(LoggedPath("/team/12/historik"), "/team/12/historik");
  EXPECT_EQ(LoggedPath("/"), "/");
  EXPECT_EQ(LoggedPath("/static/stegvis.css"), "/static/stegvis.css");
}

}  // namespace
}  // namespace stegvis::web
