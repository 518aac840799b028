#include "web/render/templates.h"

#include <stdexcept>

#include <gtest/gtest.h>

namespace stegvis::web {
namespace {

struct Greeting {
  std::string name;
  RawHtml badge;
};
constexpr auto Describe(std::type_identity<Greeting>) {
  return std::tuple{core::Field("name", &Greeting::name), core::Field("badge", &Greeting::badge)};
}

constexpr std::string_view kSv = R"({"hello": "Hej", "bye": "Hej då"})";
constexpr std::string_view kEn = R"({"hello": "Hello", "bye": "Goodbye"})";

core::Result<Templates> LoadWith(std::string_view name, std::string_view source,
                                 const Catalogue& catalogue) {
  EmbeddedFile files[] = {{"templates/other.mustache", "{{msg.bye}}"},
                          {name, source},
                          {"static/not_a_template.mustache", "{{"}};
  return Templates::Load(files, catalogue);
}

Catalogue TestCatalogue() {
  EmbeddedFile files[] = {{"messages/sv.json", kSv}, {"messages/en.json", kEn}};
  return *Catalogue::Load(files);
}

TEST(TemplatesTest, RendersEachLanguageWithItsMessages) {
  Catalogue catalogue = TestCatalogue();
  auto templates = LoadWith("templates/greet.mustache", "{{msg.hello}}, {{name}}!", catalogue);
  ASSERT_TRUE(templates) << templates.error().message;
  boost::json::object view{{"name", "Anna & Ali"}};
  EXPECT_EQ(templates->Render("greet", view, "sv"), "Hej, Anna &amp; Ali!");
  EXPECT_EQ(templates->Render("greet", view, "en"), "Hello, Anna &amp; Ali!");
  EXPECT_EQ(templates->Render("greet", boost::json::value(view), "en"), "Hello, Anna &amp; Ali!");
  EXPECT_EQ(templates->Render("greet", view, "de"), "Hej, Anna &amp; Ali!") << "Swedish first";
  EXPECT_EQ(templates->Render("other", view, "en"), "Goodbye");
}

TEST(TemplatesTest, RendersTypedViews) {
  Catalogue catalogue = TestCatalogue();
  auto templates =
      LoadWith("templates/greet.mustache", "{{msg.hello}} {{name}} {{{badge}}}", catalogue);
  ASSERT_TRUE(templates) << templates.error().message;
  Greeting greeting{"<Anna>", {"<b>1</b>"}};
  EXPECT_EQ(templates->Render("greet", greeting, "en"), "Hello &lt;Anna&gt; <b>1</b>");
}

TEST(TemplatesTest, AnUnknownTemplateIsAProgrammerError) {
  Catalogue catalogue = TestCatalogue();
  auto templates = LoadWith("templates/greet.mustache", "", catalogue);
  ASSERT_TRUE(templates);
  EXPECT_THROW(templates->Render("missing", boost::json::object{}, "sv"), std::out_of_range);
  EXPECT_THROW(templates->Render("not_a_template", boost::json::object{}, "sv"), std::out_of_range);
}

TEST(TemplatesTest, LoadingFailsNamingTheTemplateAndLine) {
  Catalogue catalogue = TestCatalogue();
  auto broken = LoadWith("templates/broken.mustache", "<p>\n{{#a}}\n</p>", catalogue);
  ASSERT_FALSE(broken);
  EXPECT_EQ(broken.error().message, "template broken, line 2: {{#a}} is never closed");
  auto unknown = LoadWith("templates/typo.mustache", "\n\n{{msg.helo}}", catalogue);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().message, "template typo, line 3: no message helo in the catalogue");
}

}  // namespace
}  // namespace stegvis::web
