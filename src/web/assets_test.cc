// The embedded catalogue, templates and static files as the binary ships them.

#include <algorithm>
#include <set>
#include <string_view>

#include <gtest/gtest.h>

#include "web/http/embedded_files.h"
#include "web/http/static_files.h"
#include "web/render/catalogue.h"
#include "web/render/language.h"
#include "web/render/templates.h"

namespace stegvis::web {
namespace {

TEST(CatalogueTest, ShipsSwedishAndEnglishWithTheSameKeys) {
  auto catalogue = Catalogue::Load(EmbeddedFiles());
  ASSERT_TRUE(catalogue) << catalogue.error().message;
  EXPECT_EQ(catalogue->Get("sv", "nav.home"), "Start");
  EXPECT_EQ(catalogue->Get("en", "nav.home"), "Home");
  EXPECT_EQ(catalogue->Nested("sv").at("home").at("heading"), "Välkommen till Stegvis");
}

// A JSON reader keeps one of two equal keys without a word, so the shipped catalogues are
// read as text too (one message per line) and every key must stand once.
TEST(CatalogueTest, ShipsEachKeyOnce) {
  for (const EmbeddedFile& file : EmbeddedFiles()) {
    if (!file.name.starts_with("messages/")) continue;
    std::set<std::string_view> keys;
    std::string_view text = file.content;
    while (!text.empty()) {
      std::string_view line = text.substr(0, text.find('\n'));
      text.remove_prefix(std::min(text.size(), line.size() + 1));
      std::size_t open = line.find('"');
      std::size_t close = open == std::string_view::npos ? open : line.find("\":", open + 1);
      if (close == std::string_view::npos) continue;
      std::string_view key = line.substr(open + 1, close - open - 1);
      EXPECT_TRUE(keys.insert(key).second) << file.name << " has " << key << " twice";
    }
    EXPECT_GT(keys.size(), 100u) << file.name;
  }
}

TEST(CatalogueTest, RefusesALanguageThatLacksAKey) {
  EmbeddedFile files[] = {{"messages/sv.json", R"({"a": "A", "b": "B"})"},
                          {"messages/en.json", R"({"a": "A"})"}};
  auto catalogue = Catalogue::Load(files);
  ASSERT_FALSE(catalogue);
  EXPECT_NE(catalogue.error().message.find("lacks b"), std::string::npos);
}

TEST(CatalogueTest, RefusesAKeyThatIsAlsoAPrefix) {
  EmbeddedFile files[] = {{"messages/sv.json", R"({"a": "A", "a.b": "B"})"},
                          {"messages/en.json", R"({"a": "A", "a.b": "B"})"}};
  EXPECT_FALSE(Catalogue::Load(files));
}

TEST(CatalogueTest, FormatsPlaceholders) {
  auto catalogue = Catalogue::Load(EmbeddedFiles());
  ASSERT_TRUE(catalogue);
  EXPECT_EQ(catalogue->Format("sv", "home.units_intro", {{"organisation", "Solvik"}}),
            "Nämnder, förvaltningar och enheter i Solvik.");
}

TEST(TemplatesTest, EveryTemplateParsesAndValuesAreEscaped) {
  auto catalogue = Catalogue::Load(EmbeddedFiles());
  ASSERT_TRUE(catalogue);
  auto templates = Templates::Load(EmbeddedFiles(), *catalogue);
  ASSERT_TRUE(templates) << templates.error().message;
  boost::json::object view{{"heading", "<script>alert('x')</script>"}, {"body", "a & b"}};
  std::string html = templates->Render("error", view, "en");
  EXPECT_NE(html.find("Go to the home page"), std::string::npos) << "catalogue as {{msg.*}}";
  EXPECT_NE(html.find("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("a &amp; b"), std::string::npos);
}

TEST(StaticFilesTest, ServesWithTypeEtagAndRevalidation) {
  StaticFiles files(EmbeddedFiles());
  Request request;
  request.path = "/static/stegvis.css";
  Response first = files.Serve(request);
  EXPECT_EQ(first.status, 200);
  EXPECT_EQ(first.Header("Content-Type"), "text/css; charset=utf-8");
  EXPECT_FALSE(first.Header("ETag").empty());
  EXPECT_NE(first.Header("Cache-Control").find("max-age"), std::string::npos);

  request.headers = {{"if-none-match", std::string(first.Header("ETag"))}};
  Response second = files.Serve(request);
  EXPECT_EQ(second.status, 304);
  EXPECT_TRUE(second.body.empty());

  request.path = "/static/htmx.min.js";
  EXPECT_EQ(files.Serve(request).Header("Content-Type"), "text/javascript; charset=utf-8");
  request.path = "/static/missing.css";
  EXPECT_EQ(files.Serve(request).status, 404);
}

TEST(LanguageTest, SwedishFirstThenChoiceCookieAndBrowser) {
  Request r;
  EXPECT_EQ(ChooseLanguage(r).lang, "sv");
  r.headers = {{"accept-language", "en-GB,en;q=0.9,sv;q=0.8"}};
  EXPECT_EQ(ChooseLanguage(r).lang, "en");
  r.headers = {{"accept-language", "de-DE, sv;q=0.5, en;q=0.4"}};
  EXPECT_EQ(ChooseLanguage(r).lang, "sv");
  r.headers = {{"accept-language", "en"}, {"cookie", "lang=sv"}};
  EXPECT_EQ(ChooseLanguage(r).lang, "sv");
  r.query = {{"lang", "en"}};
  LanguageChoice chosen = ChooseLanguage(r);
  EXPECT_EQ(chosen.lang, "en");
  EXPECT_TRUE(chosen.remember);
  r.query = {{"lang", "fi"}};
  EXPECT_EQ(ChooseLanguage(r).lang, "sv") << "an unsupported choice falls back to the cookie";
}

}  // namespace
}  // namespace stegvis::web
