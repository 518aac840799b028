// What an attacker would try: script in every text field, SQL in every text field, guessing
// other teams' ids, a politician writing, correcting another unit's self-assessment, a forged
// form without the CSRF token, crafted grid cells and oversized values. Attacks on accounts
// (reset links, sessions, password guessing): accounts/account_attack_test.cc.

#include "domain/observation_grid.h"
#include "web/render/json_response.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

using AttackTest = WebTest;

constexpr const char* kScript = "<script>alert(1)</script>";
constexpr const char* kImg = "\"><img src=x onerror=alert(2)>";
constexpr const char* kSql = "Robert'); DROP TABLE teams;--";

std::string UrlEncode(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c)) {
      out += static_cast<char>(c);
    } else {
      static constexpr char kHex[] = "0123456789ABCDEF";
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

void ExpectNoRawPayload(const Response& r, const std::string& where) {
  EXPECT_EQ(r.body.find("<script>alert"), std::string::npos) << where;
  EXPECT_EQ(r.body.find("<img src=x"), std::string::npos) << where;
}

TEST_F(AttackTest, ScriptInEveryTextFieldComesBackEscapedOnEveryPage) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  const std::string unit_name = std::string(kScript) + " enhet";
  const std::string team_name = std::string(kImg) + " team";
  const std::string description = std::string(kScript) + kImg;
  const std::string user_name = std::string(kImg) + " Namn";
  ASSERT_EQ(Post("/admin/enheter", admin, "name=" + UrlEncode(unit_name) + "&kind=enhet&parent_id=")
                .status,
            303);
  ASSERT_EQ(
      Post("/admin/team", admin,
           "name=" + UrlEncode(team_name) + "&unit_id=3&description=" + UrlEncode(description))
          .status,
      303);
  domain::Id team = TeamId(team_name);
  ASSERT_NE(team, 0);
  domain::Id unit = 0;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    for (const auto& u : tx.Units().List(1)) {
      if (u.name == unit_name) unit = u.id;
    }
    return true;
  });
  ASSERT_EQ(
      Post("/admin/anvandare", admin,
           "email=x%40solvik.example&display_name=" + UrlEncode(user_name) +
               "&language=sv&password=ett+l%C3%A5ngt+l%C3%B6senord&role=teammedlem&scope=team%3A" +
               std::to_string(team))
          .status,
      303);
  domain::Id user = UserId("x@solvik.example");
  // The new user edits the team, so the history holds the payload before and after.
  TestClient member = As("x@solvik.example");
  ASSERT_EQ(Post("/team/" + std::to_string(team), member,
                 "name=" + UrlEncode(team_name) + "&description=" + UrlEncode(std::string(kImg)))
                .status,
            303);
  const std::string t = std::to_string(team);
  for (const std::string& page : std::vector<std::string>{
           "/", "/team/" + t, "/admin/struktur", "/admin/anvandare",
           "/admin/anvandare/" + std::to_string(user), "/historik/team/" + t,
           "/historik/unit/" + std::to_string(unit), "/historik/user/" + std::to_string(user)}) {
    for (const TestClient& who : {admin, member}) {
      Response r = Get(page, who);
      if (r.status == 403) continue;
      EXPECT_EQ(r.status, 200) << page;
      ExpectNoRawPayload(r, page);
    }
  }
  Response history = Get("/historik/team/" + t, member);
  EXPECT_NE(history.body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos)
      << "the description before the change";
  EXPECT_NE(Get("/", member).body.find("&quot;&gt;&lt;img src=x onerror=alert(2)&gt; team"),
            std::string::npos);
  Response structure = Get("/admin/struktur", admin);
  EXPECT_NE(structure.body.find("&lt;script&gt;alert(1)&lt;/script&gt; enhet"), std::string::npos);
  Response unit_page = Get("/enhet/" + std::to_string(unit), admin);
  EXPECT_NE(unit_page.body.find("&lt;script&gt;alert(1)&lt;/script&gt; enhet"), std::string::npos);
  EXPECT_EQ(unit_page.body.find(kScript), std::string::npos);
  // The layout shows the signed-in user's name escaped too.
  EXPECT_NE(Get("/", member).body.find("&quot;&gt;&lt;img src=x onerror=alert(2)&gt; Namn"),
            std::string::npos);
}

TEST_F(AttackTest, SqlInTextFieldsIsStoredAndShownVerbatim) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  domain::Id team = TeamId("Trygg hemgång");
  ASSERT_EQ(Post("/team/" + std::to_string(team), admin,
                 "name=" + UrlEncode(kSql) + "&description=" + UrlEncode("1' OR '1'='1"))
                .status,
            303);
  domain::Team stored = TeamById(team);
  EXPECT_EQ(stored.name, kSql);
  EXPECT_EQ(stored.description, "1' OR '1'='1");
  EXPECT_NE(TeamId("Läslust"), 0) << "the teams table is still there";
  Response page = Get("/team/" + std::to_string(team), admin);
  EXPECT_NE(page.body.find("Robert&apos;); DROP TABLE teams;--"), std::string::npos);
  // An email that is SQL logs nobody in and breaks nothing.
  auto login = domain::Login(*store_, clock_, "' OR 1=1 --", "x", "192.0.2.1");
  ASSERT_FALSE(login);
  EXPECT_EQ(login.error().code, core::ErrorCode::kUnauthenticated);
}

TEST_F(AttackTest, ATeammedlemCannotReadOrChangeAnotherTeamByGuessingIds) {
  SeedDemo();
  TestClient member = As(kDemoEmails.at("teammedlem"));
  const domain::Id own = TeamId("Trygg hemgång"), other = TeamId("Läslust");
  const domain::Team before = TeamById(other);
  Response own_page = Get("/team/" + std::to_string(own), member);
  EXPECT_EQ(own_page.status, 200);
  EXPECT_NE(own_page.body.find("<li>Fatima Ali</li>"), std::string::npos) << "members listed";
  EXPECT_EQ(Get("/team/" + std::to_string(other), member).status, 403);
  EXPECT_EQ(Get("/historik/team/" + std::to_string(other), member).status, 403);
  EXPECT_EQ(Post("/team/" + std::to_string(other), member, "name=Kapad&description=x").status, 403);
  EXPECT_EQ(Get("/team/99999", member).status, 404);
  EXPECT_EQ(Get("/team/abc", member).status, 404);
  EXPECT_EQ(Post("/team/99999", member, "name=x").status, 404);
  const domain::Team after = TeamById(other);
  EXPECT_EQ(after.name, before.name);
  EXPECT_EQ(after.description, before.description);
  EXPECT_EQ(Get("/", member).body.find("Läslust"), std::string::npos) << "not listed either";
  // A chef reaches the teams under their förvaltning, not the school's.
  TestClient chef = As(kDemoEmails.at("chef"));
  EXPECT_EQ(Get("/team/" + std::to_string(TeamId("Färre fall")), chef).status, 200);
  EXPECT_EQ(Get("/team/" + std::to_string(other), chef).status, 403);
  EXPECT_EQ(Get("/historik/user/" + std::to_string(UserId(kDemoEmails.at("admin"))), chef).status,
            403);
}

// A chart or diagram image is the drawing the reader may already see, nothing more: another
// team's member, another organisation's users and an anonymous visitor are answered for the
// PNG as for the SVG, and never with an image.
TEST_F(AttackTest, AnImageGoesOnlyToThoseWhoMaySeeTheDrawing) {
  SeedDemo();
  // Every drawing of a team's work, up to the extension.
  auto drawings = [&](const std::string& team) {
    const std::string m = std::to_string(MeasureOf(team)), p = std::to_string(ProjectOf(team));
    return std::vector<std::string>{"/matt/" + m + "/diagram.",
                                    "/api/v1/measures/" + m + "/chart.",
                                    "/projekt/" + p + "/forbattringsteori/diagram.",
                                    "/projekt/" + p + "/drivkraftsdiagram/diagram.",
                                    "/api/v1/projects/" + p + "/theory-of-change.",
                                    "/api/v1/projects/" + p + "/driver-diagram."};
  };
  struct Case {
    std::string team;
    TestClient client;
  };
  const std::vector<Case> cases = {{"Trygg hemgång", As("team@norrby.example")},
                                   {"Trygg hemgång", As("admin@norrby.example")},
                                   {"Trygg hemgång", Anonymous()},
                                   {"Färre fall", As(kDemoEmails.at("teammedlem"))}};
  for (const Case& c : cases) {
    for (const std::string& base : drawings(c.team)) {
      Response svg = Get(base + "svg", c.client);
      Response png = Get(base + "png", c.client);
      EXPECT_NE(png.status, 200) << base;
      EXPECT_EQ(png.status, svg.status) << base;
      EXPECT_EQ(png.Header("Content-Type").find("image/png"), std::string::npos) << base;
      EXPECT_NE(png.body.substr(0, 4), "\x89PNG") << base;
    }
  }
  // The own team's member gets every image.
  for (const std::string& base : drawings("Trygg hemgång")) {
    Response png = Get(base + "png", As(kDemoEmails.at("teammedlem")));
    EXPECT_EQ(png.status, 200) << base;
    EXPECT_EQ(png.body.substr(0, 4), "\x89PNG") << base;
  }
}

// /enhet/{id} shows a unit of the reader's own organisation and, of its teams, only those the
// reader may open; ids of another organisation's units or of nothing are not found.
TEST_F(AttackTest, AUnitPageShowsOnlyTheReadersOrganisationAndTeams) {
  SeedDemo();
  TestClient member = As(kDemoEmails.at("teammedlem"));
  const domain::Id school = TeamById(TeamId("Läslust")).unit_id;
  const domain::Id own = TeamById(TeamId("Trygg hemgång")).unit_id;
  Response own_unit = Get("/enhet/" + std::to_string(own), member);
  ASSERT_EQ(own_unit.status, 200);
  EXPECT_NE(own_unit.body.find("<h1>Hemtjänst Norr"), std::string::npos);
  EXPECT_NE(own_unit.body.find("Trygg hemgång</a>"), std::string::npos) << "the own team";
  Response school_page = Get("/enhet/" + std::to_string(school), member);
  ASSERT_EQ(school_page.status, 200);
  EXPECT_EQ(school_page.body.find("Läslust"), std::string::npos) << "a team not the reader's";
  EXPECT_EQ(school_page.body.find("/sjalvskattning"), std::string::npos)
      << "no link the reader may not follow";
  TestClient norrby = As("team@norrby.example");
  EXPECT_EQ(Get("/enhet/" + std::to_string(own), norrby).status, 404);
  EXPECT_EQ(Get("/enhet/99999", member).status, 404);
  EXPECT_EQ(Get("/enhet/abc", member).status, 404);
  EXPECT_EQ(Get("/enhet/" + std::to_string(own)).status, 303) << "anonymous: to the login";
}

// The correction of a saved self-assessment: only those who record reach it, only for their own
// organisation's unit and only for that unit's own assessments; a stale version saves nothing.
TEST_F(AttackTest, ASelfAssessmentIsCorrectedOnlyByThoseWhoRecordAndOnlyThroughItsOwnUnit) {
  SeedDemo();
  const domain::Id norr = TeamById(TeamId("Trygg hemgång")).unit_id;
  const domain::Id school = TeamById(TeamId("Läslust")).unit_id;
  auto assessments = [&](domain::Id unit) {
    std::vector<domain::SelfAssessment> out;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      out = tx.SelfAssessments().List(unit);
      return true;
    });
    return out;
  };
  TestClient admin = As(kDemoEmails.at("admin"));
  ASSERT_EQ(Post("/enhet/" + std::to_string(school) + "/sjalvskattning", admin,
                 "assessed_on=2026-11-01&score.step_1=2")
                .status,
            303);
  const domain::SelfAssessment own = assessments(norr).front();
  const domain::SelfAssessment schools = assessments(school).front();
  auto url = [](domain::Id unit, domain::Id assessment) {
    return "/enhet/" + std::to_string(unit) + "/sjalvskattning/" + std::to_string(assessment) +
           "/ratta";
  };
  const std::string body = "version=1&assessed_on=2026-01-01&note=Kapad&score.step_1=1";
  // A politician reads the unit's assessments but corrects none; a team member reaches neither.
  for (const char* who : {"politiker", "teammedlem"}) {
    TestClient client = As(kDemoEmails.at(who));
    EXPECT_EQ(Get(url(norr, own.id), client).status, 403) << who;
    EXPECT_EQ(Post(url(norr, own.id), client, body).status, 403) << who;
  }
  // The chef of care does not reach the school's unit.
  TestClient chef = As(kDemoEmails.at("chef"));
  EXPECT_EQ(Get(url(school, schools.id), chef).status, 403);
  EXPECT_EQ(Post(url(school, schools.id), chef, body).status, 403);
  // Another organisation's admin: not found, for the page and the save.
  TestClient norrby = As("admin@norrby.example");
  EXPECT_EQ(Get(url(norr, own.id), norrby).status, 404);
  EXPECT_EQ(Post(url(norr, own.id), norrby, body).status, 404);
  // The school's assessment under the path of a unit the chef leads: not found.
  EXPECT_EQ(Get(url(norr, schools.id), chef).status, 404);
  EXPECT_EQ(Post(url(norr, schools.id), chef, body).status, 404);
  EXPECT_EQ(Get(url(norr, 99999), chef).status, 404);
  EXPECT_EQ(Get("/enhet/" + std::to_string(norr) + "/sjalvskattning/abc/ratta", chef).status, 404);
  EXPECT_EQ(assessments(school).front().note, schools.note);
  EXPECT_EQ(assessments(school).front().version, 1);
  // A save against a version another saved since is refused, naming them, keeping the text.
  TestClient strateg = As(kDemoEmails.at("strateg"));
  ASSERT_EQ(Post(url(norr, own.id), strateg,
                 "version=1&assessed_on=" + own.assessed_on + "&note=Strategens&score.step_1=3")
                .status,
            303);
  Response stale = Post(url(norr, own.id), chef, body);
  EXPECT_EQ(stale.status, 409);
  EXPECT_NE(stale.body.find("Ändrat av Sara Lindqvist"), std::string::npos) << stale.body;
  EXPECT_NE(stale.body.find(">Kapad</textarea>"), std::string::npos) << "what was typed stays";
  EXPECT_NE(stale.body.find("name=\"version\" value=\"1\""), std::string::npos);
  const domain::SelfAssessment now = assessments(norr).front();
  EXPECT_EQ(now.note, "Strategens");
  EXPECT_EQ(now.version, 2);
  EXPECT_EQ(now.updated_by, "strateg@solvik.example");
  ExpectNoRawPayload(stale, "stale");
}

TEST_F(AttackTest, APolitikerCanReadButChangeNothing) {
  SeedDemo();
  TestClient politiker = As(kDemoEmails.at("politiker"));
  const domain::Id team = TeamId("Läslust");
  EXPECT_EQ(Get("/team/" + std::to_string(team), politiker).status, 200);
  EXPECT_EQ(Get("/team/" + std::to_string(team), politiker)
                .body.find("<form method=\"post\" action=\"/team/"),
            std::string::npos)
      << "no edit form";
  const domain::Team before = TeamById(team);
  EXPECT_EQ(Post("/team/" + std::to_string(team), politiker, "name=Ny&description=x").status, 403);
  EXPECT_EQ(Post("/admin/team", politiker, "name=Ny&unit_id=3").status, 403);
  EXPECT_EQ(Post("/admin/enheter", politiker, "name=Ny&kind=enhet").status, 403);
  EXPECT_EQ(Post("/admin/anvandare", politiker, "email=p%40x.se").status, 403);
  // Every account action and every programme action is a route of its own, each refused.
  for (const char* action : {"roller", "ta-bort-roll", "aktiv", "las-upp", "aterstallning"}) {
    EXPECT_EQ(Post("/admin/anvandare/1/" + std::string(action), politiker, "active=0").status, 403)
        << action;
  }
  const std::string programme = "/program/" + std::to_string(ProgrammeId("Jämställd hemtjänst"));
  for (const char* action : {"team", "kalender", "forandringsideer", "mal"}) {
    EXPECT_EQ(Post(programme + "/" + action, politiker, "title=Kapad").status, 403) << action;
  }
  EXPECT_EQ(TeamById(team).name, before.name);
  EXPECT_EQ(TeamId("Ny"), 0);
}

// An action no route names never reaches a handler, whoever asks: 404 for an unknown action,
// 405 for a known one asked with the wrong method; and a deletion only happens on POST.
TEST_F(AttackTest, UnknownActionsAndWrongMethodsStopAtTheRouter) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  const std::string user =
      "/admin/anvandare/" + std::to_string(UserId(kDemoEmails.at("politiker")));
  EXPECT_EQ(Post(user + "/radera", admin, "").status, 404);
  Response wrong = Get(user + "/aktiv", admin);
  EXPECT_EQ(wrong.status, 405);
  EXPECT_EQ(wrong.Header("Allow"), "POST");
  const std::string programme = "/program/" + std::to_string(ProgrammeId("Jämställd hemtjänst"));
  EXPECT_EQ(Post(programme + "/radera", admin, "").status, 404);
  const std::string unit = "/admin/enheter/" + std::to_string(TeamById(TeamId("Läslust")).unit_id);
  EXPECT_EQ(Get(unit + "/ta-bort", admin).status, 200) << "the question only";
  EXPECT_EQ(Send("PUT", unit + "/ta-bort", admin, "", {{"x-csrf-token", admin.csrf}}).status, 405);
  EXPECT_NE(TeamId("Läslust"), 0) << "nothing deleted";
}

TEST_F(AttackTest, AFormWithoutTheRightCsrfTokenIsRefusedAndChangesNothing) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  const domain::Id team = TeamId("Trygg hemgång");
  const std::string target = "/team/" + std::to_string(team);
  EXPECT_EQ(Send("POST", target, admin, "name=Forged&description=x").status, 403);
  EXPECT_EQ(Send("POST", target, admin, "_csrf=" + std::string(64, '0') + "&name=Forged").status,
            403);
  TestClient other = As(kDemoEmails.at("strateg"));
  EXPECT_EQ(Send("POST", target, admin, "_csrf=" + other.csrf + "&name=Forged").status, 403)
      << "another session's token";
  EXPECT_EQ(Send("POST", "/admin/team", admin, "name=Forged&unit_id=3").status, 403);
  EXPECT_EQ(TeamById(team).name, "Trygg hemgång");
  EXPECT_EQ(TeamId("Forged"), 0);
  // The htmx/API way: the header.
  EXPECT_EQ(
      Send("POST", target, admin, "name=Via+header&description=x", {{"x-csrf-token", admin.csrf}})
          .status,
      303);
  EXPECT_EQ(TeamById(team).name, "Via header");
  // Logging out is a state change too.
  EXPECT_EQ(Send("POST", "/logout", admin, "").status, 403);
  EXPECT_EQ(Get("/", admin).status, 200) << "still logged in";
}

// The language link repeats the requested path: a path that decodes to "//evil.example" must
// not become a link to another host, nor markup.
TEST_F(AttackTest, TheNotFoundPagesLanguageLinkStaysOnThisSite) {
  SeedDemo();
  for (const char* target : {"//evil.example", "/%2F%2Fevil.example", "/%09/evil.example",
                             "/%5Cevil.example", "/x%22%3E%3Cscript%3E"}) {
    Response r = Get(target);
    EXPECT_EQ(r.status, 404) << target;
    EXPECT_EQ(r.body.find("href=\"//"), std::string::npos) << target;
    EXPECT_EQ(r.body.find("href=\"/\t"), std::string::npos) << target;
    EXPECT_EQ(r.body.find("href=\"/\\"), std::string::npos) << target;
    ExpectNoRawPayload(r, target);
  }
  EXPECT_NE(Get("//evil.example").body.find("href=\"/?lang=en\""), std::string::npos);
  EXPECT_NE(Get("/finns-inte").body.find("href=\"/finns-inte?lang=en\""), std::string::npos);
}

// The diagram forms' "back" field (the anchor to scroll back to) ends up in Location: CR LF
// in it would start a header of the attacker's choosing.
TEST_F(AttackTest, TheDiagramFormsBackFieldCannotAddAHeader) {
  SeedDemo();
  TestClient member = As(kDemoEmails.at("teammedlem"));
  const std::string project = "/projekt/" + std::to_string(ProjectOf("Trygg hemgång"));
  for (const char* page : {"/forbattringsteori", "/drivkraftsdiagram"}) {
    const std::string level = std::string(page) == "/forbattringsteori" ? "effect" : "primary";
    Response r = Post(project + page, member,
                      "op=add_item&level=" + level + "&form=new-" + level +
                          "&text=Ny+punkt&back=x%0D%0AX-Probe%3A%201");
    ASSERT_EQ(r.status, 303) << page << r.body;
    EXPECT_EQ(r.Header("X-Probe"), "") << page;
    EXPECT_EQ(std::string(r.Header("Location")).find_first_of("\r\n"), std::string::npos) << page;
    EXPECT_EQ(UnsafeHeader(r), "") << page;
    EXPECT_TRUE(std::string(r.Header("Location")).ends_with("?sparat=1")) << r.Header("Location");
    Response kept = Post(
        project + page, member,
        "op=add_item&level=" + level + "&form=new-" + level + "&text=En+till&back=niva-" + level);
    EXPECT_TRUE(std::string(kept.Header("Location")).ends_with("#niva-" + level))
        << kept.Header("Location");
  }
}

// Someone probing other teams' ids leaves a trace an admin can read: the route and who, but no
// path (a reset link's token is in its path) and no form body.
TEST_F(AttackTest, ARefusalIsLoggedWithRouteAndUserButNoSecret) {
  SeedDemo();
  TestClient member = As(kDemoEmails.at("teammedlem"));
  const std::string other = std::to_string(TeamId("Läslust"));
  ASSERT_EQ(Get("/team/" + other, member).status, 403);
  const std::string user = std::to_string(UserId(kDemoEmails.at("teammedlem")));
  const std::string log = log_out_.str();
  EXPECT_NE(log.find("\"event\":\"forbidden\""), std::string::npos) << log;
  EXPECT_NE(log.find("\"route\":\"/team/{id}\""), std::string::npos) << log;
  EXPECT_NE(log.find("\"user_id\":" + user), std::string::npos) << log;
  ASSERT_EQ(Post("/admin/team", member, "name=Kapad&unit_id=3").status, 403);
  EXPECT_NE(log_out_.str().find("\"route\":\"/admin/team\""), std::string::npos);
  // A forged reset form: refused, and the token in its path stays out of the log.
  const std::string token(64, 'c');
  ASSERT_EQ(Send("POST", "/aterstall/" + token, Anonymous(), "password=x&_csrf=" + token).status,
            403);
  EXPECT_NE(log_out_.str().find("\"route\":\"/aterstall/{token}\""), std::string::npos);
  EXPECT_EQ(log_out_.str().find(token), std::string::npos);
  EXPECT_EQ(log_out_.str().find("Kapad"), std::string::npos) << "no form body";
}

// A rejected value of 900 KB does not come back whole: error texts quote a short beginning,
// and an error's message and field are cut short wherever they come from.
// The grid reads only cells it has: a crafted field name (another group, script, a period out
// of range, a huge name) is refused without being repeated back, and nothing is saved; adding
// an earlier row is the grid's own route, refused to a reader; a form of more fields than any
// page sends is refused on every route before a handler reads it.
TEST_F(AttackTest, TheGridRefusesCraftedCellsAndOversizedFormsWithoutEchoingThem) {
  SeedDemo();
  TestClient member = As(kDemoEmails.at("teammedlem"));
  const domain::Id measure = MeasureOf("Trygg hemgång");
  const std::string page = "/matt/" + std::to_string(measure) + "/varden";
  const std::string huge(20000, 'x');
  for (const std::string& name :
       {std::string("v.2026-10.") + UrlEncode(kScript), std::string("v.2201-01.women"),
        std::string("v.2026-10.") + huge, std::string("v.") + huge + ".women"}) {
    Response r = Post(page, member, "data_version=1&" + name + "=1&d.2026-10.women=");
    EXPECT_EQ(r.status, 422) << name.substr(0, 40);
    ExpectNoRawPayload(r, name.substr(0, 40));
    EXPECT_EQ(r.body.find(huge.substr(0, 200)), std::string::npos) << name.substr(0, 40);
  }
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    EXPECT_EQ(tx.Measures().Find(measure)->data_version, 1) << "nothing saved";
    return true;
  });
  EXPECT_EQ(Post(page, As(kDemoEmails.at("politiker")), "data_version=1&earlier=1").status, 403);
  std::string many = "data_version=1&v.2026-10.women=1&d.2026-10.women=40";
  for (std::size_t i = 0; i < kMaxFormFields; ++i) many += "&x=";
  Response over = Post(page, member, many);
  EXPECT_EQ(over.status, 422);
  EXPECT_LT(over.body.size(), 100000u);
}

TEST_F(AttackTest, ARefusedHugeValueIsNotEchoedBack) {
  SeedDemo();
  const std::string huge(900 * 1000, 'x');
  auto number = domain::ParseStoredNumber(huge);
  ASSERT_FALSE(number);
  EXPECT_LT(number.error().message.size(), 100u) << "the domain quotes a short beginning";
  App app{*store_, clock_, log_, catalogue_, templates_, static_files_, base_url_};
  Request request;
  request.path = "/api/v1/x";
  core::Error error = core::Error::Invalid("not a number: '" + huge + "'", "row 1: " + huge);
  Response r = JsonError(app, request, error);
  EXPECT_EQ(r.status, 422);
  EXPECT_LT(r.body.size(), 2000u);
  error.key = "error.json.choice";
  error.params = {core::ErrorParam::Text("field", huge), core::ErrorParam::Text("choices", huge)};
  EXPECT_LT(JsonError(app, request, error).body.size(), 2000u);
  // Through the API: a value the JSON reader lets through (under its 8000-byte cap).
  TestClient member = As(kDemoEmails.at("teammedlem"));
  const domain::Id measure = MeasureOf("Trygg hemgång");
  std::int64_t version = 0;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    version = tx.Measures().Find(measure)->data_version;
    return true;
  });
  const std::string big(7000, '9');
  Response api = Send(
      "PUT", "/api/v1/measures/" + std::to_string(measure) + "/observations", member,
      "{\"data_version\":" + std::to_string(version) +
          ",\"observations\":[{\"period\":\"2026-10\",\"group\":\"" + big + "\",\"value\":\"1\"}]}",
      {{"content-type", "application/json"}, {"x-csrf-token", member.csrf}});
  EXPECT_EQ(api.status, 422) << api.body.substr(0, 300);
  EXPECT_LT(api.body.size(), 1000u) << api.body.substr(0, 300);
}

// A measure's rule set and frozen baseline: a crafted value is refused without being echoed
// raw, and a member of another team can neither read nor change them.
TEST_F(AttackTest, AMeasuresRulesAreChangedOnlyByItsTeamAndOnlyToRealValues) {
  SeedDemo();
  const std::string url = "/api/v1/measures/" + std::to_string(MeasureOf("Trygg hemgång"));
  TestClient member = As(kDemoEmails.at("teammedlem"));
  HeaderList json{{"content-type", "application/json"}, {"x-csrf-token", member.csrf}};
  for (const std::string& body :
       {std::string(R"({"version":1,"rule_set":")") + kScript + R"("})",
        std::string(R"({"version":1,"rule_set":"anhoej' OR 1=1--"})"),
        std::string(R"({"version":1,"rule_set":["ihi"]})"),
        std::string(R"({"version":1,"baseline_points":-12})"),
        std::string(R"({"version":1,"baseline_points":0})"),
        std::string(R"({"version":1,"baseline_points":99999999999999999999})"),
        std::string(R"({"version":1,"baseline_points":1e3})")}) {
    Response r = Send("PUT", url, member, body, json);
    EXPECT_EQ(r.status, 422) << body << " " << r.body.substr(0, 300);
    ExpectNoRawPayload(r, body);
  }
  // The form: a crafted choice comes back as an error, never as markup.
  Response form = Post("/matt/" + std::to_string(MeasureOf("Trygg hemgång")), member,
                       "version=1&name=N&kind=outcome&rule_set=" + UrlEncode(kScript) +
                           "&baseline_points=" + UrlEncode(kImg));
  EXPECT_EQ(form.status, 422);
  ExpectNoRawPayload(form, "measure form");
  // The member of Trygg hemgång on another team's measure (Rätt tid): neither read nor change.
  const std::string other = "/api/v1/measures/" + std::to_string(MeasureOf("Rätt tid"));
  EXPECT_EQ(Get(other, member).status, 403);
  EXPECT_EQ(
      Send("PUT", other, member, R"({"version":1,"rule_set":"ihi","baseline_points":12})", json)
          .status,
      403);
  TestClient admin = As(kDemoEmails.at("admin"));
  Response kept = Get(other, admin);
  EXPECT_TRUE(kept.body.find("\"rule_set\":\"anhoej\"") != std::string::npos) << kept.body;
  EXPECT_EQ(Send("PUT", "/api/v1/measures/999999", member, R"({"version":1})", json).status, 404);
  Response unchanged = Get(url, member);
  EXPECT_TRUE(unchanged.body.find("\"rule_set\":\"anhoej\"") != std::string::npos)
      << unchanged.body.substr(0, 300);
  EXPECT_TRUE(unchanged.body.find("\"version\":1") != std::string::npos);
}

}  // namespace
}  // namespace stegvis::web
