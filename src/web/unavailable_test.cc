// A database that cannot be used now (its server restarting, or a write that kept colliding
// with others after every retry) is answered 503 with
// Retry-After, in the visitor's language and without the database's own words; any other
// store failure is a fault the server answers 500 (web/routes.h).

#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "domain/store_failure.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

// Passes transactions on to another store until told to fail them.
class FailingStore : public domain::Store {
 public:
  explicit FailingStore(domain::Store& inner) : inner_(inner) {}

  core::Result<void> CheckReady() override { return inner_.CheckReady(); }
  void Transact(domain::TxMode mode, const std::function<bool(domain::StoreTx&)>& fn) override {
    if (failure_) throw *failure_;
    inner_.Transact(mode, fn);
  }
  void Fail(domain::StoreFailure failure) { failure_ = std::move(failure); }

 private:
  domain::Store& inner_;
  std::optional<domain::StoreFailure> failure_;
};

class UnavailableTest : public WebTest {
 protected:
  UnavailableTest() : failing_(*store_) { app_store_ = &failing_; }
  void SetUp() override { SeedDemo(); }

  FailingStore failing_;
};

TEST_F(UnavailableTest, AnUnreachableDatabaseIsA503WorthRetrying) {
  TestClient team = As(kDemoEmails.at("teammedlem"));
  failing_.Fail(domain::StoreFailure("postgresql: cannot connect: secret detail", true));
  Response page = Get("/projekt/1", team);
  EXPECT_EQ(page.status, 503);
  EXPECT_EQ(page.Header("Retry-After"), "5");
  EXPECT_TRUE(Has(page, "Stegvis kan inte använda sin databas just nu")) << page.body;
  EXPECT_FALSE(Has(page, "secret detail")) << "the database's own words stay in the log";
  EXPECT_FALSE(page.Header("Content-Security-Policy").empty()) << "the usual headers too";
  EXPECT_NE(log_out_.str().find("database_unavailable"), std::string::npos);

  Response api =
      Get("/api/v1/projects/1", team, {{"accept-language", "en"}, {"accept", "application/json"}});
  EXPECT_EQ(api.status, 503);
  EXPECT_EQ(api.Header("Retry-After"), "5");
  EXPECT_TRUE(Has(api, "\"code\":\"unavailable\"")) << api.body;
  EXPECT_TRUE(Has(api, "cannot use its database")) << api.body;
  EXPECT_FALSE(Has(api, "secret detail"));
}

TEST_F(UnavailableTest, AnyOtherStoreFailureIsLeftToTheServersFaultAnswer) {
  TestClient team = As(kDemoEmails.at("teammedlem"));
  failing_.Fail(domain::StoreFailure("sqlite: disk I/O error"));
  EXPECT_THROW(Get("/projekt/1", team), domain::StoreFailure);
}

}  // namespace
}  // namespace stegvis::web
