#pragma once
// For the web tests: the real route table, templates and catalogue over a real SQLite store
// in a temporary folder, with the demo data, sessions made directly in the database (no
// argon2 per request) and requests sent through the same handler the server runs, with the
// page cache on as in the server (so every test that writes and then reads a page also checks
// that the page is not served stale).

#include <filesystem>
#include <map>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

#include "domain/demo.h"
#include "domain/tokens.h"
#include "store/sqlite_store.h"
#include "web/gender/verdict_histories.h"
#include "web/http/access_guard.h"
#include "web/http/api_rate_limit.h"
#include "web/render/page_cache.h"
#include "web/routes.h"
#include "web/testing/counting_store.h"

namespace stegvis::web {

// A logged-in (or anonymous, if `cookie` is empty) client.
struct TestClient {
  std::string cookie;  // the Cookie header
  std::string csrf;    // the token its forms carry
};

class WebTest : public ::testing::Test {
 protected:
  WebTest()
      : dir_(std::filesystem::temp_directory_path() /
             ("stegvis-web-" + std::to_string(std::random_device{}()))),
        clock_(1'800'000'000),
        log_(core::LogLevel::kWarn, log_out_, clock_),
        catalogue_(*Catalogue::Load(EmbeddedFiles())),
        templates_(std::move(*Templates::Load(EmbeddedFiles(), catalogue_))),
        static_files_(EmbeddedFiles()) {
    std::filesystem::create_directories(dir_);
    store_ = std::make_unique<store::SqliteStore>((dir_ / "web.db").string());
    counting_store_ = std::make_unique<CountingStore>(*store_);
  }
  ~WebTest() override {
    router_.reset();
    app_.reset();
    counting_store_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  // Migrates and seeds the demonstration data (five users, one per role; three teams).
  void SeedDemo() {
    store_->Migrate();
    ASSERT_TRUE(domain::SeedDemo(*store_, clock_));
  }

  // Whether the response's body holds `text`.
  static bool Has(const Response& r, std::string_view text) {
    return r.body.find(text) != std::string::npos;
  }

  // The id of the unit named `name`, in whichever organisation holds it (the demo's names are
  // unique); 0 when none does.
  domain::Id UnitNamed(const std::string& name) {
    domain::Id id = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      for (const auto& org : tx.Units().ListOrganisations()) {
        for (const auto& u : tx.Units().List(org.id)) {
          if (u.name == name) id = u.id;
        }
      }
      return true;
    });
    return id;
  }

  // A session for the user with this email, written straight to the database.
  TestClient As(const std::string& email) {
    TestClient client;
    std::string id = domain::RandomToken();
    client.csrf = domain::RandomToken();
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      std::optional<domain::User> user = tx.Users().FindByEmail(email);
      EXPECT_TRUE(user) << email;
      if (!user) return false;
      tx.Sessions().Create({domain::HashToken(id), user->id, client.csrf, clock_.NowUnixSeconds(),
                            clock_.NowUnixSeconds()});
      return true;
    });
    client.cookie = CookiePrefix() + kSessionCookie + "=" + id;
    return client;
  }

  // "__Host-" when the base URL is https, as the server names its cookies then.
  std::string CookiePrefix() const { return base_url_.starts_with("https://") ? "__Host-" : ""; }

  // An anonymous client with a pre-session CSRF cookie.
  TestClient Anonymous() {
    TestClient client;
    client.csrf = domain::RandomToken();
    client.cookie = CookiePrefix() + kCsrfCookie + "=" + client.csrf;
    return client;
  }

  Response Send(const std::string& method, const std::string& target, const TestClient& client,
                const std::string& body = {}, HeaderList headers = {}) {
    if (!router_) {
      app_ = std::make_unique<App>(App{app_store_ ? *app_store_ : *counting_store_,
                                       clock_,
                                       log_,
                                       catalogue_,
                                       templates_,
                                       static_files_,
                                       base_url_,
                                       {},
                                       page_cache_.get(),
                                       &password_gate_,
                                       &verdict_histories_,
                                       &image_gate_,
                                       &api_rate_limiter_});
      app_->kolada_getter = kolada_getter_;
      app_->kolada_url = "https://kolada.test/v3";
      router_ = std::make_unique<Router>(BuildRouter(*app_));
    }
    Request request;
    request.method = method;
    request.target = target;
    request.headers = std::move(headers);
    request.remote_address = remote_address_;
    if (!client.cookie.empty()) request.headers.emplace_back("cookie", client.cookie);
    if (!body.empty() && request.Header("content-type").empty()) {
      request.headers.emplace_back("content-type", "application/x-www-form-urlencoded");
    }
    request.body = body;
    EXPECT_TRUE(ParseTarget(target, request.path, request.query)) << target;
    Response response = MakeRequestHandler(*app_, *router_)(request);
    // As the client receives it: a page from the page cache shares the kept bytes
    // (Response::shared_body), which the server writes as the body.
    if (response.shared_body) {
      response.body = *response.shared_body;
      response.shared_body.reset();
    }
    return response;
  }

  Response Get(const std::string& target, const TestClient& client = {}, HeaderList headers = {}) {
    return Send("GET", target, client, {}, std::move(headers));
  }

  // POSTs a form with the client's CSRF token added.
  Response Post(const std::string& target, const TestClient& client,
                const std::string& fields = {}) {
    std::string body = "_csrf=" + client.csrf;
    if (!fields.empty()) body += "&" + fields;
    return Send("POST", target, client, body);
  }

  // What the handler of GET `target` did to the store: the response's status and the read
  // and write transactions it opened (the access guard's session lookup is not among them).
  struct Transactions {
    int status = 0;
    int reads = 0;
    int writes = 0;
  };
  Transactions TransactionsOf(const std::string& target, const TestClient& client) {
    counting_store_->Reset();
    const int status = Get(target, client).status;
    return {status, counting_store_->reads(), counting_store_->writes()};
  }

  // Passes when GET `target` by `client` answers `status` after exactly `reads` read
  // transactions (one for a page that shows stored data, none for a fixed page) and no write.
  ::testing::AssertionResult Opens(int reads, const std::string& target, const TestClient& client,
                                   int status = 200) {
    const Transactions t = TransactionsOf(target, client);
    if (t.status == status && t.reads == reads && t.writes == 0) {
      return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "GET " << target << ": status " << t.status << ", "
                                         << t.reads << " reads, " << t.writes << " writes";
  }

  // The same for a page that shows stored data: one read, no write.
  void ExpectOneRead(const std::string& target, const TestClient& client, int status = 200) {
    EXPECT_TRUE(Opens(1, target, client, status));
  }

  domain::Id TeamId(const std::string& name) {
    domain::Id id = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      for (const auto& org : tx.Units().ListOrganisations()) {
        for (const auto& t : tx.Teams().List(org.id)) {
          if (t.name == name) id = t.id;
        }
      }
      return true;
    });
    return id;
  }

  // The first project of the team (the demo gives every programme team one).
  domain::Id ProjectOf(const std::string& team) {
    domain::Id id = 0, team_id = TeamId(team);
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      auto projects = tx.Projects().List(team_id);
      if (!projects.empty()) id = projects.front().id;
      return true;
    });
    return id;
  }

  // The first measure of the team's first project.
  domain::Id MeasureOf(const std::string& team) {
    domain::Id id = 0, project = ProjectOf(team);
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      auto measures = tx.Measures().ListOfProject(project);
      if (!measures.empty()) id = measures.front().id;
      return true;
    });
    return id;
  }

  domain::Id ProgrammeId(const std::string& name) {
    domain::Id id = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      for (const auto& org : tx.Units().ListOrganisations()) {
        for (const auto& p : tx.Programmes().List(org.id)) {
          if (p.name == name) id = p.id;
        }
      }
      return true;
    });
    return id;
  }

  // The entry of the first organisation's (the demo's Solvik) goals catalogue.
  domain::Id GoalId(const std::string& family, const std::string& code) {
    domain::Id id = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      const auto orgs = tx.Units().ListOrganisations();
      if (orgs.empty()) return true;
      for (const auto& g : tx.Goals().ListEntries(orgs.front().id)) {
        if (domain::GoalFamilyName(g.family) == family && g.code == code) id = g.id;
      }
      return true;
    });
    return id;
  }

  domain::Team TeamById(domain::Id id) {
    domain::Team team;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      team = tx.Teams().Find(id).value_or(domain::Team{});
      return true;
    });
    return team;
  }

  domain::Id UserId(const std::string& email) {
    domain::Id id = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      if (auto u = tx.Users().FindByEmail(email)) id = u->id;
      return true;
    });
    return id;
  }

  // Whether `r` is the API's 409 for a stale save by `who` at the fixture's clock: the message
  // filled in, in `lang` ("sv" or "en"), and "who"/"when" machine-readable beside it.
  static ::testing::AssertionResult IsChangedByJson(const Response& r, const std::string& who,
                                                    const std::string& lang) {
    if (r.status != 409) return ::testing::AssertionFailure() << r.status << " " << r.body;
    boost::system::error_code ec;
    boost::json::value body = boost::json::parse(r.body, ec);
    const boost::json::object* error =
        ec || !body.is_object() ? nullptr : body.as_object().at("error").if_object();
    if (!error) return ::testing::AssertionFailure() << "no error object: " << r.body;
    const std::string expected_message =
        (lang == "sv" ? "Ändrat av " + who + " 2027-01-15 08:00 (UTC) medan du skrev."
                      : "Changed by " + who + " at 2027-01-15 08:00 (UTC) while you were typing.");
    const boost::json::value* message = error->if_contains("message");
    const boost::json::value* who_value = error->if_contains("who");
    const boost::json::value* when = error->if_contains("when");
    if (!message || !message->is_string() ||
        !std::string_view(message->as_string()).starts_with(expected_message) || !who_value ||
        *who_value != boost::json::value(who) || !when ||
        *when != boost::json::value("2027-01-15T08:00:00Z") ||
        error->at("code") != boost::json::value("conflict")) {
      return ::testing::AssertionFailure()
             << "expected \"" << expected_message << "\" in " << r.body;
    }
    return ::testing::AssertionSuccess();
  }

  // The guard's answer to a visitor who must log in first (not a logout's redirect).
  static bool RedirectsToLogin(const Response& r) {
    std::string_view location = r.Header("Location");
    return r.status == 303 && (location == "/login" || location.starts_with("/login?next="));
  }

  std::filesystem::path dir_;
  core::FixedClock clock_;
  std::ostringstream log_out_;
  core::Logger log_;
  Catalogue catalogue_;
  Templates templates_;
  StaticFiles static_files_;
  std::unique_ptr<store::SqliteStore> store_;
  // What the app's handlers use: store_, with their transactions counted (the fixture's own
  // reads and writes above go to store_ directly and are not).
  std::unique_ptr<CountingStore> counting_store_;
  // When set before the first request, the app's store instead of counting_store_.
  domain::Store* app_store_ = nullptr;
  std::string base_url_ = "http://localhost/";
  std::unique_ptr<PageCache> page_cache_ = std::make_unique<PageCache>();  // null: none
  // Password checks at once, as the server bounds them (cli/serve_command.cc).
  core::WorkGate password_gate_{2};
  core::WorkGate image_gate_{2};
  // Where "Fetch from Kolada" asks (at https://kolada.test/v3); none: the server does not fetch.
  kolada::HttpGetter* kolada_getter_ = nullptr;
  ApiRateLimiter api_rate_limiter_;
  VerdictHistories verdict_histories_;
  // Where requests come from (what the server's socket would report).
  std::string remote_address_ = "192.0.2.10";
  std::unique_ptr<App> app_;
  std::unique_ptr<Router> router_;
};

// The demo's accounts by role.
inline const std::map<std::string, std::string> kDemoEmails = {
    {"admin", "admin@solvik.example"},         {"strateg", "strateg@solvik.example"},
    {"chef", "chef@solvik.example"},           {"teammedlem", "team@solvik.example"},
    {"politiker", "politiker@solvik.example"}, {"coach", "coach@solvik.example"},
};

}  // namespace stegvis::web
