#include "web/render/typed_view.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

#include "web/render/json_view.h"
#include "web/render/template_program.h"

namespace stegvis::web {
namespace {

enum class Colour { kRed, kBlue };
std::string_view ColourName(Colour c) {
  return c == Colour::kRed ? "red" : "blue & co";
}
std::optional<Colour> ParseColour(std::string_view) {
  return std::nullopt;
}

struct Link {
  std::string href;
  std::string label;
};
constexpr auto Describe(std::type_identity<Link>) {
  return std::tuple{core::Field("href", &Link::href), core::Field("label", &Link::label)};
}

struct Page {
  std::string title;
  std::string_view lang;
  std::int64_t id = 0;
  int count = 0;
  std::uint64_t big = 0;
  bool flag = false;
  double ratio = 0;
  std::optional<std::string> note;
  std::optional<std::int64_t> parent;
  std::vector<std::string> tags;
  std::vector<Link> links;
  std::optional<Link> featured;
  std::optional<std::vector<Link>> extra;
  Link main;
  RawHtml svg;
  Colour colour = Colour::kRed;
  std::string secret;
  std::vector<std::vector<int>> grid;
};
constexpr auto Describe(std::type_identity<Page>) {
  return std::tuple{
      core::Field("title", &Page::title),
      core::Field("lang", &Page::lang),
      core::Field("id", &Page::id),
      core::Field("count", &Page::count),
      core::Field("big", &Page::big),
      core::Field("flag", &Page::flag),
      core::Field("ratio", &Page::ratio),
      core::Field("note", &Page::note),
      core::Field("parent", &Page::parent),
      core::Field("tags", &Page::tags),
      core::Field("links", &Page::links),
      core::Field("featured", &Page::featured),
      core::Field("extra", &Page::extra),
      core::Field("main", &Page::main),
      core::Field("svg", &Page::svg),
      core::Field("colour", &Page::colour, core::kNoFlags,
                  &core::kTextForm<Colour, ColourName, ParseColour>),
      core::Field("secret", &Page::secret, core::kInternal),
      core::Field("grid", &Page::grid),
  };
}

std::string Render(std::string_view source, ViewRef view) {
  static const boost::json::object messages =
      boost::json::parse(R"({"save": "Spara"})").as_object();
  auto tokens = ParseTemplate("t", source);
  if (!tokens) return tokens.error().message;
  auto program = TemplateProgram::Compile("t", *tokens, messages);
  if (!program) return program.error().message;
  std::string out;
  program->Render(view, out);
  return out;
}

template <typename T>
std::string Render(std::string_view source, const T& view) {
  return Render(source, TypedView(view));
}

TEST(TypedViewTest, TextIsEscapedEvenInARawTag) {
  Page page;
  page.title = "<b>Trygg & säker</b>";
  page.lang = "sv";
  EXPECT_EQ(Render("{{title}}|{{{title}}}|{{& title}}|{{lang}}", page),
            "&lt;b&gt;Trygg &amp; säker&lt;/b&gt;|&lt;b&gt;Trygg &amp; säker&lt;/b&gt;|"
            "&lt;b&gt;Trygg &amp; säker&lt;/b&gt;|sv");
}

TEST(TypedViewTest, RawHtmlIsWrittenAsIsOnlyThroughARawTag) {
  Page page;
  page.svg.html = "<svg width=\"10\"></svg>";
  EXPECT_EQ(Render("{{{svg}}}|{{& svg}}", page),
            "<svg width=\"10\"></svg>|<svg width=\"10\"></svg>");
  EXPECT_EQ(Render("{{svg}}", page), "&lt;svg width=&quot;10&quot;&gt;&lt;/svg&gt;");
  EXPECT_EQ(Render("{{#svg}}yes{{/svg}}", page), "yes");
}

TEST(TypedViewTest, IntegersAreDecimal) {
  Page page;
  page.id = -9'007'199'254'740'993;
  page.count = 0;
  page.big = std::numeric_limits<std::uint64_t>::max();
  EXPECT_EQ(Render("{{id}} {{count}} {{big}}", page), "-9007199254740993 0 18446744073709551615");
  EXPECT_EQ(Render("{{#count}}zero is truthy{{/count}}", page), "zero is truthy");
}

TEST(TypedViewTest, DoublesAreTheShortestDecimalThatReadsBack) {
  auto text = [](double d) {
    Page page;
    page.ratio = d;
    return Render("{{ratio}}", page);
  };
  EXPECT_EQ(text(0.1), "0.1");
  EXPECT_EQ(text(3), "3");
  EXPECT_EQ(text(-1.25), "-1.25");
  EXPECT_EQ(text(100000), "100000");
  EXPECT_EQ(text(2.5e-7), "0.00000025");
  EXPECT_EQ(text(1.0 / 3), "0.3333333333333333");
  EXPECT_EQ(text(1e21), "1000000000000000000000");
  EXPECT_EQ(text(std::numeric_limits<double>::infinity()), "inf");
  EXPECT_EQ(text(std::nan("")), "nan");
  EXPECT_EQ(text(std::numeric_limits<double>::max()).size(), 309u);
}

TEST(TypedViewTest, BoolsHaveNoTextAndFalseIsFalsy) {
  Page page;
  EXPECT_EQ(Render("[{{flag}}]{{#flag}}on{{/flag}}{{^flag}}off{{/flag}}", page), "[]off");
  page.flag = true;
  EXPECT_EQ(Render("[{{flag}}]{{#flag}}on{{/flag}}{{^flag}}off{{/flag}}", page), "[]on");
}

TEST(TypedViewTest, AnAbsentOptionalIsFalsyAndAPresentOneIsItsValue) {
  Page page;
  const char* source =
      "[{{note}}|{{parent}}]{{^note}}no note{{/note}}{{#parent}} of {{.}}{{/parent}}";
  EXPECT_EQ(Render(source, page), "[|]no note");
  page.note = "a<b";
  page.parent = 0;
  EXPECT_EQ(Render(source, page), "[a&lt;b|0] of 0");
  page.note = "";
  EXPECT_EQ(Render("{{#note}}present, even empty{{/note}}", page), "present, even empty");
}

TEST(TypedViewTest, VectorsRepeatTheirSectionAndEmptyOnesAreFalsy) {
  Page page;
  const char* source = "{{#tags}}<{{.}}>{{/tags}}{{^tags}}none{{/tags}}";
  EXPECT_EQ(Render(source, page), "none");
  page.tags = {"a", "b&c"};
  EXPECT_EQ(Render(source, page), "<a><b&amp;c>");
  page.grid = {{1, 2}, {}, {3}};
  EXPECT_EQ(Render("{{#grid}}[{{#.}}{{.}}{{/.}}]{{/grid}}", page), "[12][][3]");
}

TEST(TypedViewTest, StructsPushContextAndNamesFallBackToOuterFrames) {
  Page page;
  page.title = "Page";
  page.id = 7;
  page.main = {"/a", "A"};
  page.links = {{"/x", "X"}, {"/y", ""}};
  EXPECT_EQ(Render("{{#links}}<a href=\"{{href}}\">{{label}} {{title}} {{id}}</a>{{/links}}", page),
            "<a href=\"/x\">X Page 7</a><a href=\"/y\"> Page 7</a>");
  EXPECT_EQ(Render("{{main.href}} {{#main}}{{label}}{{/main}} {{main.missing}}", page), "/a A ");
}

TEST(TypedViewTest, OptionalStructsAndListsWorkThroughTheOptional) {
  Page page;
  const char* source =
      "{{#featured}}{{label}}{{/featured}}{{featured.href}}|{{#extra}}{{label}},{{/extra}}"
      "{{^extra}}no extra{{/extra}}";
  EXPECT_EQ(Render(source, page), "|no extra");
  page.featured = Link{"/f", "F"};
  page.extra = std::vector<Link>{};
  EXPECT_EQ(Render(source, page), "F/f|no extra");
  page.extra->push_back({"/e", "E"});
  page.extra->push_back({"/g", "G"});
  EXPECT_EQ(Render(source, page), "F/f|E,G,");
}

TEST(TypedViewTest, FieldsWithATextFormShowTheirText) {
  Page page;
  page.colour = Colour::kBlue;
  EXPECT_EQ(Render("{{colour}}|{{#colour}}set{{/colour}}", page), "blue &amp; co|set");
}

TEST(TypedViewTest, InternalFieldsAreInvisible) {
  Page page;
  page.secret = "hash";
  EXPECT_EQ(Render("[{{secret}}]{{^secret}}hidden{{/secret}}", page), "[]hidden");
}

TEST(TypedViewTest, UnknownNamesRenderNothing) {
  Page page;
  EXPECT_EQ(Render("[{{nothing}}{{#nothing}}x{{/nothing}}{{title.more}}]", page), "[]");
}

TEST(TypedViewTest, MessagesAreAvailableInTypedViews) {
  Page page;
  page.links = {{"/x", "X"}};
  EXPECT_EQ(Render("{{#links}}{{msg.save}}{{/links}}", page), "Spara");
}

TEST(TypedViewTest, RendersAsTheSameDataInJson) {
  Page page;
  page.title = "T & t";
  page.id = 3;
  page.flag = true;
  page.note = "n";
  page.tags = {"x", "y"};
  page.links = {{"/1", "one"}};
  page.main = {"/m", "M"};
  boost::json::value json = boost::json::parse(R"({"title": "T & t", "id": 3, "flag": true,
      "note": "n", "parent": null, "tags": ["x", "y"], "links": [{"href": "/1", "label": "one"}],
      "main": {"href": "/m", "label": "M"}})");
  const char* source =
      "{{title}} {{id}}{{#flag}} on{{/flag}} {{note}}{{^parent}} root{{/parent}}\n"
      "  {{#tags}}\n  <i>{{.}}</i>\n  {{/tags}}\n{{#links}}{{href}} {{label}} {{id}}{{/links}}"
      "{{main.label}}{{#main}}{{href}}{{/main}}";
  EXPECT_EQ(Render(source, page), Render(source, JsonView(json)));
}

}  // namespace
}  // namespace stegvis::web
