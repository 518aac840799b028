#include "core/collate.h"

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace stegvis::core {
namespace {

TEST(CollateTest, SortsTheSwedishAlphabet) {
  std::vector<std::string> names = {"Östra", "Ärende", "Åsa", "Zeta", "alfa", "Beta", "ängel"};
  std::sort(names.begin(), names.end(), SwedishLess);
  EXPECT_EQ(names,
            (std::vector<std::string>{"alfa", "Beta", "Zeta", "Åsa", "ängel", "Ärende", "Östra"}));
}

TEST(CollateTest, IgnoresCaseAndFoldsForeignLetters) {
  EXPECT_TRUE(SwedishLess("emil", "Eva"));
  EXPECT_TRUE(SwedishLess("Café", "Cafh"));
  EXPECT_TRUE(SwedishLess("Müller", "Myz")) << "ü sorts as y";
  EXPECT_FALSE(SwedishLess("Øberg", "Åberg")) << "ø sorts with ö, after å";
}

TEST(CollateTest, PrefixAndDigitsFirstAndTotalOrder) {
  EXPECT_TRUE(SwedishLess("Hem", "Hemtjänst"));
  EXPECT_TRUE(SwedishLess("Enhet 2", "Enhet A"));
  EXPECT_FALSE(SwedishLess("abc", "abc"));
  EXPECT_NE(SwedishLess("ABC", "abc"), SwedishLess("abc", "ABC")) << "ties broken by bytes";
}

TEST(CollateTest, SurvivesInvalidUtf8) {
  EXPECT_TRUE(SwedishLess(std::string("a\xC3"), std::string("b")));
  EXPECT_FALSE(SwedishLess(std::string("\xFF\xFF"), std::string("\xFF\xFF")));
}

}  // namespace
}  // namespace stegvis::core
