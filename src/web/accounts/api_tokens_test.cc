// Personal API tokens over HTTP (docs/api.md): the contract of POST/GET/DELETE
// /api/v1/tokens, a token acting as its user on the API, POST /api/v1/projects, and the page
// /konto/api-nycklar.

#include <boost/json/parse.hpp>

#include "domain/api_tokens.h"
#include "web/http/api_rate_limit.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class ApiTokensWebTest : public WebTest {
 protected:
  struct Made {
    std::int64_t id = 0;
    std::string token;
  };

  Response PostJson(const std::string& target, const TestClient& client, const std::string& json,
                    HeaderList headers = {}) {
    headers.emplace_back("content-type", "application/json");
    if (!client.csrf.empty()) headers.emplace_back("x-csrf-token", client.csrf);
    return Send("POST", target, client, json, std::move(headers));
  }

  // A token made through the API by the signed-in `client`.
  Made MakeToken(const TestClient& client, const std::string& name, bool write) {
    Response r =
        PostJson("/api/v1/tokens", client,
                 R"({"name": ")" + name + R"(", "write": )" + (write ? "true" : "false") + "}");
    EXPECT_EQ(r.status, 201) << r.body;
    if (r.status != 201) return {};
    boost::json::object o = boost::json::parse(r.body).as_object();
    EXPECT_EQ(o.size(), 2u) << "exactly id and token: " << r.body;
    return {o.at("id").as_int64(), std::string(o.at("token").as_string())};
  }

  static HeaderList Bearer(const std::string& token) {
    return {{"authorization", "Bearer " + token}};
  }

  Response WithToken(const std::string& method, const std::string& target, const std::string& token,
                     const std::string& json = {}) {
    HeaderList headers = Bearer(token);
    if (!json.empty()) headers.emplace_back("content-type", "application/json");
    return Send(method, target, TestClient{}, json, std::move(headers));
  }
};

TEST_F(ApiTokensWebTest, ASignedInUserMakesListsAndRevokesTokens) {
  SeedDemo();
  TestClient member = As(kDemoEmails.at("teammedlem"));
  Made made = MakeToken(member, "Excel-makro", true);
  EXPECT_TRUE(made.token.starts_with("stegvis_pat_"));

  Response list = Get("/api/v1/tokens", member);
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(Has(list, "\"name\":\"Excel-makro\""));
  EXPECT_TRUE(Has(list, "\"write\":true"));
  EXPECT_TRUE(Has(list, "\"expires_at\""));
  EXPECT_TRUE(Has(list, "\"last_used_at\":null"));
  EXPECT_FALSE(Has(list, made.token.substr(12))) << "never the secret";
  EXPECT_FALSE(Has(list, "secret_hash")) << "nor its hash";

  EXPECT_EQ(WithToken("GET", "/api/v1/projects", made.token).status, 200);
  EXPECT_FALSE(Has(Get("/api/v1/tokens", member), "\"last_used_at\":null")) << "use is noted";

  Response gone = Send("DELETE", "/api/v1/tokens/" + std::to_string(made.id), member, {},
                       {{"x-csrf-token", member.csrf}});
  EXPECT_EQ(gone.status, 204);
  Response after = WithToken("GET", "/api/v1/projects", made.token);
  EXPECT_EQ(after.status, 401);
  EXPECT_EQ(after.Header("WWW-Authenticate").substr(0, 6), "Bearer");
  EXPECT_TRUE(Has(after, "\"code\":\"unauthenticated\"")) << after.body;
}

TEST_F(ApiTokensWebTest, TheValidityIsChosenWithinBoundsAndEveryRefusalIsNamed) {
  SeedDemo();
  TestClient member = As(kDemoEmails.at("teammedlem"));
  Response year = PostJson("/api/v1/tokens", member, R"({"name": "År", "days": 365})");
  EXPECT_EQ(year.status, 201) << year.body;
  for (const char* bad : {R"({"name": "Noll", "days": 0})", R"({"name": "Lång", "days": 366})",
                          R"({"name": "Text", "days": "90"})"}) {
    Response r = PostJson("/api/v1/tokens", member, bad);
    EXPECT_EQ(r.status, 422) << bad;
    EXPECT_TRUE(Has(r, "\"field\":\"days\"")) << r.body;
  }
  Response nameless = PostJson("/api/v1/tokens", member, R"({"write": true})");
  EXPECT_EQ(nameless.status, 422);
  EXPECT_TRUE(Has(nameless, "\"field\":\"name\""));
  Response twice = PostJson("/api/v1/tokens", member, R"({"name": "År"})");
  EXPECT_EQ(twice.status, 422);
  EXPECT_TRUE(Has(twice, "Du har redan en nyckel med det namnet.")) << twice.body;
}

TEST_F(ApiTokensWebTest, ATokenActsAsItsUserOnTheApiAndItsWritesNameIt) {
  SeedDemo();
  TestClient member = As(kDemoEmails.at("teammedlem"));
  Made made = MakeToken(member, "Verksamhetssystemet", true);
  const domain::Id team = TeamId("Trygg hemgång");
  Response created =
      WithToken("POST", "/api/v1/projects", made.token,
                R"({"team_id": )" + std::to_string(team) + R"(, "title": "Färre fall via API"})");
  ASSERT_EQ(created.status, 201) << created.body;
  const std::int64_t id = boost::json::parse(created.body).as_object().at("id").as_int64();
  EXPECT_EQ(created.Header("Location"), "/api/v1/projects/" + std::to_string(id));
  EXPECT_EQ(created.Header("Cache-Control"), "no-store");
  EXPECT_TRUE(created.Header("Set-Cookie").empty()) << "a token request gets no cookie";

  Response read = WithToken("GET", "/api/v1/projects/" + std::to_string(id), made.token);
  EXPECT_EQ(read.status, 200);
  EXPECT_TRUE(Has(read, "Färre fall via API"));

  std::string token_name;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    for (const domain::AuditEvent& e : tx.Audit().List("project", id)) token_name = e.api_token;
    return true;
  });
  EXPECT_EQ(token_name, "Verksamhetssystemet") << "the audit trail says which token wrote";
  // Both readers of the trail say it too: the project's Historik page and the admin's CSV.
  EXPECT_TRUE(Has(Get("/historik/project/" + std::to_string(id), member),
                  "via API-nyckeln ”Verksamhetssystemet”"));
  Response csv = Get("/admin/historik.csv", As(kDemoEmails.at("admin")));
  EXPECT_TRUE(Has(csv, ";api-nyckel\r\n")) << "the heading names the column";
  EXPECT_TRUE(Has(csv, ";\"project\";" + std::to_string(id) + ";")) << csv.body.substr(0, 300);
  EXPECT_TRUE(Has(csv, ";\"Verksamhetssystemet\"\r\n"));
}

TEST_F(ApiTokensWebTest, CreatingAProjectNamesEveryWrongField) {
  SeedDemo();
  TestClient member = As(kDemoEmails.at("teammedlem"));
  Response r = PostJson("/api/v1/projects", member,
                        R"({"team_id": )" + std::to_string(TeamId("Trygg hemgång")) +
                            R"(, "title": "", "problem": ")" + std::string(4001, 'x') + "\"}");
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(Has(r, "\"errors\""));
  EXPECT_TRUE(Has(r, "\"field\":\"title\""));
  EXPECT_TRUE(Has(r, "\"field\":\"problem\""));
  Response no_team = PostJson("/api/v1/projects", member, R"({"title": "Utan team"})");
  EXPECT_EQ(no_team.status, 422);
  EXPECT_TRUE(Has(no_team, "\"field\":\"team_id\""));
  Response unknown =
      PostJson("/api/v1/projects", member, R"({"team_id": 99999, "title": "Okänt team"})");
  EXPECT_EQ(unknown.status, 422);
  EXPECT_TRUE(Has(unknown, "\"field\":\"team_id\""));
  Response programme = PostJson("/api/v1/projects", member,
                                R"({"team_id": )" + std::to_string(TeamId("Trygg hemgång")) +
                                    R"(, "title": "Fel program", "programme_id": 99999})");
  EXPECT_EQ(programme.status, 422);
  EXPECT_TRUE(Has(programme, "\"field\":\"programme_id\"")) << programme.body;
}

TEST_F(ApiTokensWebTest, RequestsBeyondTheRateAreAskedToWait) {
  SeedDemo();
  Made made = MakeToken(As(kDemoEmails.at("teammedlem")), "Ivrig", false);
  for (int i = 0; i < static_cast<int>(kApiBurst); ++i) {
    ASSERT_EQ(WithToken("GET", "/api/v1/teams", made.token).status, 200) << i;
  }
  Response slow = WithToken("GET", "/api/v1/teams", made.token);
  EXPECT_EQ(slow.status, 429);
  EXPECT_EQ(slow.Header("Retry-After"), "1");
  EXPECT_TRUE(Has(slow, "\"code\":\"too_many_requests\"")) << slow.body;
  Made other = MakeToken(As(kDemoEmails.at("chef")), "Annan", false);
  EXPECT_EQ(WithToken("GET", "/api/v1/teams", other.token).status, 200) << "per token";
  clock_.Advance(1);
  EXPECT_EQ(WithToken("GET", "/api/v1/teams", made.token).status, 200) << "refilled";
}

TEST_F(ApiTokensWebTest, ThePageMakesATokenShowsItOnceAndRevokesItAfterAConfirmation) {
  SeedDemo();
  TestClient member = As(kDemoEmails.at("teammedlem"));
  Response empty = Get("/konto/api-nycklar", member);
  ASSERT_EQ(empty.status, 200);
  EXPECT_TRUE(Has(empty, "Du har inga API-nycklar."));

  Response refused = Post("/konto/api-nycklar", member, "name=&days=400");
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(Has(refused, "Ge nyckeln ett namn."));
  EXPECT_TRUE(Has(refused, "Välj en giltighetstid från en dag upp till ett år."));

  Response made = Post("/konto/api-nycklar", member, "name=Kalkylarket&days=30&write=1");
  ASSERT_EQ(made.status, 200);
  const std::size_t at = made.body.find("stegvis_pat_");
  ASSERT_NE(at, std::string::npos);
  const std::string token = made.body.substr(at, 12 + 64);
  EXPECT_TRUE(Has(made, "Den visas bara den här gången"));
  EXPECT_EQ(made.Header("Cache-Control"), "no-store");
  EXPECT_EQ(WithToken("GET", "/api/v1/teams", token).status, 200);

  Response listed = Get("/konto/api-nycklar", member);
  EXPECT_TRUE(Has(listed, "Kalkylarket"));
  EXPECT_TRUE(Has(listed, "Läsa och ändra"));
  EXPECT_FALSE(Has(listed, "stegvis_pat_")) << "shown once";
  EXPECT_TRUE(Has(listed, "Vill du återkalla den här nyckeln?"));

  std::int64_t id = 0;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    id = tx.ApiTokens().ListForUser(UserId(kDemoEmails.at("teammedlem"))).front().id;
    return true;
  });
  Response revoked = Post("/konto/api-nycklar/" + std::to_string(id) + "/aterkalla", member, "");
  EXPECT_EQ(revoked.status, 303);
  EXPECT_TRUE(Has(Get("/konto/api-nycklar?aterkallad=1", member), "Nyckeln är återkallad"));
  EXPECT_EQ(WithToken("GET", "/api/v1/teams", token).status, 401);
}

TEST_F(ApiTokensWebTest, ThePageSpeaksEnglishToo) {
  SeedDemo();
  Response r = Get("/konto/api-nycklar?lang=en", As(kDemoEmails.at("teammedlem")));
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r, "Your API tokens"));
  EXPECT_TRUE(Has(r, "Create token"));
}

}  // namespace
}  // namespace stegvis::web
