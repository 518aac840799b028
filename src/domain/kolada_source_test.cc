#include "domain/kolada_source.h"

#include <gtest/gtest.h>

namespace stegvis::domain {
namespace {

TEST(KoladaSourceTest, ItsTextReadsBack) {
  const KoladaSource municipality{"N00945", "0180", false};
  EXPECT_EQ(KoladaSourceText(municipality), "kolada:N00945:municipality:0180");
  auto back = ParseKoladaSource(KoladaSourceText(municipality));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->kpi, "N00945");
  EXPECT_EQ(back->area, "0180");
  EXPECT_FALSE(back->unit);
  auto unit = ParseKoladaSource("kolada:U23471:ou:V15E018001");
  ASSERT_TRUE(unit);
  EXPECT_TRUE(unit->unit);
  EXPECT_EQ(unit->area, "V15E018001");
}

TEST(KoladaSourceTest, AnyOtherTextIsNoSource) {
  for (const char* text : {"", "kolada:", "kolada:N1", "kolada:N1:region:01", "scb:N1:ou:1",
                           "kolada::municipality:0180", "kolada:N1:municipality:",
                           "kolada:N 1:municipality:0180", "kolada:N1:municipality:01:80"}) {
    EXPECT_FALSE(ParseKoladaSource(text)) << text;
  }
}

}  // namespace
}  // namespace stegvis::domain
