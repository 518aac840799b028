// Logging in and out through the real routes: cookies, expiry, throttling, the JSON API,
// password reset links and the audit trail they leave.

#include <boost/json/parse.hpp>

#include "domain/accounts.h"
#include "domain/login_throttle.h"

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class SessionTest : public WebTest {
 protected:
  // POSTs the login form as an anonymous client; returns the response.
  Response LoginForm(const std::string& email, const std::string& password,
                     const std::string& next = "/") {
    TestClient anon = Anonymous();
    return Post("/login", anon, "email=" + email + "&password=" + password + "&next=" + next);
  }

  static std::string SetCookie(const Response& r, std::string_view name) {
    for (const auto& [key, value] : r.headers) {
      if (key == "Set-Cookie" && value.starts_with(name)) return value;
    }
    return {};
  }

  // The client holding the session a login response set.
  static TestClient FromLogin(const Response& r, std::string csrf = {}) {
    std::string cookie = SetCookie(r, "stegvis_session=");
    return TestClient{cookie.substr(0, cookie.find(';')), std::move(csrf)};
  }

  std::string CsrfOf(const TestClient& client) {
    Response r = Get("/api/v1/session", client);
    return std::string(boost::json::parse(r.body).at("csrf_token").as_string());
  }
};

const std::string kAdmin = "admin%40solvik.example";
const std::string kPassword = "stegvis-demo-2026";

TEST_F(SessionTest, LoginSetsAFreshHttpOnlySessionCookieAndGoesWhereTheUserWasHeaded) {
  SeedDemo();
  Response first = LoginForm(kAdmin, kPassword, "/team/1");
  EXPECT_EQ(first.status, 303);
  EXPECT_EQ(first.Header("Location"), "/team/1");
  std::string cookie = SetCookie(first, "stegvis_session=");
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos) << "plain http";
  Response second = LoginForm(kAdmin, kPassword);
  EXPECT_NE(FromLogin(first).cookie, FromLogin(second).cookie) << "a new id at every login";
  EXPECT_EQ(Get("/", FromLogin(first)).status, 200);
  // Only local paths: no open redirect.
  EXPECT_EQ(LoginForm(kAdmin, kPassword, "%2F%2Fevil.example").Header("Location"), "/");
  EXPECT_EQ(LoginForm(kAdmin, kPassword, "https%3A%2F%2Fevil.example").Header("Location"), "/");
}

// A browser drops the TAB and reads "/\t/evil.example" as "//evil.example": another host.
TEST_F(SessionTest, NextWithAControlCharacterOrBackslashLeadsHome) {
  SeedDemo();
  for (const char* next : {"%2F%09%2Fevil.example", "%2F%5Cevil.example", "%2F%0D%0A%2Fevil"}) {
    EXPECT_EQ(LoginForm(kAdmin, kPassword, next).Header("Location"), "/") << next;
    EXPECT_EQ(
        Get(std::string("/login?next=") + next, As(kDemoEmails.at("admin"))).Header("Location"),
        "/")
        << next;
  }
  Response page = Get("/login?next=/%09/evil.example");
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.body.find("evil.example"), std::string::npos) << "not in the form either";
  EXPECT_EQ(LoginForm(kAdmin, kPassword, "%2Fmatt%2F3%3Flang%3Den").Header("Location"),
            "/matt/3?lang=en");
}

TEST_F(SessionTest, AfterLoginPagesSpeakTheUsersOwnLanguage) {
  SeedDemo();
  domain::NewAccount account{1, "lena@solvik.example", "Lena Berg", "en",
                             "ett långt lösenord 2026"};
  ASSERT_TRUE(
      domain::CreateAccount(*store_, clock_, nullptr, {std::nullopt, 1, "cli", ""}, account));
  Response login = LoginForm("lena%40solvik.example", "ett+l%C3%A5ngt+l%C3%B6senord+2026");
  ASSERT_EQ(login.status, 303) << login.body;
  EXPECT_EQ(SetCookie(login, "lang=").substr(0, 8), "lang=en;");
  EXPECT_EQ(SetCookie(LoginForm(kAdmin, kPassword), "lang=").substr(0, 8), "lang=sv;");
}

TEST_F(SessionTest, EnglishChosenOnTheLoginPageStaysAfterSigningIn) {
  SeedDemo();
  // The language link on the login page set the cookie; the admin's account says Swedish.
  auto with_english = [](TestClient client) {
    client.cookie += client.cookie.empty() ? "lang=en" : "; lang=en";
    return client;
  };
  Response r =
      Post("/login", with_english(Anonymous()),
           "email=" + std::string(kAdmin) + "&password=" + std::string(kPassword) + "&next=/");
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(SetCookie(r, "lang="), "") << "the account's language does not undo the choice";
  EXPECT_NE(Get("/", with_english(FromLogin(r))).body.find("<html lang=\"en\">"),
            std::string::npos);
}

// Behind https the cookies are Secure and named __Host-..., so neither a plain-http page nor a
// sibling subdomain can plant or overwrite them.
TEST_F(SessionTest, CookiesAreSecureAndHostOnlyBehindHttps) {
  SeedDemo();
  base_url_ = "https://stegvis.solvik.example/";
  Response login = LoginForm(kAdmin, kPassword);
  const std::string session = SetCookie(login, "__Host-stegvis_session=");
  EXPECT_NE(session.find("; Secure"), std::string::npos) << session;
  EXPECT_NE(session.find("; Path=/"), std::string::npos);
  EXPECT_EQ(session.find("Domain"), std::string::npos);
  EXPECT_EQ(SetCookie(login, "stegvis_session="), "") << "no bare name over https";
  EXPECT_NE(SetCookie(Get("/login"), "__Host-stegvis_csrf=").find("; Secure"), std::string::npos);
  TestClient signed_in = FromLogin(login);
  signed_in.cookie = session.substr(0, session.find(';'));
  EXPECT_EQ(Get("/", signed_in).status, 200) << "the __Host- cookie is the session";
  // The bare name is not read over https: a cookie planted over plain http has no effect.
  std::string id = session.substr(session.find('=') + 1);
  id = id.substr(0, id.find(';'));
  EXPECT_TRUE(RedirectsToLogin(Get("/", TestClient{"stegvis_session=" + id, ""})));
}

TEST_F(SessionTest, PlainHttpKeepsTheBareCookieNames) {
  SeedDemo();
  Response login = LoginForm(kAdmin, kPassword);
  EXPECT_NE(SetCookie(login, "stegvis_session="), "");
  EXPECT_EQ(SetCookie(login, "stegvis_session=").find("Secure"), std::string::npos);
  EXPECT_EQ(SetCookie(login, "__Host-"), "");
}

TEST_F(SessionTest, TheLoginFormNeedsItsCsrfToken) {
  SeedDemo();
  TestClient anon = Anonymous();
  Response forged =
      Send("POST", "/login", anon,
           "email=" + kAdmin + "&password=" + kPassword + "&_csrf=" + std::string(64, 'b'));
  EXPECT_EQ(forged.status, 403);
  EXPECT_TRUE(SetCookie(forged, "stegvis_session=").empty());
}

TEST_F(SessionTest, WrongPasswordsAreSlowedThenRefusedAndAnAdminCanUnlock) {
  SeedDemo();
  Response wrong = LoginForm(kAdmin, "fel-losenord-123");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_NE(wrong.body.find("Fel e-postadress eller lösenord."), std::string::npos);
  EXPECT_NE(wrong.body.find("value=\"admin@solvik.example\""), std::string::npos)
      << "the email stays filled in";
  LoginForm(kAdmin, "fel-losenord-123");
  Response third = LoginForm(kAdmin, "fel-losenord-123");
  EXPECT_EQ(third.status, 401);
  Response slowed = LoginForm(kAdmin, kPassword);
  EXPECT_EQ(slowed.status, 429) << "even the right password waits";
  EXPECT_EQ(slowed.Header("Retry-After"), "30");
  EXPECT_NE(slowed.body.find("För många misslyckade inloggningar"), std::string::npos);
  clock_.Advance(31);
  EXPECT_EQ(LoginForm(kAdmin, kPassword).status, 303) << "the wait is over";

  // Failures in a row make the waits grow to a quarter of an hour ...
  const std::string chef = "chef%40solvik.example";
  for (int i = 0; i < 10; ++i) {
    if (i > 0) clock_.Advance(domain::kAccountThrottle.max_delay);
    EXPECT_EQ(LoginForm(chef, "fel-losenord-123").status, 401) << i;
  }
  Response locked = LoginForm(chef, kPassword);
  EXPECT_EQ(locked.status, 429);
  EXPECT_EQ(locked.Header("Retry-After"), std::to_string(domain::kAccountThrottle.max_delay));
  // ... until an admin unlocks it.
  TestClient admin = As(kDemoEmails.at("admin"));
  const std::string user = std::to_string(UserId(kDemoEmails.at("chef")));
  EXPECT_NE(Get("/admin/anvandare/" + user, admin).body.find("Tillfälligt låst"),
            std::string::npos);
  EXPECT_EQ(Post("/admin/anvandare/" + user + "/las-upp", admin).status, 303);
  EXPECT_EQ(LoginForm(chef, kPassword).status, 303);
  // Every attempt is in the trail.
  Response history = Get("/historik/user/" + user, admin);
  EXPECT_NE(history.body.find("Misslyckad inloggning"), std::string::npos);
  EXPECT_NE(history.body.find("Låste upp kontot"), std::string::npos);
  EXPECT_NE(history.body.find("Loggade in"), std::string::npos);
}

TEST_F(SessionTest, WhenEveryPasswordCheckIsBusyTheLoginSaysTryAgainShortly) {
  SeedDemo();
  std::optional<core::WorkGate::Slot> first = password_gate_.TryEnter();
  std::optional<core::WorkGate::Slot> second = password_gate_.TryEnter();
  ASSERT_TRUE(first && second);
  Response busy = LoginForm(kAdmin, kPassword);
  EXPECT_EQ(busy.status, 429);
  EXPECT_EQ(busy.Header("Retry-After"), "1");
  EXPECT_NE(busy.body.find("Många loggar in just nu"), std::string::npos) << busy.body;
  Response api = Send("POST", "/api/v1/session", Anonymous(),
                      R"({"email":"admin@solvik.example","password":"x"})",
                      {{"content-type", "application/json"}});
  EXPECT_EQ(api.status, 429);
  EXPECT_EQ(api.Header("Retry-After"), "1");
  second.reset();
  EXPECT_EQ(LoginForm(kAdmin, kPassword).status, 303) << "a free slot: logged in";
}

TEST_F(SessionTest, SessionsExpireWhenIdleAndAfterAWorkingDay) {
  SeedDemo();
  TestClient idle = As(kDemoEmails.at("chef"));
  clock_.Advance(domain::kSessionIdleSeconds + 1);
  EXPECT_TRUE(RedirectsToLogin(Get("/", idle)));

  TestClient busy = As(kDemoEmails.at("chef"));
  std::int64_t elapsed = 0;
  while (elapsed + 50 * 60 <= domain::kSessionMaxSeconds) {
    clock_.Advance(50 * 60);
    elapsed += 50 * 60;
    ASSERT_EQ(Get("/", busy).status, 200) << "used within the idle limit, after " << elapsed;
  }
  clock_.Advance(50 * 60);
  EXPECT_TRUE(RedirectsToLogin(Get("/", busy))) << "past the absolute limit";
}

TEST_F(SessionTest, LogoutEndsTheSessionOnTheServer) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  Response out = Post("/logout", admin);
  EXPECT_EQ(out.status, 303);
  EXPECT_EQ(out.Header("Location"), "/login?utloggad=1");
  EXPECT_NE(SetCookie(out, "stegvis_session=").find("Max-Age=0"), std::string::npos);
  EXPECT_TRUE(RedirectsToLogin(Get("/", admin))) << "the old cookie no longer works";
  EXPECT_NE(Get("/login?utloggad=1").body.find("Du är utloggad."), std::string::npos);
}

TEST_F(SessionTest, TheJsonApiLogsInAndOut) {
  SeedDemo();
  const HeaderList json{{"content-type", "application/json"}};
  Response bad = Send("POST", "/api/v1/session", {},
                      R"({"email":"admin@solvik.example",)"
                      R"("password":"fel-losenord"})",
                      json);
  EXPECT_EQ(bad.status, 401);
  EXPECT_EQ(boost::json::parse(bad.body).at("error").at("code").as_string(), "unauthenticated");
  Response ok = Send("POST", "/api/v1/session", {},
                     R"({"email":"Admin@Solvik.example","password":"stegvis-demo-2026"})", json);
  ASSERT_EQ(ok.status, 200) << ok.body;
  boost::json::value body = boost::json::parse(ok.body);
  EXPECT_EQ(body.at("user").at("email").as_string(), "admin@solvik.example");
  EXPECT_EQ(body.at("user").at("roles").at(0).at("role").as_string(), "admin");
  std::string csrf(body.at("csrf_token").as_string());
  TestClient client = FromLogin(ok, csrf);
  EXPECT_EQ(CsrfOf(client), csrf);
  EXPECT_EQ(Send("DELETE", "/api/v1/session", client).status, 403) << "no CSRF header";
  EXPECT_EQ(Send("DELETE", "/api/v1/session", client, {}, {{"x-csrf-token", csrf}}).status, 204);
  Response gone = Get("/api/v1/session", client);
  EXPECT_EQ(gone.status, 401);
  EXPECT_EQ(gone.Header("Content-Type"), "application/json");
  // A form-encoded body to the API login is not a JSON request: it needs the CSRF token.
  EXPECT_EQ(Send("POST", "/api/v1/session", {}, "email=x").status, 403);
}

TEST_F(SessionTest, AnAdminHandsOverAOneTimeResetLinkThatExpires) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  TestClient member = As(kDemoEmails.at("teammedlem"));
  const std::string user = std::to_string(UserId(kDemoEmails.at("teammedlem")));
  Response issued = Post("/admin/anvandare/" + user + "/aterstallning", admin);
  ASSERT_EQ(issued.status, 200);
  std::size_t at = issued.body.find("http://localhost/aterstall/");
  ASSERT_NE(at, std::string::npos);
  std::string path = issued.body.substr(at + 16, 11 + 64);
  EXPECT_EQ(Get(path).status, 200);
  EXPECT_NE(Get(path).body.find("team@solvik.example"), std::string::npos);
  TestClient anon = Anonymous();
  EXPECT_EQ(Post(path, anon, "password=kort&password_again=kort").status, 422);
  EXPECT_EQ(Post(path, anon, "password=ett+nytt+l%C3%A5ngt+ord&password_again=annat").status, 422);
  Response done =
      Post(path, anon, "password=ett+nytt+l%C3%A5ngt+ord&password_again=ett+nytt+l%C3%A5ngt+ord");
  EXPECT_EQ(done.status, 303);
  EXPECT_EQ(done.Header("Location"), "/login?reset=1");
  EXPECT_EQ(Get(path).status, 404) << "used once";
  EXPECT_TRUE(RedirectsToLogin(Get("/", member))) << "old sessions end with the new password";
  EXPECT_EQ(LoginForm("team%40solvik.example", kPassword).status, 401);
  EXPECT_EQ(LoginForm("team%40solvik.example", "ett+nytt+l%C3%A5ngt+ord").status, 303);

  Response again = Post("/admin/anvandare/" + user + "/aterstallning", admin);
  std::size_t pos = again.body.find("http://localhost/aterstall/");
  std::string later = again.body.substr(pos + 16, 11 + 64);
  clock_.Advance(domain::kPasswordResetSeconds + 1);
  EXPECT_EQ(Get(later).status, 404) << "expired";
  EXPECT_EQ(Get("/aterstall/" + std::string(64, 'f')).status, 404);
}

TEST_F(SessionTest, ChangesLeaveAHistoryAndAdminsExportItForExcel) {
  SeedDemo();
  TestClient member = As(kDemoEmails.at("teammedlem"));
  const std::string team = std::to_string(TeamId("Trygg hemgång"));
  ASSERT_EQ(
      Post("/team/" + team, member, "name=Trygg+hemg%C3%A5ng&description=%3DHYPERLINK(1)").status,
      303);
  Response history = Get("/historik/team/" + team, member);
  EXPECT_EQ(history.status, 200);
  EXPECT_NE(history.body.find("team@solvik.example"), std::string::npos) << "who";
  EXPECT_NE(history.body.find("Ändrade"), std::string::npos) << "what";
  EXPECT_NE(history.body.find("hembesök dagen efter"), std::string::npos) << "before";
  EXPECT_NE(history.body.find("=HYPERLINK(1)"), std::string::npos) << "after";

  EXPECT_EQ(Get("/admin/historik.csv", member).status, 403);
  Response csv = Get("/admin/historik.csv", As(kDemoEmails.at("admin")));
  EXPECT_EQ(csv.status, 200);
  EXPECT_EQ(csv.Header("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_TRUE(csv.body.starts_with("\xEF\xBB\xBFid;tid;vem;"));
  EXPECT_NE(csv.body.find(";\"team@solvik.example\";\"update\";\"team\";"), std::string::npos);
  EXPECT_EQ(csv.body.find(";\"="), std::string::npos) << "no cell starts a formula";
  EXPECT_EQ(csv.body.find("argon2"), std::string::npos) << "no password hash ever";
}

}  // namespace
}  // namespace stegvis::web
