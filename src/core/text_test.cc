#include "core/text.h"

#include <string>

#include <gtest/gtest.h>

namespace stegvis::core {
namespace {

TEST(TextTest, BlankIsEmptyOrOnlyWhiteSpace) {
  EXPECT_TRUE(IsBlank(""));
  EXPECT_TRUE(IsBlank(" \t\r\n"));
  EXPECT_TRUE(IsBlank("\v\f")) << "as std::isspace";
  EXPECT_FALSE(IsBlank(" a "));
  EXPECT_FALSE(IsBlank("\xC2\xA0")) << "a no-break space is text, not ASCII white space";
  EXPECT_FALSE(IsBlank(std::string(1, '\0')));
}

TEST(TextTest, TrimRemovesWhiteSpaceAtBothEnds) {
  EXPECT_EQ(Trim("  12,5\t\r\n"), "12,5");
  EXPECT_EQ(Trim("a b"), "a b");
  EXPECT_EQ(Trim(" \t "), "");
  EXPECT_EQ(Trim(""), "");
}

TEST(TextTest, AsciiLowerLeavesOtherBytesAlone) {
  EXPECT_EQ(AsciiLower("Anna.Svensson@Example.SE"), "anna.svensson@example.se");
  EXPECT_EQ(AsciiLower("\xC3\x85SA"), "\xC3\x85sa") << "Å is not ASCII";
}

TEST(TextTest, CountsCodePointsNotBytes) {
  EXPECT_EQ(CodePointCount(""), 0u);
  EXPECT_EQ(CodePointCount("maj"), 3u);
  EXPECT_EQ(CodePointCount("\xC3\xA5\xC3\xA4\xC3\xB6"), 3u);  // åäö
  EXPECT_EQ(CodePointCount("\xE2\x88\x92"
                           "1"),
            2u);                                      // −1
  EXPECT_EQ(CodePointCount("\xF0\x9F\x98\x80"), 1u);  // an emoji
  EXPECT_EQ(CodePointCount("a\xC3"), 2u) << "a lone lead byte still counts once";
}

TEST(TextTest, ControlCharactersAreC0ExceptTabLineBreaksAndDel) {
  EXPECT_FALSE(HasControlCharacter("Rad 1\r\nRad\t2"));
  EXPECT_FALSE(HasControlCharacter("\xC3\xA5r"));
  EXPECT_TRUE(HasControlCharacter(std::string_view("a\0b", 3)));
  EXPECT_TRUE(HasControlCharacter("a\x01"));
  EXPECT_TRUE(HasControlCharacter("a\x1b[31m"));
  EXPECT_TRUE(HasControlCharacter("a\x7f"));
}

TEST(TextTest, AShortPrefixEndsOnACodePointWithAnEllipsis) {
  EXPECT_EQ(ShortPrefix("kort"), "kort");
  EXPECT_EQ(ShortPrefix(std::string(40, 'x')), std::string(40, 'x'));
  EXPECT_EQ(ShortPrefix(std::string(41, 'x')), std::string(40, 'x') + "\u2026");
  EXPECT_EQ(ShortPrefix("\xC3\xA5\xC3\xA4\xC3\xB6", 2), "\xC3\xA5\xC3\xA4\u2026");
  EXPECT_EQ(ShortPrefix(std::string(900000, 'x')).size(), 40u + 3u);
}

}  // namespace
}  // namespace stegvis::core
