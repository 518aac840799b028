#include "web/render/template_program.h"

#include <atomic>
#include <thread>

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

#include "web/render/json_view.h"

namespace stegvis::web {
namespace {

const boost::json::object& Messages() {
  static const boost::json::object messages =
      boost::json::parse(R"({"home": {"title": "Hem & <start>", "intro": "Välkommen"},
                             "lang": {"other": "English"}})")
          .as_object();
  return messages;
}

// `source` compiled with Messages() and rendered with the JSON `view`.
std::string Render(std::string_view source, std::string_view view = "{}") {
  auto tokens = ParseTemplate("t", source);
  if (!tokens) return "parse error: " + tokens.error().message;
  auto program = TemplateProgram::Compile("t", *tokens, Messages());
  if (!program) return "compile error: " + program.error().message;
  boost::json::value value = boost::json::parse(view);
  std::string out;
  program->Render(JsonView(value), out);
  return out;
}

TEST(TemplateProgramTest, ValuesAreEscapedUnlessTheTagIsRaw) {
  const char* view = R"({"x": "<b>'A' & \"B\"</b>"})";
  EXPECT_EQ(Render("{{x}}", view), "&lt;b&gt;&apos;A&apos; &amp; &quot;B&quot;&lt;/b&gt;");
  EXPECT_EQ(Render("{{{x}}}", view), "<b>'A' & \"B\"</b>");
  EXPECT_EQ(Render("{{& x}}", view), "<b>'A' & \"B\"</b>");
}

TEST(TemplateProgramTest, JsonValuesRenderAsTheyDidBeforeTheEngine) {
  const char* view = R"({"i": -42, "u": 18446744073709551615, "d": 0.5, "t": true, "f": false,
                         "n": null, "o": {"a": 1}, "l": [1, 2], "e": ""})";
  EXPECT_EQ(Render("[{{i}}|{{u}}|{{d}}|{{t}}|{{f}}|{{n}}|{{o}}|{{l}}|{{e}}|{{missing}}]", view),
            "[-42|18446744073709551615|0.500000|||||||]");
  EXPECT_EQ(Render("{{d}}", R"({"d": 1e20})"), "100000000000000000000.000000");
}

TEST(TemplateProgramTest, OnlyFalseNullAndEmptyListsAreFalsy) {
  const char* view = R"({"t": true, "f": false, "n": null, "e": "", "z": 0, "o": {}, "l": [],
                         "s": "x"})";
  EXPECT_EQ(Render("{{#t}}t{{/t}}{{#f}}f{{/f}}{{#n}}n{{/n}}{{#e}}e{{/e}}{{#z}}z{{/z}}"
                   "{{#o}}o{{/o}}{{#l}}l{{/l}}{{#s}}s{{/s}}{{#missing}}m{{/missing}}",
                   view),
            "tezos");
  EXPECT_EQ(Render("{{^t}}t{{/t}}{{^f}}f{{/f}}{{^n}}n{{/n}}{{^e}}e{{/e}}{{^z}}z{{/z}}"
                   "{{^o}}o{{/o}}{{^l}}l{{/l}}{{^s}}s{{/s}}{{^missing}}m{{/missing}}",
                   view),
            "fnlm");
}

TEST(TemplateProgramTest, ListsRepeatTheirSectionPerItem) {
  EXPECT_EQ(Render("{{#l}}<{{name}}>{{/l}}", R"({"l": [{"name": "a"}, {"name": "b"}]})"), "<a><b>");
  EXPECT_EQ(Render("{{#l}}{{.}},{{/l}}", R"({"l": ["a&b", 2, true, null]})"), "a&amp;b,2,,,");
  EXPECT_EQ(Render("{{#l}}[{{#.}}{{.}}{{/.}}]{{/l}}", R"({"l": [[1, 2], [], [3]]})"), "[12][][3]");
}

TEST(TemplateProgramTest, NamesAreLookedUpFromTheTopOfTheContextStackDown) {
  const char* view = R"({"name": "page", "id": 7, "a": {"name": "a", "b": {"c": "abc"}},
                         "items": [{"name": "one"}, {"id": 2}, {"name": null}]})";
  EXPECT_EQ(Render("{{#items}}{{name}}/{{id}} {{/items}}", view), "one/7 page/2 /7 ");
  EXPECT_EQ(Render("{{#a}}{{name}} {{b.c}} {{#b}}{{c}} {{name}} {{id}}{{/b}}{{/a}}", view),
            "a abc abc a 7");
  EXPECT_EQ(Render("{{a.b.c}} {{a.name}} {{a.missing}} {{missing.c}}", view), "abc a  ");
}

TEST(TemplateProgramTest, DottedNamesAreLookedUpWholeInEachFrame) {
  // kainjow's rule, kept for identical pages: the inner `a` has no `b`, so the outer a.b wins.
  EXPECT_EQ(Render("{{#inner}}{{a.b}}{{/inner}}", R"({"a": {"b": "outer"},
                                                       "inner": {"a": {"c": 1}}})"),
            "outer");
}

TEST(TemplateProgramTest, TheDotIsTheCurrentValue) {
  EXPECT_EQ(Render("{{.}}|{{#s}}{{.}}{{/s}}|{{#o}}{{.}}{{/o}}", R"({"s": "text", "o": {}})"),
            "|text|");
  EXPECT_EQ(Render("{{#l}}{{^f}}{{.}}{{/f}}{{^missing}}{{.}}{{/missing}}{{/l}}",
                   R"({"l": ["x"], "f": false})"),
            "x")
      << "an inverted section over a value pushes it; over nothing it pushes nothing";
}

TEST(TemplateProgramTest, MessagesAreTextFixedAtCompileTime) {
  EXPECT_EQ(Render("<h1>{{msg.home.title}}</h1>{{{msg.home.title}}}"),
            "<h1>Hem &amp; &lt;start&gt;</h1>Hem & <start>");
  EXPECT_EQ(Render("{{msg.home}}|{{msg}}"), "|") << "a group of messages has no text";
  EXPECT_EQ(Render("{{#l}}{{msg.lang.other}}{{/l}}", R"({"l": [1, 2]})"), "EnglishEnglish");
  EXPECT_EQ(Render("{{msg.home.intro}}", R"({"msg": {"home": {"intro": "view"}}})"), "Välkommen")
      << "msg.* names the catalogue, never the view";
}

TEST(TemplateProgramTest, SectionsOverMessagesRenderFromTheCatalogue) {
  EXPECT_EQ(Render("{{#msg.home}}{{intro}}/{{title}}{{/msg.home}}"),
            "Välkommen/Hem &amp; &lt;start&gt;");
  EXPECT_EQ(
      Render(
          "{{#msg.lang.other}}[{{.}}]{{/msg.lang.other}}{{^msg.lang.other}}no{{/msg.lang.other}}"),
      "[English]");
}

TEST(TemplateProgramTest, AMessageTheCatalogueLacksIsACompileErrorWithTheLine) {
  EXPECT_EQ(Render("x\n{{msg.home.missing}}"),
            "compile error: template t, line 2: no message home.missing in the catalogue");
  EXPECT_EQ(Render("{{#msg.nope}}{{/msg.nope}}"),
            "compile error: template t, line 1: no message nope in the catalogue");
  EXPECT_EQ(Render("{{msg.home.title.more}}"),
            "compile error: template t, line 1: no message home.title.more in the catalogue");
}

TEST(TemplateProgramTest, CommentsRenderNothingButLeaveTheirLine) {
  EXPECT_EQ(Render("a{{! note }}b\n  {{! alone }}\nc"), "ab\n  \nc");
}

TEST(TemplateProgramTest, ALineWithOnlyRenderedSectionTagsIsLeftOut) {
  const char* source = "<ul>\n  {{#l}}\n  <li>{{.}}</li>\n  {{/l}}\n</ul>\n";
  EXPECT_EQ(Render(source, R"({"l": ["a", "b"]})"), "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n");
  // kainjow leaves the line of a skipped section, indentation and all.
  EXPECT_EQ(Render(source, R"({"l": []})"), "<ul>\n  \n</ul>\n");
  EXPECT_EQ(Render("  {{^l}}\nnone\n  {{/l}}\nend", R"({"l": []})"), "none\nend");
}

TEST(TemplateProgramTest, ALineIsKeptWhenSomethingButBlanksWasWrittenOnIt) {
  EXPECT_EQ(Render("{{#t}}x{{/t}}\n", R"({"t": true})"), "x\n");
  EXPECT_EQ(Render("{{#t}}{{v}}{{/t}}\nnext", R"({"t": true, "v": " \t "})"), "next")
      << "values count: blanks from a value are blanks";
  EXPECT_EQ(Render("{{#t}}{{v}}{{/t}}\nnext", R"({"t": true, "v": "\n"})"), "\n\nnext")
      << "a line break inside a value is not a line of the template";
  EXPECT_EQ(Render("  {{v}}\nnext", R"({"v": ""})"), "  \nnext") << "a value is not a section";
  EXPECT_EQ(Render("a\n{{#t}}{{/t}} ", R"({"t": true})"), "a\n") << "also at the end";
}

TEST(TemplateProgramTest, AllThreeLineBreaksCount) {
  const char* view = R"({"t": true})";
  EXPECT_EQ(Render("a\r\n{{#t}}\r\nb\r\n{{/t}}\r\nc", view), "a\r\nb\r\nc");
  EXPECT_EQ(Render("a\r{{#t}}\rb\r{{/t}}\rc", view), "a\rb\rc");
  EXPECT_EQ(Render("a\n{{#t}}\nb\n{{/t}}\nc", view), "a\nb\nc");
}

TEST(TemplateProgramTest, RendersFromManyThreadsAtOnce) {
  auto tokens = ParseTemplate("t", "{{#l}}{{.}}{{/l}}");
  auto program = TemplateProgram::Compile("t", *tokens, Messages());
  ASSERT_TRUE(program);
  boost::json::value view = boost::json::parse(R"({"l": [1, 2, 3]})");
  std::vector<std::thread> threads;
  threads.reserve(4);
  std::atomic<int> wrong{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 1000; ++i) {
        std::string out;
        program->Render(JsonView(view), out);
        if (out != "123") ++wrong;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(wrong, 0);
}

}  // namespace
}  // namespace stegvis::web
