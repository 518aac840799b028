// Walks EVERY route of BuildRouter for every role and an anonymous visitor and checks the
// answer against the table (web/testing/access_matrix_expected.h): allowed, 403, or sent to
// log in. A route added without a row there fails this test, so nobody can add a route
// without deciding who may use it.

#include <set>

#include "domain/api_tokens.h"
#include "domain/imports.h"
#include "domain/sessions.h"
#include "web/testing/access_matrix_expected.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

using access_matrix::Expect;
using access_matrix::kExpected;
using access_matrix::kWho;

class AccessMatrixTest : public WebTest {
 protected:
  // The pattern with its placeholders filled with real objects.
  std::string Fill(std::string pattern) {
    const std::map<std::string, std::string> values = {
        {"{file}", "stegvis.css"}, {"{token}", std::string(64, 'a')},
        {"{type}", "team"},        {"{period}", "2025-01"},
        {"{month}", "2025-01"},    {"{invitation_id}", "999999"},
        {"{team_id}", "999999"},   {"{review_id}", "999999"},
        {"{role_id}", "999999"},   {"{slug}", "inget-publicerat-0123456789abcdef"},
        {"{import_id}", "999999"},
    };
    for (const auto& [placeholder, value] : values) {
      if (auto pos = pattern.find(placeholder); pos != std::string::npos) {
        pattern.replace(pos, placeholder.size(), value);
      }
    }
    if (auto pos = pattern.find("{assessment_id}"); pos != std::string::npos) {
      pattern.replace(pos, 15, std::to_string(FirstAssessmentOf(UnitNamed("Hemtjänst Norr"))));
    }
    if (auto pos = pattern.find("{definition_id}"); pos != std::string::npos) {
      pattern.replace(pos, 15,
                      std::to_string(FirstDefinitionOf(ProgrammeId("Jämställd hemtjänst"))));
    }
    if (auto pos = pattern.find("{event_id}"); pos != std::string::npos) {
      pattern.replace(pos, 10, std::to_string(FirstEventOf(ProgrammeId("Jämställd hemtjänst"))));
    }
    if (auto pos = pattern.find("{id}"); pos != std::string::npos) {
      std::string id = std::to_string(TeamId("Trygg hemgång"));
      if (pattern.starts_with("/admin/anvandare") || pattern.starts_with("/api/v1/users/")) {
        id = std::to_string(UserId(kDemoEmails.at("politiker")));
      } else if (pattern.starts_with("/projekt/") || pattern.starts_with("/api/v1/projects/")) {
        id = std::to_string(ProjectOf("Trygg hemgång"));
      } else if (pattern.starts_with("/matt/") || pattern.starts_with("/api/v1/measures/")) {
        id = std::to_string(MeasureOf("Trygg hemgång"));
      } else if (pattern.starts_with("/program/") || pattern.starts_with("/api/v1/programmes/")) {
        id = std::to_string(ProgrammeId("Jämställd hemtjänst"));
      } else if (pattern.starts_with("/mal/katalog/") || pattern.starts_with("/api/v1/goals/")) {
        id = std::to_string(GoalId("cemr", "9"));
      }
      // No token of anyone's: revoking answers 404 and leaves the tests' own tokens alone.
      if (pattern.starts_with("/konto/api-nycklar/") || pattern.starts_with("/api/v1/tokens/")) {
        id = "999999";
      }
      if (pattern.starts_with("/enhet/") || pattern.starts_with("/api/v1/units/")) {
        id = std::to_string(UnitNamed("Hemtjänst Norr"));
      } else if (pattern.starts_with("/reflektioner/") ||
                 pattern.starts_with("/api/v1/reflection-notes/")) {
        id = std::to_string(FirstReflectionNote());
      }
      if (pattern.starts_with("/erbjudanden/") || pattern.starts_with("/api/v1/idea-offers/")) {
        id = "999999";
      }
      if (pattern.starts_with("/inbjudningar/") || pattern.starts_with("/api/v1/invitations/")) {
        id = "999999";
      }
      if (pattern.starts_with("/import/") || pattern.starts_with("/api/v1/imports/")) {
        id = std::to_string(import_);
      }
      // The team's work: a change idea and a cycle in Plan in Trygg hemgång's project.
      for (const auto& [prefix, object] :
           std::vector<std::pair<std::string, domain::Id>>{{"/pgsa/", pdsa_.cycle},
                                                           {"/api/v1/pdsa-cycles/", pdsa_.cycle},
                                                           {"/forandringsideer/", pdsa_.idea},
                                                           {"/api/v1/change-ideas/", pdsa_.idea}}) {
        if (pattern.starts_with(prefix)) id = std::to_string(object);
      }
      pattern.replace(pos, 4, id);
    }
    return pattern;
  }

  // The programme's first common measure definition.
  domain::Id FirstDefinitionOf(domain::Id programme) {
    domain::Id id = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      auto definitions = tx.Measures().ListOfProgramme(programme);
      if (!definitions.empty()) id = definitions.front().id;
      return true;
    });
    return id;
  }

  // The programme's first calendar entry.
  domain::Id FirstEventOf(domain::Id programme) {
    domain::Id id = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      auto events = tx.Programmes().ListEvents(programme);
      if (!events.empty()) id = events.front().id;
      return true;
    });
    return id;
  }

  // The unit's first self-assessment.
  domain::Id FirstAssessmentOf(domain::Id unit) {
    domain::Id id = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      auto assessments = tx.SelfAssessments().List(unit);
      if (!assessments.empty()) id = assessments.front().id;
      return true;
    });
    return id;
  }

  // The demo's first reflection note (linked to Hemtjänst Norr and Söder).
  domain::Id FirstReflectionNote() {
    domain::Id id = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      auto notes = tx.ReflectionNotes().List(tx.Units().ListOrganisations().front().id);
      for (const auto& n : notes) id = n.id;  // oldest last
      return true;
    });
    return id;
  }

  // A project of Trygg hemgång with one change idea and one cycle in Plan.
  struct PdsaObjects {
    domain::Id project = 0;
    domain::Id idea = 0;
    domain::Id cycle = 0;
  };
  void SeedPdsa() {
    pdsa_.project = ProjectOf("Trygg hemgång");
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      domain::Project project = *tx.Projects().Find(pdsa_.project);
      domain::ChangeIdea idea;
      idea.organisation_id = project.organisation_id;
      idea.project_id = pdsa_.project;
      idea.title = "Hembesök dag 1";
      pdsa_.idea = tx.Pdsa().CreateIdea(idea, 1);
      domain::PdsaCycle cycle;
      cycle.organisation_id = project.organisation_id;
      cycle.project_id = pdsa_.project;
      cycle.change_idea_id = pdsa_.idea;
      cycle.content.title = "Första testet";
      pdsa_.cycle = tx.Pdsa().CreateCycle(cycle);
      return true;
    });
  }
  PdsaObjects pdsa_;

  // A file for Trygg hemgång's measure, staged from the command line: only a period column,
  // so it has a problem and no commit changes the demo's data.
  void SeedImport() {
    domain::ImportSheet sheet;
    sheet.header = {"Period"};
    sheet.rows = {{"2026-01"}};
    sheet.lines = {2};
    const domain::Actor cli{std::nullopt, std::nullopt, "cli", ""};
    core::FixedClock clock(1'800'000'000);
    auto staged = domain::StageImport(*store_, clock, nullptr, cli, MeasureOf("Trygg hemgång"),
                                      "matt.csv", sheet, domain::HeaderWords{});
    ASSERT_TRUE(staged);
    import_ = staged->record.id;
  }
  domain::Id import_ = 0;

  static Expect Classify(const std::string& path, const Response& r) {
    if (r.status == 403) return Expect::kForbidden;
    if (RedirectsToLogin(r)) return Expect::kLogin;
    if (path.starts_with("/api/") && r.status == 401) return Expect::kLogin;
    return Expect::kAllow;
  }
};

TEST_F(AccessMatrixTest, EveryRouteTimesEveryRoleGetsTheExpectedAnswer) {
  SeedDemo();
  SeedPdsa();
  SeedImport();
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
    if (expected->second.size() != kWho.size()) {
      ADD_FAILURE() << key << " has " << expected->second.size() << " answers for " << kWho.size()
                    << " visitors";
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
      // An empty form would deactivate the politiker the row is about, and every later row
      // would then see the politiker logged out; "active=1" keeps the account as it is.
      if (key == "POST /admin/anvandare/{id}/aktiv") body = "active=1";
      Response r = Send(route.method, target, client, body, headers);
      EXPECT_EQ(Classify(target, r), expected->second[i])
          << key << " as " << kWho[i] << ": status " << r.status << " " << r.Header("Location");
    }
  }
  for (const auto& [key, unused] : kExpected) {
    EXPECT_TRUE(seen.count(key)) << key << " is in the table but not a route any more";
  }
}

// A user without a role sees only the start page (docs/security.md): every route that is not
// public and not the start page's own (the session, logging out) answers 403 — programmes and
// the goals too.
TEST_F(AccessMatrixTest, AUserWithoutARoleSeesOnlyTheStartPage) {
  SeedDemo();
  SeedPdsa();
  App app{*store_, clock_, log_, catalogue_, templates_, static_files_, base_url_};
  Router router = BuildRouter(app);
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    const domain::Id org = tx.Users().FindByEmail(kDemoEmails.at("admin"))->organisation_id;
    tx.Users().Create({org, "utan-roll@solvik.example", "Nils Nilsson", "sv", "x"}, 1);
    return true;
  });
  // The start page is the list of units with each unit's page (teams: none), and the lists
  // of the teams and projects the user may see (empty); their own API tokens, which can do
  // no more than they can; and their own reminder setting.
  const std::set<std::string> allowed = {"GET /",
                                         "POST /logout",
                                         "GET /api/v1/session",
                                         "DELETE /api/v1/session",
                                         "GET /enhet/{id}",
                                         "GET /api/v1/teams",
                                         "GET /api/v1/projects",
                                         "GET /konto/api-nycklar",
                                         "POST /konto/api-nycklar",
                                         "POST /konto/api-nycklar/{id}/aterkalla",
                                         "GET /api/v1/tokens",
                                         "POST /api/v1/tokens",
                                         "DELETE /api/v1/tokens/{id}",
                                         "GET /konto/paminnelser",
                                         "POST /konto/paminnelser",
                                         "GET /api/v1/reminders",
                                         "PUT /api/v1/reminders"};
  for (const Route& route : router.routes()) {
    const std::string key = route.method + " " + route.pattern;
    if (route.rule.kind == domain::ResourceKind::kPublic) continue;
    TestClient client = As("utan-roll@solvik.example");
    const std::string target = Fill(route.pattern);
    Response r = Send(route.method, target, client, "", {{"x-csrf-token", client.csrf}});
    EXPECT_EQ(Classify(target, r), allowed.count(key) ? Expect::kAllow : Expect::kForbidden)
        << key << " without a role: status " << r.status;
  }
}

// The CSRF token may be missing only from a JSON body to the API login: every other route
// that changes state, public or not, refuses a JSON body without the token (403), whoever
// sends it; a signed-in user's JSON without the token is refused too.
TEST_F(AccessMatrixTest, OnlyTheApiLoginTakesJsonWithoutACsrfToken) {
  SeedDemo();
  SeedPdsa();
  App app{*store_, clock_, log_, catalogue_, templates_, static_files_, base_url_};
  Router router = BuildRouter(app);
  for (const Route& route : router.routes()) {
    if (route.method == "GET") continue;
    const std::string key = route.method + " " + route.pattern;
    for (const char* who : {"anonymous", "admin"}) {
      TestClient client = std::string(who) == "anonymous" ? Anonymous() : As(kDemoEmails.at(who));
      Response r = Send(route.method, Fill(route.pattern), client, "{}",
                        {{"content-type", "application/json"}});
      if (key == "POST /api/v1/session") {
        EXPECT_NE(r.status, 403) << key << " as " << who;
      } else if (route.rule.kind == domain::ResourceKind::kPublic || std::string(who) == "admin") {
        EXPECT_EQ(r.status, 403) << key << " as " << who;
      } else {
        EXPECT_EQ(Classify(Fill(route.pattern), r), Expect::kLogin) << key << " as " << who;
      }
    }
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

// A personal API token (Authorization: Bearer) gets on every /api/ route what its user's own
// session gets, never more: a read-write token the same answer, a read-only one 403 on every
// method but GET, and both 403 on the routes that manage tokens and sessions. On a page the
// header is no login at all: the answer is an anonymous visitor's.
TEST_F(AccessMatrixTest, ATokenNeverGetsMoreThanItsUsersSession) {
  SeedDemo();
  SeedPdsa();
  App app{*store_, clock_, log_, catalogue_, templates_, static_files_, base_url_};
  Router router = BuildRouter(app);
  for (const char* who : {"teammedlem", "politiker", "chef"}) {
    const std::string email = kDemoEmails.at(who);
    const domain::Principal principal = *domain::LoadPrincipal(*store_, UserId(email));
    const domain::Actor actor = domain::ActorFor(principal, "192.0.2.10");
    // Each token may send 120 requests at once (api_rate_limit.h): a fresh pair every 100 API
    // routes keeps the walk below the limit, which is tested on its own.
    std::string read_write, read_only;
    int api_routes = 0, pair = -1;
    for (const Route& route : router.routes()) {
      const std::string key = route.method + " " + route.pattern;
      const std::string target = Fill(route.pattern);
      if (target.starts_with("/api/")) ++api_routes;
      if (api_routes / 100 != pair) {
        pair = api_routes / 100;
        const std::string n = std::to_string(pair);
        read_write =
            domain::CreateApiToken(*store_, clock_, principal, actor, {"rw" + n, true, 30})->token;
        read_only =
            domain::CreateApiToken(*store_, clock_, principal, actor, {"ro" + n, false, 30})->token;
      }
      std::string body;
      HeaderList json;
      if (key == "POST /api/v1/session") {
        json.emplace_back("content-type", "application/json");
        body = "{}";
      }
      if (key == "POST /admin/anvandare/{id}/aktiv") body = "active=1";
      auto send = [&](const TestClient& client, HeaderList headers) {
        headers.insert(headers.end(), json.begin(), json.end());
        return Send(route.method, target, client, body, std::move(headers));
      };
      TestClient session = As(email);
      const Expect own = Classify(target, send(session, {{"x-csrf-token", session.csrf}}));
      const Expect nobody = Classify(target, send(TestClient{}, {}));
      const Response rw = send(TestClient{}, {{"authorization", "Bearer " + read_write}});
      const Response ro = send(TestClient{}, {{"authorization", "Bearer " + read_only}});
      if (!target.starts_with("/api/")) {
        EXPECT_EQ(Classify(target, rw), nobody) << key << " as " << who << ": " << rw.status;
        EXPECT_EQ(Classify(target, ro), nobody) << key << " as " << who << ": " << ro.status;
      } else if (route.pattern.starts_with("/api/v1/tokens") ||
                 route.pattern == "/api/v1/session") {
        EXPECT_EQ(rw.status, 403) << key << " as " << who;
        EXPECT_EQ(ro.status, 403) << key << " as " << who;
      } else {
        EXPECT_EQ(Classify(target, rw), own) << key << " as " << who << ": " << rw.status;
        EXPECT_EQ(Classify(target, ro), route.method == "GET" ? own : Expect::kForbidden)
            << key << " as " << who << ": " << ro.status;
      }
    }
  }
}

}  // namespace
}  // namespace stegvis::web
