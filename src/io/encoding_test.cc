#include "io/encoding.h"

#include <gtest/gtest.h>

#include "io/csv.h"

namespace stegvis::io {
namespace {

TEST(EncodingTest, Utf8Validation) {
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("m\xC3\xA5nad \xE2\x82\xAC \xF0\x9F\x98\x80"));
  EXPECT_FALSE(IsValidUtf8("m\xE5nad"));          // Windows-1252 å
  EXPECT_FALSE(IsValidUtf8("\xC3"));              // truncated
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
}

TEST(EncodingTest, Windows1252Conversion) {
  EXPECT_EQ(Windows1252ToUtf8("m\xE5nad \xC5\xC4\xD6 \x80"),
            "m\xC3\xA5nad \xC3\x85\xC3\x84\xC3\x96 \xE2\x82\xAC");
  EXPECT_EQ(Windows1252ToUtf8("\x81"), "\xEF\xBF\xBD");
  EXPECT_EQ(ToUtf8("already \xC3\xA5"), "already \xC3\xA5");
}

TEST(EncodingTest, EveryWindows1252Byte) {
  // 0xA0-0xFF are Latin-1: the code point of the same number.
  for (int b = 0xA0; b <= 0xFF; ++b) {
    const std::string expected = {static_cast<char>(0xC0 | (b >> 6)),
                                  static_cast<char>(0x80 | (b & 0x3F))};
    EXPECT_EQ(Windows1252ToUtf8(std::string(1, static_cast<char>(b))), expected) << b;
  }
  EXPECT_EQ(Windows1252ToUtf8("\x80\x8A\x9F"), "\xE2\x82\xAC\xC5\xA0\xC5\xB8");  // € Š Ÿ
  // The five undefined bytes become U+FFFD each; the text around them is kept.
  EXPECT_EQ(Windows1252ToUtf8("a\x81\x8D\x8F\x90\x9D"
                              "b"),
            "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(Windows1252ToUtf8(""), "");
}

TEST(EncodingTest, CsvInWindows1252IsReadAsUtf8) {
  auto table = ParseCsv("m\xE5nad;v\xE4rde\r\n2021-01-01;1,5\r\n");
  ASSERT_TRUE(table.has_value());
  EXPECT_EQ(table->header[0], "m\xC3\xA5nad");
  EXPECT_EQ(table->header[1], "v\xC3\xA4rde");
}

}  // namespace
}  // namespace stegvis::io
