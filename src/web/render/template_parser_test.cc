#include "web/render/template_parser.h"

#include <gtest/gtest.h>

namespace stegvis::web {
namespace {

using Kind = TemplateToken::Kind;

// The error ParseTemplate gives for `source`, or "" if it parses.
std::string ErrorOf(std::string_view source) {
  auto tokens = ParseTemplate("page", source);
  return tokens ? "" : tokens.error().message;
}

TEST(TemplateParserTest, ReadsEveryKindOfTagWithItsLine) {
  auto tokens = ParseTemplate("page", "a {{x}}\n{{{y}}}{{& z }}\n{{#s}}{{^t}}{{.}}{{/t}}{{/s}}");
  ASSERT_TRUE(tokens) << tokens.error().message;
  std::vector<std::pair<Kind, std::string>> got;
  for (const auto& t : *tokens) got.emplace_back(t.kind, t.text);
  EXPECT_EQ(got, (std::vector<std::pair<Kind, std::string>>{{Kind::kText, "a "},
                                                            {Kind::kValue, "x"},
                                                            {Kind::kText, "\n"},
                                                            {Kind::kRawValue, "y"},
                                                            {Kind::kRawValue, "z"},
                                                            {Kind::kText, "\n"},
                                                            {Kind::kSection, "s"},
                                                            {Kind::kInverted, "t"},
                                                            {Kind::kValue, "."},
                                                            {Kind::kEnd, "t"},
                                                            {Kind::kEnd, "s"}}));
  EXPECT_EQ((*tokens)[1].line, 1);
  EXPECT_EQ((*tokens)[3].line, 2);
  EXPECT_EQ((*tokens)[6].line, 3);
}

TEST(TemplateParserTest, TrimsTagsAndDropsComments) {
  auto tokens = ParseTemplate("page", "{{  a.b  }}{{! a comment, {with} braces }}{{# s }}{{/ s }}");
  ASSERT_TRUE(tokens) << tokens.error().message;
  ASSERT_EQ(tokens->size(), 3u);
  EXPECT_EQ((*tokens)[0].text, "a.b");
  EXPECT_EQ((*tokens)[1].kind, Kind::kSection);
  EXPECT_EQ((*tokens)[1].text, "s");
}

TEST(TemplateParserTest, TextWithoutTagsIsOneToken) {
  auto tokens = ParseTemplate("page", "<p>}} { }</p>\n");
  ASSERT_TRUE(tokens);
  ASSERT_EQ(tokens->size(), 1u);
  EXPECT_EQ((*tokens)[0].text, "<p>}} { }</p>\n");
  EXPECT_TRUE(ParseTemplate("page", "")->empty());
}

TEST(TemplateParserTest, MalformedTemplatesNameTheTemplateAndLine) {
  EXPECT_EQ(ErrorOf("a\n{{x"), "template page, line 2: tag {{ is not closed");
  EXPECT_EQ(ErrorOf("{{{x}}"), "template page, line 1: tag {{{ is not closed");
  EXPECT_EQ(ErrorOf("\n\n{{ }}"), "template page, line 3: empty tag");
  EXPECT_EQ(ErrorOf("{{#}}"), "template page, line 1: invalid name \"\"");
  EXPECT_EQ(ErrorOf("{{a b}}"), "template page, line 1: invalid name \"a b\"");
  EXPECT_EQ(ErrorOf("{{a..b}}"), "template page, line 1: invalid name \"a..b\"");
  EXPECT_EQ(ErrorOf("{{.a}}"), "template page, line 1: invalid name \".a\"");
  EXPECT_EQ(ErrorOf("{{{#a}}}"), "template page, line 1: invalid name \"#a\"");
  EXPECT_EQ(ErrorOf("{{> footer}}"), "template page, line 1: partials are not supported");
  EXPECT_EQ(ErrorOf("{{=<% %>=}}"), "template page, line 1: set-delimiter tags are not supported");
}

TEST(TemplateParserTest, SectionsMustCloseInOrder) {
  EXPECT_EQ(ErrorOf("x\n{{/a}}"), "template page, line 2: {{/a}} closes no section");
  EXPECT_EQ(ErrorOf("{{#a}}\n{{^b}}\n{{/a}}"),
            "template page, line 3: {{/a}} closes {{^b}} of line 2");
  EXPECT_EQ(ErrorOf("{{#a}}{{/a}}\n{{#b}}"), "template page, line 2: {{#b}} is never closed");
  std::string deep;
  for (int i = 0; i <= kMaxSectionDepth; ++i) deep += "{{#a}}";
  EXPECT_EQ(ErrorOf(deep), "template page, line 1: sections nested deeper than 32");
}

}  // namespace
}  // namespace stegvis::web
