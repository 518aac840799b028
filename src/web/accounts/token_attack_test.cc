// What an attacker tries with personal API tokens: another team's data, writing with a
// read-only token, a revoked or expired token, a token as a page login or in the session
// cookie, a token making or revoking tokens, revoking someone else's token, a bad token beside
// a good cookie, and an enormous Authorization header.

#include <boost/json/parse.hpp>

#include "domain/api_tokens.h"
#include "domain/sessions.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class TokenAttackTest : public WebTest {
 protected:
  struct Made {
    domain::Id id = 0;
    std::string token;
  };
  Made MakeToken(const std::string& role, const std::string& name, bool write,
                 std::int64_t days = 30) {
    const domain::Principal p = *domain::LoadPrincipal(*store_, UserId(kDemoEmails.at(role)));
    auto made = domain::CreateApiToken(*store_, clock_, p, domain::ActorFor(p, "192.0.2.10"),
                                       {name, write, days});
    EXPECT_TRUE(made);
    return made ? Made{made->id, made->token} : Made{};
  }
  Response WithToken(const std::string& method, const std::string& target, const std::string& token,
                     const std::string& json = {}, const TestClient& client = {}) {
    HeaderList headers{{"authorization", "Bearer " + token}};
    if (!json.empty()) headers.emplace_back("content-type", "application/json");
    return Send(method, target, client, json, std::move(headers));
  }
  static bool IsTokenRefusal(const Response& r) {
    return r.status == 401 && r.Header("WWW-Authenticate").starts_with("Bearer") &&
           r.Header("Content-Type").starts_with("application/json") &&
           Has(r, "\"code\":\"unauthenticated\"");
  }
  std::size_t ProjectsOf(const std::string& team) {
    std::size_t n = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      n = tx.Projects().List(TeamId(team)).size();
      return true;
    });
    return n;
  }
};

TEST_F(TokenAttackTest, ATokenReachesNoFurtherThanItsUser) {
  SeedDemo();
  Made member = MakeToken("teammedlem", "Robot", true);
  const std::string other_team = std::to_string(TeamId("Läslust"));
  const std::size_t before = ProjectsOf("Läslust");
  Response create = WithToken("POST", "/api/v1/projects", member.token,
                              R"({"team_id": )" + other_team + R"(, "title": "Kapat"})");
  EXPECT_EQ(create.status, 403) << create.body;
  EXPECT_EQ(ProjectsOf("Läslust"), before);
  // Another team's project, made by the admin through the API, is out of the token's reach.
  TestClient admin = As(kDemoEmails.at("admin"));
  Response theirs = Send("POST", "/api/v1/projects", admin,
                         R"({"team_id": )" + other_team + R"(, "title": "Läslusts eget"})",
                         {{"content-type", "application/json"}, {"x-csrf-token", admin.csrf}});
  ASSERT_EQ(theirs.status, 201) << theirs.body;
  const std::string project(theirs.Header("Location"));
  EXPECT_EQ(WithToken("GET", project, member.token).status, 403);
  EXPECT_EQ(WithToken("GET", project + "/measures", member.token).status, 403);
  EXPECT_EQ(
      WithToken("POST", project + "/change-ideas", member.token, R"({"title": "Kapat"})").status,
      403);
  // A politician's token reads what the politician reads and changes nothing.
  Made politiker = MakeToken("politiker", "Läsaren", true);
  EXPECT_EQ(WithToken("GET", "/api/v1/projects", politiker.token).status, 200);
  EXPECT_EQ(WithToken("POST", "/api/v1/projects", politiker.token,
                      R"({"team_id": )" + std::to_string(TeamId("Trygg hemgång")) +
                          R"(, "title": "Kapat"})")
                .status,
            403);
}

TEST_F(TokenAttackTest, AReadOnlyTokenCannotWriteByAnyMethod) {
  SeedDemo();
  Made reader = MakeToken("teammedlem", "Läsare", false);
  const std::string team = std::to_string(TeamId("Trygg hemgång"));
  const std::size_t before = ProjectsOf("Trygg hemgång");
  Response r = WithToken("POST", "/api/v1/projects", reader.token,
                         R"({"team_id": )" + team + R"(, "title": "Smygande"})");
  EXPECT_EQ(r.status, 403);
  EXPECT_TRUE(Has(r, "Nyckeln får bara läsa.")) << r.body;
  EXPECT_EQ(ProjectsOf("Trygg hemgång"), before);
  const std::string measure = std::to_string(MeasureOf("Trygg hemgång"));
  EXPECT_EQ(WithToken("PUT", "/api/v1/measures/" + measure + "/observations", reader.token,
                      R"({"data_version": 0, "observations": []})")
                .status,
            403);
  EXPECT_EQ(WithToken("DELETE", "/api/v1/teams/" + team, reader.token).status, 403);
  EXPECT_EQ(WithToken("GET", "/api/v1/measures/" + measure + "/observations", reader.token).status,
            200);
}

TEST_F(TokenAttackTest, ARevokedExpiredUnknownOrDeactivatedUsersTokenGets401) {
  SeedDemo();
  Made revoked = MakeToken("teammedlem", "Återkallad", true);
  TestClient member = As(kDemoEmails.at("teammedlem"));
  ASSERT_EQ(Send("DELETE", "/api/v1/tokens/" + std::to_string(revoked.id), member, {},
                 {{"x-csrf-token", member.csrf}})
                .status,
            204);
  EXPECT_TRUE(IsTokenRefusal(WithToken("GET", "/api/v1/teams", revoked.token)));

  Made short_lived = MakeToken("chef", "Kort", true, 1);
  EXPECT_EQ(WithToken("GET", "/api/v1/teams", short_lived.token).status, 200);
  clock_.Advance(24 * 60 * 60);
  EXPECT_TRUE(IsTokenRefusal(WithToken("GET", "/api/v1/teams", short_lived.token)));

  EXPECT_TRUE(
      IsTokenRefusal(WithToken("GET", "/api/v1/teams", "stegvis_pat_" + std::string(64, '0'))));
  EXPECT_TRUE(IsTokenRefusal(WithToken("GET", "/api/v1/teams", "")));
  EXPECT_TRUE(IsTokenRefusal(
      Send("GET", "/api/v1/teams", {}, {}, {{"authorization", "Basic YWRtaW46aGVtbGlndA=="}})));

  Made deactivated = MakeToken("politiker", "Avslutad", false);
  TestClient admin = As(kDemoEmails.at("admin"));
  ASSERT_EQ(
      Post("/admin/anvandare/" + std::to_string(UserId(kDemoEmails.at("politiker"))) + "/aktiv",
           admin, "active=0")
          .status,
      303);
  EXPECT_TRUE(IsTokenRefusal(WithToken("GET", "/api/v1/teams", deactivated.token)));
}

TEST_F(TokenAttackTest, ATokenIsNoLoginOnAPageNorAsTheSessionCookie) {
  SeedDemo();
  Made made = MakeToken("admin", "Admin-robot", true);
  EXPECT_TRUE(
      RedirectsToLogin(Send("GET", "/", {}, {}, {{"authorization", "Bearer " + made.token}})));
  EXPECT_TRUE(RedirectsToLogin(
      Send("GET", "/admin/anvandare", {}, {}, {{"authorization", "Bearer " + made.token}})));
  TestClient forged;
  forged.cookie = std::string(kSessionCookie) + "=" + made.token;
  EXPECT_TRUE(RedirectsToLogin(Get("/", forged)));
  EXPECT_EQ(Get("/api/v1/teams", forged).status, 401);
  forged.cookie = std::string(kSessionCookie) + "=" + made.token.substr(12);
  EXPECT_EQ(Get("/api/v1/teams", forged).status, 401) << "nor its hex part";
}

TEST_F(TokenAttackTest, ATokenCannotMakeOrRevokeTokensNorPoseAsASession) {
  SeedDemo();
  Made made = MakeToken("teammedlem", "Robot", true);
  Made other = MakeToken("teammedlem", "Annan", true);
  Response mint =
      WithToken("POST", "/api/v1/tokens", made.token, R"({"name": "Ny", "write": true})");
  EXPECT_EQ(mint.status, 403);
  EXPECT_TRUE(Has(mint, "API-nycklar hanteras bara när du är inloggad i webbläsaren."));
  EXPECT_EQ(WithToken("GET", "/api/v1/tokens", made.token).status, 403);
  EXPECT_EQ(WithToken("DELETE", "/api/v1/tokens/" + std::to_string(other.id), made.token).status,
            403);
  EXPECT_EQ(WithToken("DELETE", "/api/v1/tokens/" + std::to_string(made.id), made.token).status,
            403);
  EXPECT_EQ(WithToken("GET", "/api/v1/session", made.token).status, 403)
      << "no CSRF token handed to a token";
  EXPECT_EQ(WithToken("DELETE", "/api/v1/session", made.token).status, 403);
  EXPECT_EQ(WithToken("GET", "/api/v1/teams", other.token).status, 200) << "still there";
  std::size_t tokens = 0;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    tokens = tx.ApiTokens().ListForUser(UserId(kDemoEmails.at("teammedlem"))).size();
    return true;
  });
  EXPECT_EQ(tokens, 2u);
}

TEST_F(TokenAttackTest, NobodyRevokesAnotherUsersToken) {
  SeedDemo();
  Made member = MakeToken("teammedlem", "Min", true);
  for (const char* role : {"admin", "chef"}) {
    TestClient client = As(kDemoEmails.at(role));
    EXPECT_EQ(Send("DELETE", "/api/v1/tokens/" + std::to_string(member.id), client, {},
                   {{"x-csrf-token", client.csrf}})
                  .status,
              404)
        << role;
    EXPECT_EQ(
        Post("/konto/api-nycklar/" + std::to_string(member.id) + "/aterkalla", client, "").status,
        404)
        << role;
  }
  EXPECT_EQ(WithToken("GET", "/api/v1/teams", member.token).status, 200);
}

TEST_F(TokenAttackTest, ABadTokenBesideAGoodCookieIsRefusedNotFallenBackFrom) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  Response r = Send("GET", "/api/v1/teams", admin, {}, {{"authorization", "Bearer nej"}});
  EXPECT_TRUE(IsTokenRefusal(r)) << r.status;
  // And a good token beside a cookie acts as the token's user, with no CSRF token needed.
  Made member = MakeToken("teammedlem", "Robot", true);
  Response created = WithToken(
      "POST", "/api/v1/projects", member.token,
      R"({"team_id": )" + std::to_string(TeamId("Läslust")) + R"(, "title": "Med adminens kaka"})",
      admin);
  EXPECT_EQ(created.status, 403) << "the admin's cookie lends the token nothing";
  EXPECT_TRUE(created.Header("Set-Cookie").empty());
}

TEST_F(TokenAttackTest, AnEnormousAuthorizationHeaderCostsNothing) {
  SeedDemo();
  Made made = MakeToken("teammedlem", "Robot", true);
  for (const std::string& header :
       {"Bearer " + std::string(1 << 20, 'a'),
        "Bearer " + made.token + std::string(1 << 16, ' ') + "x", std::string(1 << 20, 'B'),
        "Bearer " + made.token + "\r\nX-Injected: 1"}) {
    Response r = Send("GET", "/api/v1/teams", {}, {}, {{"authorization", header}});
    EXPECT_TRUE(IsTokenRefusal(r)) << r.status;
    EXPECT_LT(r.body.size(), 1000u) << "nothing of the header comes back";
  }
}

}  // namespace
}  // namespace stegvis::web
