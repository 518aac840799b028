// Walks EVERY route of BuildRouter for every role and an anonymous visitor and checks the
// answer against the table below: allowed, 403, or sent to log in. A route added without a
// row here fails this test, so nobody can add a route without deciding who may use it.

#include <set>

#include "web/web_test_fixture.h"

namespace stegvis::web {
namespace {

enum class Expect { kAllow, kForbidden, kLogin };
constexpr Expect A = Expect::kAllow, F = Expect::kForbidden, L = Expect::kLogin;

const std::vector<std::string> kWho = {"anonymous", "admin",      "strateg",
                                       "chef",      "teammedlem", "politiker"};

// Route -> expected answer for: anonymous, admin, strateg, chef, teammedlem, politiker.
// The team in /team/{id} is the teammedlem's own team (Trygg hemgång, in the chef's area).
const std::map<std::string, std::vector<Expect>> kExpected = {
    {"GET /healthz", {A, A, A, A, A, A}},
    {"GET /readyz", {A, A, A, A, A, A}},
    {"GET /static/{file}", {A, A, A, A, A, A}},
    {"GET /tillganglighet", {A, A, A, A, A, A}},
    {"GET /login", {A, A, A, A, A, A}},
    {"POST /login", {A, A, A, A, A, A}},
    {"GET /aterstall/{token}", {A, A, A, A, A, A}},
    {"POST /aterstall/{token}", {A, A, A, A, A, A}},
    {"POST /api/v1/session", {A, A, A, A, A, A}},
    {"GET /", {L, A, A, A, A, A}},
    {"POST /logout", {L, A, A, A, A, A}},
    {"GET /api/v1/session", {L, A, A, A, A, A}},
    {"DELETE /api/v1/session", {L, A, A, A, A, A}},
    {"GET /team/{id}", {L, A, A, A, A, A}},
    {"POST /team/{id}", {L, A, A, A, A, F}},
    {"GET /historik/{type}/{id}", {L, A, A, A, A, A}},
    // Improvement work: programmes for everyone in a taking-part organisation; the project
    // and measure are Trygg hemgång's (the teammedlem's team, in the chef's area).
    {"GET /program", {L, A, A, A, A, A}},
    {"GET /program/{id}", {L, A, A, A, A, A}},
    {"POST /team/{id}/projekt", {L, A, A, A, A, F}},
    {"GET /projekt/{id}", {L, A, A, A, A, A}},
    {"POST /projekt/{id}", {L, A, A, A, A, F}},
    {"POST /projekt/{id}/framsteg", {L, A, A, A, A, F}},
    {"POST /projekt/{id}/matt", {L, A, A, A, A, F}},
    {"GET /matt/{id}", {L, A, A, A, A, A}},
    {"POST /matt/{id}/varden", {L, A, A, A, A, F}},
    {"GET /matt/{id}/diagram.svg", {L, A, A, A, A, A}},
    {"GET /matt/{id}/data.csv", {L, A, A, A, A, A}},
    {"GET /api/v1/programmes", {L, A, A, A, A, A}},
    {"GET /api/v1/programmes/{id}", {L, A, A, A, A, A}},
    {"GET /api/v1/teams", {L, A, A, A, A, A}},
    {"GET /api/v1/projects", {L, A, A, A, A, A}},
    {"GET /api/v1/projects/{id}", {L, A, A, A, A, A}},
    {"GET /api/v1/projects/{id}/measures", {L, A, A, A, A, A}},
    {"GET /api/v1/measures/{id}/observations", {L, A, A, A, A, A}},
    {"PUT /api/v1/measures/{id}/observations", {L, A, A, A, A, F}},
    {"GET /api/v1/measures/{id}/analysis", {L, A, A, A, A, A}},
    {"GET /api/v1/measures/{id}/chart.svg", {L, A, A, A, A, A}},
    {"GET /admin/struktur", {L, A, F, F, F, F}},
    {"POST /admin/enheter", {L, A, F, F, F, F}},
    {"GET /admin/enheter/{id}", {L, A, F, F, F, F}},
    {"POST /admin/enheter/{id}", {L, A, F, F, F, F}},
    {"POST /admin/team", {L, A, F, F, F, F}},
    {"GET /admin/historik.csv", {L, A, F, F, F, F}},
    {"GET /admin/anvandare", {L, A, F, F, F, F}},
    {"POST /admin/anvandare", {L, A, F, F, F, F}},
    {"GET /admin/anvandare/{id}", {L, A, F, F, F, F}},
    {"POST /admin/anvandare/{id}/{action}", {L, A, F, F, F, F}},
};

class AccessMatrixTest : public WebTest {
 protected:
  // The pattern with its placeholders filled with real objects.
  std::string Fill(std::string pattern) {
    const std::map<std::string, std::string> values = {
        {"{file}", "stegvis.css"},
        {"{token}", std::string(64, 'a')},
        {"{type}", "team"},
        {"{action}", "las-upp"},
    };
    for (const auto& [placeholder, value] : values) {
      if (auto pos = pattern.find(placeholder); pos != std::string::npos) {
        pattern.replace(pos, placeholder.size(), value);
      }
    }
    if (auto pos = pattern.find("{id}"); pos != std::string::npos) {
      std::string id = std::to_string(TeamId("Trygg hemgång"));
      if (pattern.starts_with("/admin/anvandare")) {
        id = std::to_string(UserId(kDemoEmails.at("politiker")));
      } else if (pattern.starts_with("/projekt/") || pattern.starts_with("/api/v1/projects/")) {
        id = std::to_string(ProjectOf("Trygg hemgång"));
      } else if (pattern.starts_with("/matt/") || pattern.starts_with("/api/v1/measures/")) {
        id = std::to_string(MeasureOf("Trygg hemgång"));
      } else if (pattern.starts_with("/program/") || pattern.starts_with("/api/v1/programmes/")) {
        id = std::to_string(ProgrammeId("Jämställd hemtjänst"));
      }
      pattern.replace(pos, 4, id);
    }
    return pattern;
  }

  static Expect Classify(const std::string& path, const Response& r) {
    if (r.status == 403) return Expect::kForbidden;
    if (RedirectsToLogin(r)) return Expect::kLogin;
    if (path.starts_with("/api/") && r.status == 401) return Expect::kLogin;
    return Expect::kAllow;
  }
};

TEST_F(AccessMatrixTest, EveryRouteTimesEveryRoleGetsTheExpectedAnswer) {
  SeedDemo();
  App app{*store_, clock_, log_, catalogue_, templates_, static_files_, base_url_};
  Router router = BuildRouter(app);
  std::set<std::string> seen;
  for (const Route& route : router.routes()) {
    const std::string key = route.method + " " + route.pattern;
    seen.insert(key);
    auto expected = kExpected.find(key);
    if (expected == kExpected.end()) {
      ADD_FAILURE() << "route " << key
                    << " has no expected answers in access_matrix_test.cc: decide who may use it";
      continue;
    }
    for (std::size_t i = 0; i < kWho.size(); ++i) {
      // A fresh session per request: POST /logout and DELETE /api/v1/session end it.
      TestClient client = i == 0 ? Anonymous() : As(kDemoEmails.at(kWho[i]));
      const std::string target = Fill(route.pattern);
      HeaderList headers{{"x-csrf-token", client.csrf}};
      std::string body;
      if (key == "POST /api/v1/session") {
        headers.emplace_back("content-type", "application/json");
        body = "{}";
      }
      Response r = Send(route.method, target, client, body, headers);
      EXPECT_EQ(Classify(target, r), expected->second[i])
          << key << " as " << kWho[i] << ": status " << r.status << " " << r.Header("Location");
    }
  }
  for (const auto& [key, unused] : kExpected) {
    EXPECT_TRUE(seen.count(key)) << key << " is in the table but not a route any more";
  }
}

TEST_F(AccessMatrixTest, EveryRouteCarriesARuleThePolicyKnows) {
  store_->Migrate();
  App app{*store_, clock_, log_, catalogue_, templates_, static_files_, base_url_};
  Router router = BuildRouter(app);
  for (const Route& route : router.routes()) {
    // State-changing routes never use the read-only any-user kind with a write action.
    if (route.method != "GET") {
      EXPECT_TRUE(route.rule.kind == domain::ResourceKind::kPublic ||
                  route.rule.kind == domain::ResourceKind::kAnyUser ||
                  route.rule.action != domain::Action::kView)
          << route.method << " " << route.pattern << " changes data under a view rule";
    }
  }
}

}  // namespace
}  // namespace stegvis::web
