#include "core/swedish_words.h"

#include <gtest/gtest.h>

namespace stegvis::core {
namespace {

TEST(SplitWords, SplitsAtPunctuationAndFoldsSwedishLetters) {
  const std::vector<TextWord> words = SplitWords("Hemgång: ÖVERLÄMNING, 2 dagar–klart");
  ASSERT_EQ(words.size(), 5u);
  EXPECT_EQ(words[0].lower, "hemgång");
  EXPECT_EQ(words[1].lower, "överlämning");
  EXPECT_EQ(words[2].lower, "2");
  EXPECT_EQ(words[3].lower, "dagar");
  EXPECT_EQ(words[4].lower, "klart");
  EXPECT_EQ(std::string_view("Hemgång: ÖVERLÄMNING")
                .substr(words[1].begin, words[1].end - words[1].begin),
            "ÖVERLÄMNING");
}

TEST(SplitWords, InvalidUtf8SeparatesWords) {
  const std::vector<TextWord> words = SplitWords(
      "ab\xff"
      "cd");
  ASSERT_EQ(words.size(), 2u);
  EXPECT_EQ(words[1].lower, "cd");
}

TEST(IsSwedishStopWord, KnowsTheCommonWordsButNotContentWords) {
  EXPECT_TRUE(IsSwedishStopWord("och"));
  EXPECT_TRUE(IsSwedishStopWord("alla"));
  EXPECT_FALSE(IsSwedishStopWord("män"));
  EXPECT_FALSE(IsSwedishStopWord("kontaktperson"));
}

TEST(SwedishStemmer, ReducesInflectionsToOneStem) {
  SwedishStemmer stemmer;
  EXPECT_EQ(stemmer.Stem("kontaktpersonerna"), stemmer.Stem("kontaktperson"));
  EXPECT_EQ(stemmer.Stem("planeringen"), stemmer.Stem("planering"));
  EXPECT_TRUE(stemmer.Stem("hemgångsplanering").starts_with(stemmer.Stem("hemgång")));
}

}  // namespace
}  // namespace stegvis::core
