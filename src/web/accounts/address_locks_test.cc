// An admin unlocks an address that the per-address login throttle locked: the list of locked
// addresses with when they unlock, the unlock (audited), and logins from the address again.

#include <boost/json/parse.hpp>

#include "domain/audit.h"
#include "domain/login_throttle.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class AddressLocksTest : public WebTest {
 protected:
  void SetUp() override {
    WebTest::SetUp();
    SeedDemo();
    admin_ = As(kDemoEmails.at("admin"));
  }
  // The counter as the throttle leaves it after `failures` failed logins ending `ago` seconds
  // ago, the last one against `email`'s account, as the trail records it.
  void FailLogins(const std::string& address, int failures, std::int64_t ago,
                  const std::string& email = "team@solvik.example") {
    const std::int64_t now = clock_.NowUnixSeconds();
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      std::optional<domain::LoginFailures> f;
      for (int i = 0; i < failures; ++i) {
        f = domain::AfterFailure(f, domain::AddressSubject(address), domain::kAddressThrottle,
                                 now - ago);
      }
      tx.Sessions().SaveLoginFailures(*f);
      std::optional<domain::User> user = tx.Users().FindByEmail(email);
      EXPECT_TRUE(user) << email;
      if (!user) return false;
      domain::RecordAudit(tx, {user->id, user->organisation_id, email, address}, now - ago,
                          "login_failed", "user", user->id, "", "");
      return true;
    });
  }
  Response LoginFromFixtureAddress() {
    return Post("/login", Anonymous(),
                "email=team%40solvik.example&password=stegvis-demo-2026&next=%2F");
  }
  TestClient admin_;
};

TEST_F(AddressLocksTest, TheAdminSeesLockedAddressesAndUnlocksOneSoLoginsWorkAgain) {
  FailLogins("192.0.2.10", 100, 60);  // the fixture's own address: locked 15 min from a minute ago
  FailLogins("198.51.100.7", 20, 0);  // slowed down: refused for 30 s
  FailLogins("203.0.113.9", 100, 3600);  // locked an hour ago: free again
  Response refused = LoginFromFixtureAddress();
  EXPECT_EQ(refused.status, 429) << "the address is locked, even for the right password";

  Response page = Get("/admin/anvandare", admin_);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "<code>192.0.2.10</code>")) << page.body;
  EXPECT_TRUE(Has(page, "2027-01-15 08:14")) << "when it unlocks by itself";
  EXPECT_TRUE(Has(page, "<code>198.51.100.7</code>"));
  EXPECT_FALSE(Has(page, "203.0.113.9")) << "no longer locked";
  EXPECT_LT(page.body.find("198.51.100.7"), page.body.find("192.0.2.10"))
      << "soonest unlocked first";

  Response api = Get("/api/v1/locked-addresses", admin_);
  ASSERT_EQ(api.status, 200);
  auto list = boost::json::parse(api.body).at("addresses").as_array();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[1].at("address").as_string(), "192.0.2.10");
  EXPECT_EQ(list[1].at("failures").as_int64(), 100);
  EXPECT_EQ(list[1].at("locked_until").as_string(), "2027-01-15T08:14:00Z");

  Response done = Post("/admin/adresser/las-upp", admin_, "address=192.0.2.10");
  ASSERT_EQ(done.status, 303);
  Response after = Get(std::string(done.Header("Location")), admin_);
  EXPECT_TRUE(Has(after, "Adressen är upplåst."));
  EXPECT_FALSE(Has(after, "<code>192.0.2.10</code>"));
  EXPECT_EQ(LoginFromFixtureAddress().status, 303) << "logins from it work again";
  Response csv = Get("/admin/historik.csv", admin_);
  EXPECT_TRUE(Has(csv, "\"address_unlocked\";\"address\";;")) << csv.body;
  EXPECT_TRUE(Has(csv, "192.0.2.10")) << "the address is in the trail";

  // Unlocking what is not locked (any more) says so.
  Response again = Post("/admin/adresser/las-upp", admin_, "address=192.0.2.10");
  EXPECT_EQ(again.status, 404);
  EXPECT_TRUE(Has(again, "Adressen är inte låst (längre)."));
  HeaderList json{{"x-csrf-token", admin_.csrf}, {"content-type", "application/json"}};
  EXPECT_EQ(
      Send("POST", "/api/v1/locked-addresses/unlock", admin_, R"({"address":"198.51.100.7"})", json)
          .status,
      204);
  EXPECT_EQ(
      Send("POST", "/api/v1/locked-addresses/unlock", admin_, R"({"address":"198.51.100.7"})", json)
          .status,
      404);
  EXPECT_EQ(boost::json::parse(Get("/api/v1/locked-addresses", admin_).body)
                .at("addresses")
                .as_array()
                .size(),
            0u);
}

TEST_F(AddressLocksTest, AnAdminSeesOnlyLocksOfTheirOwnOrganisationsAccounts) {
  FailLogins("198.51.100.8", 100, 0, "team@norrby.example");
  EXPECT_FALSE(Has(Get("/admin/anvandare", admin_), "198.51.100.8"));
  EXPECT_EQ(boost::json::parse(Get("/api/v1/locked-addresses", admin_).body)
                .at("addresses")
                .as_array()
                .size(),
            0u);
  EXPECT_EQ(Post("/admin/adresser/las-upp", admin_, "address=198.51.100.8").status, 404);
  TestClient norrby = As("admin@norrby.example");
  EXPECT_TRUE(Has(Get("/admin/anvandare", norrby), "<code>198.51.100.8</code>"));
  EXPECT_FALSE(Has(Get("/admin/historik.csv", admin_), "198.51.100.8"))
      << "Norrby's failed logins are not in Solvik's export";
  EXPECT_TRUE(Has(Get("/admin/historik.csv", norrby), "198.51.100.8"));
  // A failed login with an email nobody has belongs to no organisation's export.
  Post("/login", Anonymous(), "email=okand%40norrby.example&password=fel-fel-fel-fel&next=%2F");
  EXPECT_FALSE(Has(Get("/admin/historik.csv", admin_), "okand@norrby.example"));
}

TEST_F(AddressLocksTest, OnlyAdminsSeeOrUnlockAddresses) {
  FailLogins("198.51.100.7", 100, 0);
  for (const std::string role : {"strateg", "chef", "teammedlem", "politiker"}) {
    TestClient client = As(kDemoEmails.at(role));
    EXPECT_EQ(Post("/admin/adresser/las-upp", client, "address=198.51.100.7").status, 403) << role;
    EXPECT_EQ(Get("/api/v1/locked-addresses", client).status, 403) << role;
  }
  EXPECT_TRUE(Has(Get("/admin/anvandare", admin_), "<code>198.51.100.7</code>")) << "still locked";
}

}  // namespace
}  // namespace stegvis::web
