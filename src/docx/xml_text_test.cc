// Text in the package's XML (docx/xml_text.h): markup is escaped, and what XML 1.0 forbids is
// dropped rather than written, so no user text can make Word refuse the file.

#include "docx/xml_text.h"

#include <gtest/gtest.h>

namespace stegvis::docx {
namespace {

TEST(XmlTextTest, EscapesMarkupAndQuotes) {
  EXPECT_EQ(XmlText("<w:t>&\"'</w:t>"), "&lt;w:t&gt;&amp;&quot;&apos;&lt;/w:t&gt;");
}

TEST(XmlTextTest, KeepsSwedishLettersTabsAndLineBreaks) {
  EXPECT_EQ(XmlText("Åsa och Örjan\tär\r\nnöjda – 😊"), "Åsa och Örjan\tär\r\nnöjda – 😊");
}

TEST(XmlTextTest, DropsControlCharactersXmlForbids) {
  EXPECT_EQ(XmlText(std::string("a\0b\x01\x1F"
                                "c\x0B",
                                7)),
            "abc");
  EXPECT_EQ(XmlText("x\xEF\xBF\xBEy\xEF\xBF\xBFz"), "xyz");  // U+FFFE, U+FFFF
}

TEST(XmlTextTest, DropsBytesThatAreNotUtf8) {
  EXPECT_EQ(XmlText("caf\xE9!"), "caf!");  // Windows-1252 é
  EXPECT_EQ(XmlText("\xC0\xBC"
                    "a"),
            "a");  // overlong '<'
  EXPECT_EQ(XmlText("\xED\xA0\x80"
                    "b"),
            "b");                        // a surrogate
  EXPECT_EQ(XmlText("c\xE2\x82"), "c");  // cut short
  EXPECT_EQ(XmlText("\xF4\x90\x80\x80"
                    "d"),
            "d");  // beyond U+10FFFF
}

}  // namespace
}  // namespace stegvis::docx
