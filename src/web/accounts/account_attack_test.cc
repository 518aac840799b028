// What an attacker tries against accounts: an old reset link after a new one, a deactivated
// user's still-open session, and guessing passwords (keeping an owner locked out, fresh IPv6
// addresses, overlong emails).

#include "domain/login_throttle.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

using AccountAttackTest = WebTest;

TEST_F(AccountAttackTest, ANewResetLinkRevokesTheOlderOnes) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  const std::string user = "/admin/anvandare/" + std::to_string(UserId(kDemoEmails.at("chef")));
  auto issue = [&] {
    Response r = Post(user + "/aterstallning", admin);
    EXPECT_EQ(r.status, 200);
    std::size_t at = r.body.find("http://localhost/aterstall/");
    EXPECT_NE(at, std::string::npos);
    return at == std::string::npos ? std::string() : r.body.substr(at + 16, 11 + 64);
  };
  const std::string first = issue();
  ASSERT_EQ(Get(first).status, 200) << "valid until a newer one exists";
  const std::string second = issue();
  EXPECT_EQ(Get(first).status, 404) << "revoked by the second";
  const std::string third = issue();
  EXPECT_EQ(Get(first).status, 404);
  EXPECT_EQ(Get(second).status, 404);
  EXPECT_EQ(Get(third).status, 200);
  EXPECT_EQ(Post(second, Anonymous(),
                 "password=ett+nytt+l%C3%A5ngt+ord&password_again=ett+nytt+l%C3%A5ngt+ord")
                .status,
            404);
  // Another user's link stays valid.
  const std::string other = "/admin/anvandare/" + std::to_string(UserId(kDemoEmails.at("strateg")));
  Response r = Post(other + "/aterstallning", admin);
  const std::string others_link =
      r.body.substr(r.body.find("http://localhost/aterstall/") + 16, 75);
  issue();
  EXPECT_EQ(Get(others_link).status, 200);
}

TEST_F(AccountAttackTest, ADeactivatedUsersSessionStopsAtOnce) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  TestClient member = As(kDemoEmails.at("teammedlem"));
  EXPECT_EQ(Get("/", member).status, 200);
  const domain::Id id = UserId(kDemoEmails.at("teammedlem"));
  ASSERT_EQ(Post("/admin/anvandare/" + std::to_string(id) + "/aktiv", admin, "active=0").status,
            303);
  Response after = Get("/", member);
  EXPECT_TRUE(RedirectsToLogin(after)) << after.status;
  bool cleared = false;
  for (const auto& [name, value] : after.headers) {
    cleared = cleared || (name == "Set-Cookie" && value.starts_with("stegvis_session=;"));
  }
  EXPECT_TRUE(cleared) << "the dead cookie is cleared";
  EXPECT_EQ(Get("/api/v1/session", member).status, 401);
  // And a deactivated user cannot log in again, with the same answer as a wrong password.
  auto login = domain::Login(*store_, clock_, kDemoEmails.at("teammedlem"), domain::kDemoPassword,
                             "192.0.2.1");
  ASSERT_FALSE(login);
  EXPECT_EQ(login.error().key, "login.failed");
  // An admin cannot lock themself out.
  const domain::Id self = UserId(kDemoEmails.at("admin"));
  EXPECT_EQ(Post("/admin/anvandare/" + std::to_string(self) + "/aktiv", admin, "active=0").status,
            422);
}

// A guesser who knows an admin's address tries to keep the account locked: the admin logs in
// from their own address all the while.
TEST_F(AccountAttackTest, AGuesserCannotKeepAnAdminLockedOutFromAnotherAddress) {
  SeedDemo();
  const std::string admin = "email=admin%40solvik.example&password=";
  for (int round = 0; round < 8; ++round) {
    remote_address_ = "198.51.100.66";
    Response guess = Post("/login", Anonymous(), admin + "gissning-" + std::to_string(round));
    if (guess.status == 429) clock_.Advance(std::stoi(std::string(guess.Header("Retry-After"))));
    EXPECT_NE(guess.status, 303) << round;
    remote_address_ = "192.0.2.10";
    EXPECT_EQ(Post("/login", Anonymous(), admin + domain::kDemoPassword).status, 303)
        << "the owner, round " << round;
  }
}

// Fresh IPv6 addresses from one /64 are one guesser, not many.
TEST_F(AccountAttackTest, AnIpv6GuesserIsCountedByTheSlash64) {
  SeedDemo();
  for (int i = 0; i < domain::kAddressThrottle.free_failures; ++i) {
    remote_address_ = "2001:db8:7:7::" + std::to_string(i + 1);
    EXPECT_EQ(Post("/login", Anonymous(),
                   "email=person" + std::to_string(i) + "%40solvik.example&password=gissning")
                  .status,
              401)
        << remote_address_;
  }
  remote_address_ = "2001:db8:7:7:abcd:ef01:2345:6789";
  EXPECT_EQ(Post("/login", Anonymous(), "email=chef%40solvik.example&password=gissning").status,
            429);
  remote_address_ = "::ffff:192.0.2.10";
  EXPECT_EQ(Post("/login", Anonymous(),
                 "email=chef%40solvik.example&password=" + std::string(domain::kDemoPassword))
                .status,
            303)
      << "an IPv4-mapped address is the IPv4 address, not the guesser's network";
}

// An email far longer than any account's is the usual failed login, on both login routes,
// and leaves nothing behind.
TEST_F(AccountAttackTest, AnOverlongEmailIsTheUsualFailedLogin) {
  SeedDemo();
  const std::string email = std::string(4000, 'x') + "%40solvik.example";
  Response form = Post("/login", Anonymous(), "email=" + email + "&password=gissning");
  EXPECT_EQ(form.status, 401);
  EXPECT_NE(form.body.find("Fel e-postadress eller lösenord."), std::string::npos);
  Response api = Send("POST", "/api/v1/session", Anonymous(),
                      R"({"email":")" + std::string(4000, 'x') + R"(@x.example","password":"x"})",
                      {{"content-type", "application/json"}});
  EXPECT_EQ(api.status, 401);
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    EXPECT_TRUE(tx.Sessions().ListLocked("", -1).empty()) << "nothing counted or stored";
    return true;
  });
}

}  // namespace
}  // namespace stegvis::web
