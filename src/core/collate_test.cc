#include "core/collate.h"

#include <algorithm>
#include <string>
#include <thread>
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

TEST(CollateTest, CompareIsZeroOnlyForEqualBytes) {
  EXPECT_EQ(CompareSwedish("Åsa", "Åsa"), 0);
  EXPECT_LT(CompareSwedish("Åsa", "Östra"), 0);
  EXPECT_GT(CompareSwedish("Östra", "Åsa"), 0);
  // "é" precomposed and as "e" + combining acute accent: equal to a Swedish reader, so the
  // bytes decide, the same way in both directions.
  const std::string composed = "Caf\xC3\xA9", decomposed = "Cafe\xCC\x81";
  EXPECT_NE(CompareSwedish(composed, decomposed), 0);
  EXPECT_EQ(CompareSwedish(composed, decomposed), -CompareSwedish(decomposed, composed));
  EXPECT_EQ(SwedishLess(composed, decomposed), CompareSwedish(composed, decomposed) < 0);
}

TEST(CollateTest, SortsTheSameInManyThreadsAtOnce) {
  const std::vector<std::string> names = {"Östra", "Ärende", "Åsa",  "Zeta",    "alfa", "Beta",
                                          "ängel", "Vallin", "Wall", "Enhet 2", "émile"};
  std::vector<std::string> expected = names;
  std::sort(expected.begin(), expected.end(), SwedishLess);
  std::vector<std::vector<std::string>> results(4);
  std::vector<std::thread> threads;
  for (auto& result : results) {
    threads.emplace_back([&names, &result] {
      for (int round = 0; round < 200; ++round) {
        result = names;
        std::sort(result.begin(), result.end(), SwedishLess);
      }
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& result : results) EXPECT_EQ(result, expected);
}

}  // namespace
}  // namespace stegvis::core
