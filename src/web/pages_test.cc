// Pages rendered through the real route table, templates and a real SQLite store.

#include <filesystem>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "domain/demo.h"
#include "store/sqlite_store.h"
#include "web/routes.h"

namespace stegvis::web {
namespace {

class PagesTest : public ::testing::Test {
 protected:
  PagesTest()
      : dir_(std::filesystem::temp_directory_path() /
             ("stegvis-pages-" + std::to_string(std::random_device{}()))),
        clock_(1'800'000'000),
        log_(core::LogLevel::kError, log_out_, clock_),
        catalogue_(*Catalogue::Load(EmbeddedFiles())),
        templates_(std::move(*Templates::Load(EmbeddedFiles(), catalogue_))),
        static_files_(EmbeddedFiles()) {
    std::filesystem::create_directories(dir_);
    store_ = std::make_unique<store::SqliteStore>((dir_ / "pages.db").string());
  }
  ~PagesTest() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  Response Get(const std::string& target, HeaderList headers = {}) {
    App app{*store_, clock_, log_, catalogue_, templates_, static_files_, "http://localhost/"};
    Router router = BuildRouter(app);
    Request request;
    request.method = "GET";
    request.target = target;
    request.headers = std::move(headers);
    EXPECT_TRUE(ParseTarget(target, request.path, request.query));
    return MakeRequestHandler(router)(request);
  }

  std::filesystem::path dir_;
  core::FixedClock clock_;
  std::ostringstream log_out_;
  core::Logger log_;
  Catalogue catalogue_;
  Templates templates_;
  StaticFiles static_files_;
  std::unique_ptr<store::SqliteStore> store_;
};

TEST_F(PagesTest, ReadyzIsUnavailableUntilMigrated) {
  EXPECT_EQ(Get("/readyz").status, 503);
  store_->Migrate();
  Response ready = Get("/readyz");
  EXPECT_EQ(ready.status, 200);
  EXPECT_EQ(ready.body, "ready\n");
  EXPECT_EQ(Get("/healthz").status, 200);
}

TEST_F(PagesTest, HomeListsTheDemoUnitsInSwedishAndEnglish) {
  store_->Migrate();
  ASSERT_TRUE(domain::SeedDemo(*store_, clock_));
  Response sv = Get("/");
  EXPECT_EQ(sv.status, 200);
  EXPECT_NE(sv.body.find("<html lang=\"sv\">"), std::string::npos);
  EXPECT_NE(sv.body.find("Hemtjänst Norr"), std::string::npos);
  EXPECT_NE(sv.body.find("Förvaltning"), std::string::npos);
  EXPECT_NE(sv.body.find("href=\"#main\""), std::string::npos) << "skip link";
  EXPECT_NE(sv.body.find("/tillganglighet"), std::string::npos) << "accessibility statement link";

  Response en = Get("/?lang=en");
  EXPECT_NE(en.body.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(en.body.find("Administration"), std::string::npos);
  EXPECT_EQ(en.Header("Set-Cookie").substr(0, 8), "lang=en;");
}

TEST_F(PagesTest, HomeWithoutDataExplainsWhatToDo) {
  store_->Migrate();
  Response home = Get("/");
  EXPECT_EQ(home.status, 200);
  EXPECT_NE(home.body.find("stegvis demo"), std::string::npos);
}

TEST_F(PagesTest, UnitNamesAreEscaped) {
  store_->Migrate();
  store_->Write([](domain::StoreTx& tx) -> core::Result<bool> {
    domain::Id org = tx.CreateOrganisation("Org", 1);
    tx.CreateUnit({org, std::nullopt, "<img src=x onerror=alert(1)>", domain::UnitKind::kEnhet}, 1);
    return true;
  });
  Response home = Get("/");
  EXPECT_EQ(home.body.find("<img src=x"), std::string::npos);
  EXPECT_NE(home.body.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
}

TEST_F(PagesTest, EveryResponseCarriesTheSecurityHeaders) {
  store_->Migrate();
  for (const char* target :
       {"/", "/healthz", "/static/stegvis.css", "/nowhere", "/tillganglighet"}) {
    Response r = Get(target);
    EXPECT_NE(r.Header("Content-Security-Policy").find("frame-ancestors 'none'"), std::string::npos)
        << target;
    EXPECT_EQ(r.Header("Content-Security-Policy").find("unsafe-inline"), std::string::npos)
        << target;
    EXPECT_EQ(r.Header("X-Content-Type-Options"), "nosniff") << target;
    EXPECT_FALSE(r.Header("Referrer-Policy").empty()) << target;
  }
}

TEST_F(PagesTest, UnknownPagesGetA404PageInTheUsersLanguage) {
  store_->Migrate();
  Response missing = Get("/finns-inte", {{"accept-language", "en"}});
  EXPECT_EQ(missing.status, 404);
  EXPECT_NE(missing.body.find("Page not found"), std::string::npos);
}

}  // namespace
}  // namespace stegvis::web
