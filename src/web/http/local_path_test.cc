#include "web/http/local_path.h"

#include <gtest/gtest.h>

namespace stegvis::web {
namespace {

TEST(LocalPathTest, AcceptsPathsOnThisSiteWithTheirQuery) {
  EXPECT_TRUE(IsLocalPath("/"));
  EXPECT_TRUE(IsLocalPath("/team/12"));
  EXPECT_TRUE(IsLocalPath("/matt/3?fran=2026-01&lang=en"));
  EXPECT_TRUE(IsLocalPath("/enheter/%C3%A5r"));
}

// Browsers drop TAB/CR/LF inside a URL and read '\' as '/': each of these leads to another host.
TEST(LocalPathTest, RefusesWhatABrowserReadsAsAnotherHost) {
  const std::string_view bad_paths[] = {"",
                                        "//evil.example",
                                        "/\\evil.example",
                                        "/\t/evil.example",
                                        "/\n/evil.example",
                                        "/\r/evil.example",
                                        "https://evil.example",
                                        "evil.example",
                                        "/a\\b",
                                        "/a b",
                                        "/a\"b",
                                        "/a<b",
                                        "/a#b",
                                        "/a\x7f",
                                        std::string_view("/a\0b", 4),
                                        "/\xc3\xa5"};
  for (std::string_view bad : bad_paths) EXPECT_FALSE(IsLocalPath(bad)) << bad;
  EXPECT_FALSE(IsLocalPath("/" + std::string(2000, 'a')));
  EXPECT_EQ(LocalPathOr("/\t/evil.example"), "/");
  EXPECT_EQ(LocalPathOr("/team/1"), "/team/1");
}

TEST(LocalPathTest, AnchorsAreShortWords) {
  EXPECT_TRUE(IsAnchor("text-12"));
  EXPECT_TRUE(IsAnchor("goal_links"));
  EXPECT_FALSE(IsAnchor(""));
  EXPECT_FALSE(IsAnchor("x\r\nX-Probe: 1"));
  EXPECT_FALSE(IsAnchor("a/b"));
  EXPECT_FALSE(IsAnchor(std::string(65, 'a')));
}

TEST(LocalPathTest, EncodesADecodedPathSoItStaysOnThisSite) {
  EXPECT_EQ(EncodeLocalPath("/enheter/år"), "/enheter/%C3%A5r");
  EXPECT_EQ(EncodeLocalPath("/a\"><script>"), "/a%22%3E%3Cscript%3E");
  EXPECT_EQ(EncodeLocalPath("/\t/evil.example"), "/%09/evil.example");
  EXPECT_EQ(EncodeLocalPath("//evil.example"), "/");
  EXPECT_EQ(EncodeLocalPath("/\\evil.example"), "/%5Cevil.example");
}

}  // namespace
}  // namespace stegvis::web
