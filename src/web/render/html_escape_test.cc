#include "web/render/html_escape.h"

#include <gtest/gtest.h>

namespace stegvis::web {
namespace {

TEST(HtmlEscapeTest, EscapesTheFiveCharactersAsKainjowDid) {
  EXPECT_EQ(EscapeHtml(R"(<a href="x" title='y'>&</a>)"),
            "&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;&lt;/a&gt;");
}

TEST(HtmlEscapeTest, LeavesEverythingElse) {
  EXPECT_EQ(EscapeHtml(""), "");
  EXPECT_EQ(EscapeHtml("Kvinnor & män – 50 %\n\t{{x}} `=/"),
            "Kvinnor &amp; män – 50 %\n\t{{x}} `=/");
  std::string bytes;
  for (int c = 1; c < 256; ++c) {
    if (std::string_view("&<>\"'").find(static_cast<char>(c)) == std::string_view::npos) {
      bytes += static_cast<char>(c);
    }
  }
  EXPECT_EQ(EscapeHtml(bytes), bytes);
}

TEST(HtmlEscapeTest, AppendsToWhatIsThere) {
  std::string out = "<p>";
  AppendEscaped("a<b", out);
  EXPECT_EQ(out, "<p>a&lt;b");
}

}  // namespace
}  // namespace stegvis::web
