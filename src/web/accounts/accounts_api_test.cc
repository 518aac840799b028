// The users page's JSON twins (accounts_api.cc): an admin adds a user with a role, gives and
// takes roles, deactivates, unlocks and issues a reset link through the API as on the page;
// nobody else may, another organisation's users are not found, the list never holds them, and
// no password (hash) ever leaves.

#include <boost/json/parse.hpp>

#include "domain/api_tokens.h"
#include "domain/sessions.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class AccountsApiTest : public WebTest {
 protected:
  void SetUp() override {
    WebTest::SetUp();
    SeedDemo();
    admin_ = As(kDemoEmails.at("admin"));
  }
  Response Call(const std::string& method, const std::string& path, const std::string& body = "",
                const TestClient* client = nullptr) {
    const TestClient& c = client ? *client : admin_;
    return Send(method, path, c, body,
                {{"content-type", "application/json"}, {"x-csrf-token", c.csrf}});
  }
  static boost::json::object Json(const Response& r) {
    return boost::json::parse(r.body).as_object();
  }
  TestClient admin_;
};

TEST_F(AccountsApiTest, AnAdminManagesAUserThroughTheApiAsOnThePage) {
  const std::string unit = std::to_string(UnitNamed("Hemtjänst Norr"));
  Response created =
      Call("POST", "/api/v1/users",
           R"({"email": "Ny.Person@solvik.example", "display_name": "Ny Person", "language": "en",
               "password": "ett långt lösenord 2026", "role": "chef", "scope": "unit:)" +
               unit + R"("})");
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string id = std::to_string(Json(created).at("id").as_int64());
  EXPECT_EQ(created.Header("Location"), "/api/v1/users/" + id);

  boost::json::object user = Json(Call("GET", "/api/v1/users/" + id));
  EXPECT_EQ(user.at("email").as_string(), "ny.person@solvik.example");
  EXPECT_EQ(user.at("language").as_string(), "en");
  ASSERT_EQ(user.at("roles").as_array().size(), 1u);
  const boost::json::object role = user.at("roles").as_array()[0].as_object();  // a copy
  EXPECT_EQ(role.at("role").as_string(), "chef");
  EXPECT_EQ(role.at("scope").at("kind").as_string(), "unit");
  EXPECT_EQ(std::to_string(role.at("scope").at("id").as_int64()), unit);
  EXPECT_EQ(user.find("password_hash"), user.end());

  const std::string team = std::to_string(TeamId("Trygg hemgång"));
  EXPECT_EQ(Call("POST", "/api/v1/users/" + id + "/roles",
                 R"({"role": "teammedlem", "scope": "team:)" + team + R"("})")
                .status,
            204);
  user = Json(Call("GET", "/api/v1/users/" + id));
  ASSERT_EQ(user.at("roles").as_array().size(), 2u);
  const std::string first = std::to_string(role.at("id").as_int64());
  EXPECT_EQ(Call("DELETE", "/api/v1/users/" + id + "/roles/" + first).status, 204);
  EXPECT_EQ(Json(Call("GET", "/api/v1/users/" + id)).at("roles").as_array().size(), 1u);

  EXPECT_EQ(Call("PUT", "/api/v1/users/" + id + "/active", R"({"active": false})").status, 204);
  EXPECT_FALSE(Json(Call("GET", "/api/v1/users/" + id)).at("active").as_bool());
  EXPECT_EQ(Call("PUT", "/api/v1/users/" + id + "/active", R"({"active": true})").status, 204);
  EXPECT_EQ(Call("POST", "/api/v1/users/" + id + "/unlock").status, 204);
  Response link = Call("POST", "/api/v1/users/" + id + "/reset-link");
  ASSERT_EQ(link.status, 201) << link.body;
  EXPECT_TRUE(std::string(Json(link).at("link").as_string()).starts_with(base_url_));

  boost::json::object list = Json(Call("GET", "/api/v1/users?limit=100"));
  bool found = false;
  for (const boost::json::value& u : list.at("users").as_array()) {
    EXPECT_TRUE(std::string(u.at("email").as_string()).ends_with("@solvik.example"))
        << "only the organisation's own users";
    found = found || std::to_string(u.at("id").as_int64()) == id;
  }
  EXPECT_TRUE(found);
}

TEST_F(AccountsApiTest, WrongInputIsRefusedInWords) {
  EXPECT_EQ(
      Call(
          "POST", "/api/v1/users",
          R"({"email": "inte-en-adress", "display_name": "X", "password": "ett långt lösenord 2026"})")
          .status,
      422);
  EXPECT_EQ(Call("POST", "/api/v1/users",
                 R"({"email": "a@solvik.example", "display_name": "A", "password": "kort"})")
                .status,
            422);
  EXPECT_EQ(
      Call(
          "POST", "/api/v1/users",
          R"({"email": "team@solvik.example", "display_name": "A", "password": "ett långt lösenord 2026"})")
          .status,
      409);
  const std::string politiker = std::to_string(UserId(kDemoEmails.at("politiker")));
  Response bad_role = Call("POST", "/api/v1/users/" + politiker + "/roles", R"({"role": "kung"})");
  EXPECT_EQ(bad_role.status, 422);
  EXPECT_NE(bad_role.body.find("teammedlem"), std::string::npos) << "the roles it may be";
  EXPECT_EQ(Call("POST", "/api/v1/users/" + politiker + "/roles",
                 R"({"role": "chef", "scope": "enhet:1"})")
                .status,
            422);
  EXPECT_EQ(Call("POST", "/api/v1/users/" + politiker + "/roles", "{}").status, 422);
  EXPECT_EQ(Call("PUT", "/api/v1/users/" + politiker + "/active", R"({"active": "nej"})").status,
            422);
  EXPECT_EQ(Call("DELETE", "/api/v1/users/" + politiker + "/roles/999999").status, 404);
  // A unit of another organisation is no scope here.
  EXPECT_EQ(Call("POST", "/api/v1/users/" + politiker + "/roles",
                 R"({"role": "chef", "scope": "unit:)" +
                     std::to_string(UnitNamed("Hemtjänst Centrum")) + R"("})")
                .status,
            422);
}

TEST_F(AccountsApiTest, OnlyTheOrganisationsAdminsAndNeverAcrossOrganisations) {
  const std::string politiker = std::to_string(UserId(kDemoEmails.at("politiker")));
  TestClient chef = As(kDemoEmails.at("chef"));
  EXPECT_EQ(Call("GET", "/api/v1/users", "", &chef).status, 403);
  EXPECT_EQ(Call("POST", "/api/v1/users/" + politiker + "/reset-link", "", &chef).status, 403);
  TestClient norrby = As("admin@norrby.example");
  for (const auto& [method, path] : std::vector<std::pair<std::string, std::string>>{
           {"GET", "/api/v1/users/" + politiker},
           {"POST", "/api/v1/users/" + politiker + "/unlock"},
           {"POST", "/api/v1/users/" + politiker + "/reset-link"},
           {"PUT", "/api/v1/users/" + politiker + "/active"}}) {
    const std::string body = method == "PUT" ? R"({"active": false})" : "";
    EXPECT_EQ(Call(method, path, body, &norrby).status, 404) << method << " " << path;
  }
  EXPECT_TRUE(Json(Call("GET", "/api/v1/users/" + politiker)).at("active").as_bool());
  // Without the session's CSRF token: nothing.
  EXPECT_EQ(Send("PUT", "/api/v1/users/" + politiker + "/active", admin_, R"({"active": false})",
                 {{"content-type", "application/json"}})
                .status,
            403);
  // A read-only token of the admin reads the list but changes nothing.
  const domain::Principal p = *domain::LoadPrincipal(*store_, UserId(kDemoEmails.at("admin")));
  auto token = domain::CreateApiToken(*store_, clock_, p, domain::ActorFor(p, "192.0.2.10"),
                                      {"Katalog", false, 30});
  ASSERT_TRUE(token);
  const HeaderList bearer = {{"authorization", "Bearer " + token->token},
                             {"content-type", "application/json"}};
  EXPECT_EQ(Send("GET", "/api/v1/users", {}, "", bearer).status, 200);
  EXPECT_EQ(
      Send("PUT", "/api/v1/users/" + politiker + "/active", {}, R"({"active": false})", bearer)
          .status,
      403);
  EXPECT_TRUE(Json(Call("GET", "/api/v1/users/" + politiker)).at("active").as_bool());
}

}  // namespace
}  // namespace stegvis::web
