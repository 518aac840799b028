// Pages rendered through the real route table, templates and a real SQLite store.

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

using PagesTest = WebTest;

TEST_F(PagesTest, ReadyzIsUnavailableUntilMigrated) {
  Response unready = Get("/readyz");
  EXPECT_EQ(unready.status, 503);
  // Anyone may ask /readyz: the database's words go to the log, not to the caller.
  EXPECT_EQ(unready.body, "not ready\n");
  EXPECT_NE(log_out_.str().find("\"not_ready\""), std::string::npos);
  EXPECT_NE(log_out_.str().find("schema is at version"), std::string::npos);
  store_->Migrate();
  Response ready = Get("/readyz");
  EXPECT_EQ(ready.status, 200);
  EXPECT_EQ(ready.body, "ready\n");
  EXPECT_EQ(Get("/healthz").status, 200);
}

TEST_F(PagesTest, HomeListsTheDemoUnitsInSwedishAndEnglish) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  Response sv = Get("/", admin);
  EXPECT_EQ(sv.status, 200);
  EXPECT_NE(sv.body.find("<html lang=\"sv\">"), std::string::npos);
  EXPECT_NE(sv.body.find("Hemtjänst Norr"), std::string::npos);
  EXPECT_NE(sv.body.find("Förvaltning"), std::string::npos);
  EXPECT_NE(sv.body.find("href=\"#main\""), std::string::npos) << "skip link";
  EXPECT_NE(sv.body.find("/tillganglighet"), std::string::npos) << "accessibility statement link";
  EXPECT_NE(sv.body.find("Amira Haddad"), std::string::npos) << "who is logged in";
  EXPECT_NE(sv.body.find("Logga ut"), std::string::npos);

  Response en = Get("/?lang=en", admin);
  EXPECT_NE(en.body.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(en.body.find("Administration"), std::string::npos);
  EXPECT_NE(en.Header("Set-Cookie").find("lang=en;"), std::string::npos);
}

TEST_F(PagesTest, HomeAsksAnonymousVisitorsToLogIn) {
  SeedDemo();
  Response home = Get("/");
  EXPECT_TRUE(RedirectsToLogin(home)) << home.status;
  Response login = Get("/login");
  EXPECT_EQ(login.status, 200);
  EXPECT_NE(login.body.find("name=\"email\""), std::string::npos);
  EXPECT_NE(login.body.find("name=\"password\""), std::string::npos);
  EXPECT_NE(login.body.find("name=\"_csrf\""), std::string::npos);
  EXPECT_EQ(login.body.find("Hemtjänst Norr"), std::string::npos) << "no data before login";
}

TEST_F(PagesTest, HomeWithoutDataExplainsWhatToDo) {
  store_->Migrate();
  domain::Id org = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    org = tx.Units().CreateOrganisation("Tom", 1);
    return true;
  });
  ASSERT_TRUE(store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::Id id = tx.Users().Create({org, "a@b.se", "A", "sv", "x"}, 1);
    tx.Users().AddMembership({0, id, domain::Role::kAdmin, domain::ScopeKind::kOrganisation, org},
                             1);
    return true;
  }));
  Response home = Get("/", As("a@b.se"));
  EXPECT_EQ(home.status, 200);
  EXPECT_NE(home.body.find("Det finns inga enheter"), std::string::npos);
}

TEST_F(PagesTest, EveryResponseCarriesTheSecurityHeaders) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  for (const char* target : {"/", "/healthz", "/static/stegvis.css", "/nowhere", "/tillganglighet",
                             "/login", "/admin/anvandare"}) {
    for (const TestClient& client : {TestClient{}, admin}) {
      Response r = Get(target, client);
      EXPECT_NE(r.Header("Content-Security-Policy").find("frame-ancestors 'none'"),
                std::string::npos)
          << target;
      EXPECT_EQ(r.Header("Content-Security-Policy").find("unsafe-inline"), std::string::npos)
          << target;
      EXPECT_EQ(r.Header("X-Content-Type-Options"), "nosniff") << target;
      EXPECT_FALSE(r.Header("Referrer-Policy").empty()) << target;
    }
  }
  EXPECT_EQ(Get("/", admin).Header("Cache-Control"), "no-store");
  EXPECT_EQ(Get("/admin/anvandare", admin).Header("Cache-Control"), "no-store");
}

TEST_F(PagesTest, OnlyPagesSetThePreSessionCookie) {
  store_->Migrate();
  EXPECT_NE(Get("/login").Header("Set-Cookie").find("stegvis_csrf="), std::string::npos);
  EXPECT_TRUE(Get("/static/stegvis.css").Header("Set-Cookie").empty());
  EXPECT_TRUE(Get("/healthz").Header("Set-Cookie").empty());
}

TEST_F(PagesTest, TheAccessibilityStatementSaysWhereToReportProblems) {
  store_->Migrate();
  Response plain = Get("/tillganglighet");
  EXPECT_EQ(plain.status, 200);
  EXPECT_NE(plain.body.find("förvaltare"), std::string::npos) << "without a contact: the admin";
  app_->accessibility_contact = "tillganglighet@solvik.example";
  Response mail = Get("/tillganglighet?lang=en");
  EXPECT_NE(mail.body.find("href=\"mailto:tillganglighet@solvik.example\""), std::string::npos);
  EXPECT_NE(mail.body.find("Send your feedback to"), std::string::npos);
  app_->accessibility_contact = "https://solvik.example/tillganglighet";
  EXPECT_NE(Get("/tillganglighet").body.find("href=\"https://solvik.example/tillganglighet\""),
            std::string::npos);
}

TEST_F(PagesTest, UnknownPagesGetA404PageInTheUsersLanguage) {
  store_->Migrate();
  Response missing = Get("/finns-inte", {}, {{"accept-language", "en"}});
  EXPECT_EQ(missing.status, 404);
  EXPECT_NE(missing.body.find("Page not found"), std::string::npos);
}

TEST_F(PagesTest, AdminSeesUsersStructureAndCanAddATeam) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  Response users = Get("/admin/anvandare", admin);
  EXPECT_EQ(users.status, 200);
  EXPECT_NE(users.body.find("Fatima Ali"), std::string::npos);
  EXPECT_NE(users.body.find("Teammedlem – Trygg hemgång"), std::string::npos);
  Response structure = Get("/admin/struktur", admin);
  EXPECT_EQ(structure.status, 200);
  EXPECT_NE(structure.body.find("Läslust"), std::string::npos);

  Response empty = Post("/admin/team", admin, "name=&unit_id=1");
  EXPECT_EQ(empty.status, 422);
  EXPECT_NE(empty.body.find("id=\"team_name-error\""), std::string::npos) << "error by the field";
  Response added = Post("/admin/team", admin, "name=Nya+teamet&unit_id=3&description=Test");
  EXPECT_EQ(added.status, 303);
  EXPECT_NE(TeamId("Nya teamet"), 0);
}

TEST_F(PagesTest, AdminAddsAUserWithARoleAndThePasswordPolicyHolds) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  Response weak = Post("/admin/anvandare", admin,
                       "email=eva%40solvik.example&display_name=Eva+Ek&language=sv&password=kort"
                       "&role=politiker&scope=");
  EXPECT_EQ(weak.status, 422);
  EXPECT_NE(weak.body.find("minst 12 tecken"), std::string::npos);
  // Every wrong field at once, each by its field and in the summary; what was typed kept.
  Response all = Post("/admin/anvandare", admin,
                      "email=eva.solvik.example&display_name=&language=sv&password=kort"
                      "&role=politiker&scope=");
  EXPECT_EQ(all.status, 422);
  for (const char* field : {"email", "display_name", "password"}) {
    EXPECT_NE(all.body.find(std::string("id=\"") + field + "-error\""), std::string::npos) << field;
    EXPECT_NE(all.body.find(std::string("<a href=\"#") + field + "\">"), std::string::npos)
        << field;
  }
  EXPECT_NE(all.body.find("value=\"eva.solvik.example\""), std::string::npos);
  Response named = Post("/admin/anvandare", admin,
                        "email=eva%40solvik.example&display_name=Eva+Ekstr%C3%B6m&language=sv"
                        "&password=evaekstr%C3%B6m-%C3%A4r-bra&role=politiker&scope=");
  EXPECT_EQ(named.status, 422);
  EXPECT_NE(named.body.find("namn eller din e-postadress"), std::string::npos);
  Response bad_scope = Post("/admin/anvandare", admin,
                            "email=eva%40solvik.example&display_name=Eva+Ek&language=sv"
                            "&password=en+l%C3%A5ng+mening+h%C3%A4r&role=teammedlem&scope=");
  EXPECT_EQ(bad_scope.status, 422);
  Response ok = Post("/admin/anvandare", admin,
                     "email=Eva%40Solvik.example&display_name=Eva+Ek&language=sv"
                     "&password=en+l%C3%A5ng+mening+h%C3%A4r&role=politiker&scope=");
  EXPECT_EQ(ok.status, 303);
  EXPECT_NE(UserId("eva@solvik.example"), 0) << "stored lower case";
  Response taken = Post("/admin/anvandare", admin,
                        "email=eva%40solvik.example&display_name=Eva+Ek&language=sv"
                        "&password=en+l%C3%A5ng+mening+h%C3%A4r&role=politiker&scope=");
  EXPECT_EQ(taken.status, 409);
}

TEST_F(PagesTest, AdminRenamesAndMovesAUnitButNotUnderItself) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  // Unit 2 is Vård- och omsorgsförvaltningen, 3 Hemtjänst Norr below it, 7
  // Utbildningsförvaltningen.
  Response form = Get("/admin/enheter/3", admin);
  EXPECT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("value=\"Hemtjänst Norr\""), std::string::npos);
  Response cycle = Post("/admin/enheter/2", admin, "name=V%C3%A5rd&kind=forvaltning&parent_id=3");
  EXPECT_EQ(cycle.status, 422);
  EXPECT_NE(cycle.body.find("id=\"parent_id-error\""), std::string::npos);
  EXPECT_EQ(Post("/admin/enheter/3", admin, "name=&kind=enhet&parent_id=2").status, 422);
  Response moved =
      Post("/admin/enheter/3", admin, "name=Hemtj%C3%A4nst+Nord&kind=enhet&parent_id=7");
  EXPECT_EQ(moved.status, 303);
  Response history = Get("/historik/unit/3", admin);
  EXPECT_NE(history.body.find("Hemtjänst Norr"), std::string::npos) << "before";
  EXPECT_NE(history.body.find("Hemtjänst Nord"), std::string::npos) << "after";
  // The chef of the care administration no longer reaches the moved unit's team.
  TestClient chef = As(kDemoEmails.at("chef"));
  EXPECT_EQ(Get("/team/" + std::to_string(TeamId("Trygg hemgång")), chef).status, 403);
  EXPECT_EQ(Get("/admin/enheter/99999", admin).status, 404);
}

TEST_F(PagesTest, TheUnitAndTeamFormsNameEveryWrongFieldAtOnce) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  auto names_all = [](const Response& r, std::initializer_list<const char*> fields) {
    EXPECT_EQ(r.status, 422);
    for (const char* field : fields) {
      EXPECT_NE(r.body.find(std::string("<li><a href=\"#") + field + "\">"), std::string::npos)
          << field;
      EXPECT_NE(r.body.find(std::string("id=\"") + field + "-error\""), std::string::npos) << field;
    }
  };
  // A unit placed under its own subunit, without a name (unit 2 has unit 3 below it).
  Response unit = Post("/admin/enheter/2", admin, "name=+&kind=forvaltning&parent_id=3");
  names_all(unit, {"name", "parent_id"});
  EXPECT_NE(unit.body.find("value=\"3\" selected"), std::string::npos) << "as chosen";
  Response new_unit = Post("/admin/enheter", admin, "name=&kind=slott&parent_id=2");
  names_all(new_unit, {"unit_name", "unit_kind"});
  Response team =
      Post("/admin/team", admin, "name=&unit_id=3&description=" + std::string(4001, 'x'));
  names_all(team, {"team_name", "team_description"});
  EXPECT_NE(team.body.find(std::string(4001, 'x') + "</textarea>"), std::string::npos);
  Response own =
      Post("/team/" + std::to_string(TeamId("Trygg hemgång")), As(kDemoEmails.at("teammedlem")),
           "name=+&description=" + std::string(4001, 'y'));
  names_all(own, {"name", "description"});
  EXPECT_NE(own.body.find(std::string(4001, 'y') + "</textarea>"), std::string::npos);
}

TEST_F(PagesTest, ForgottenSessionsAreSweptAtTheNextLogin) {
  SeedDemo();
  TestClient stale = As(kDemoEmails.at("chef"));
  clock_.Advance(domain::kSessionMaxSeconds + 1);
  ASSERT_TRUE(
      domain::Login(*store_, clock_, kDemoEmails.at("admin"), domain::kDemoPassword, "192.0.2.1"));
  std::int64_t left = 0;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    left = tx.Sessions().Find(domain::HashToken(stale.cookie.substr(stale.cookie.find('=') + 1)))
               ? 1
               : 0;
    return true;
  });
  EXPECT_EQ(left, 0);
}

}  // namespace
}  // namespace stegvis::web
