// The PDSA pages and their JSON twins through the real route table and a real SQLite store:
// a whole cycle through the forms, the version check, read-only and refused visitors, the
// change idea across two teams of a programme, and the chart annotations.

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "web/pdsa/pdsa_views.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class PdsaPagesTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    norr_ = TeamId("Trygg hemgång");
    fall_ = TeamId("Färre fall");
    org_ = TeamById(norr_).organisation_id;
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      domain::Programme p;
      p.organisation_id = org_;
      p.name = "Jämställd hemtjänst";
      programme_ = tx.Programmes().Create(p, 1);
      tx.Programmes().AddTeam(programme_, norr_, 1);
      tx.Programmes().AddTeam(programme_, fall_, 1);
      for (auto [team, out] : {std::pair{norr_, &project_}, std::pair{fall_, &other_project_}}) {
        domain::Project project;
        project.organisation_id = org_;
        project.team_id = team;
        project.programme_id = programme_;
        project.title = team == norr_ ? "Trygg hemgång för kvinnor och män" : "Färre fall";
        *out = tx.Projects().Create(project, 1);
      }
      domain::Measure m;
      m.organisation_id = org_;
      m.project_id = project_;
      m.name = "Återinskrivna inom 30 dagar";
      measure_ = tx.Measures().Create(m, 1);
      domain::ChangeIdea idea;
      idea.organisation_id = org_;
      idea.programme_id = programme_;
      idea.title = "Samma personal varje morgon";
      package_idea_ = tx.Pdsa().CreateIdea(idea, 1);
      return true;
    });
    team_ = As(kDemoEmails.at("teammedlem"));
  }

  std::string Field(const std::string& body, const std::string& name) {
    std::string marker = "name=\"" + name + "\" value=\"";
    auto pos = body.find(marker);
    if (pos == std::string::npos) return {};
    pos += marker.size();
    return body.substr(pos, body.find('"', pos) - pos);
  }

  domain::Id CreatedId(const Response& r, const std::string& prefix) {
    std::string_view location = r.Header("Location");
    EXPECT_TRUE(location.starts_with(prefix)) << r.status << " " << location << r.body;
    return ParseId(location.substr(prefix.size())).value_or(0);
  }

  domain::Id org_ = 0, norr_ = 0, fall_ = 0, programme_ = 0, project_ = 0, other_project_ = 0;
  domain::Id measure_ = 0, package_idea_ = 0;
  TestClient team_;
};

TEST_F(PdsaPagesTest, ATeamRunsACycleThroughEveryPhaseWithTheForms) {
  const std::string list = "/projekt/" + std::to_string(project_) + "/pgsa";
  Response page = Get(list, team_);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Samma personal varje morgon"), std::string::npos) << "package idea";
  EXPECT_NE(page.body.find("Inga PGSA-cykler ännu"), std::string::npos);

  Response idea = Post("/projekt/" + std::to_string(project_) + "/forandringsideer", team_,
                       "idea_title=Hembes%C3%B6k+dag+1&idea_description=Efter+sjukhus");
  domain::Id own_idea = CreatedId(idea, "/forandringsideer/");
  Response empty = Post(list, team_, "change_idea_id=" + std::to_string(own_idea) + "&title=");
  EXPECT_EQ(empty.status, 422);
  EXPECT_NE(empty.body.find("id=\"title-error\""), std::string::npos) << "error next to the field";

  Response created =
      Post(list, team_, "change_idea_id=" + std::to_string(own_idea) + "&title=Hembes%C3%B6k");
  domain::Id cycle = CreatedId(created, "/pgsa/");
  const std::string url = "/pgsa/" + std::to_string(cycle);
  Response plan = Get(url, team_);
  ASSERT_EQ(plan.status, 200);
  EXPECT_NE(plan.body.find("PGSA 1: Hembesök"), std::string::npos);
  EXPECT_NE(plan.body.find("aria-current=\"step\""), std::string::npos);
  EXPECT_NE(plan.body.find("<label for=\"prediction\">"), std::string::npos);
  EXPECT_EQ(plan.body.find("name=\"learning\""), std::string::npos) << "Study not reached";

  // Advancing without a prediction is refused with the reason next to the field.
  std::string fields =
      "title=Hembes%C3%B6k&question=Tryggare%3F&what=Bes%C3%B6k&start_date=2026-03-02&"
      "end_date=2026-03-13&measure_ids=" +
      std::to_string(measure_) + "&action=advance&version=";
  Response refused = Post(url, team_, fields + "1");
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("id=\"prediction-error\""), std::string::npos);
  EXPECT_NE(refused.body.find("<a href=\"#prediction\">Förutsägelse: vad tror vi kommer att "
                              "hända? – Fyll i fältet innan cykeln går vidare till nästa fas.</a>"),
            std::string::npos)
      << "the summary names the field it leads to";
  EXPECT_NE(refused.body.find("value=\"2026-03-02\""), std::string::npos) << "input kept";

  Response to_do = Post(url, team_, fields + "1&prediction=4+av+5");
  EXPECT_EQ(to_do.status, 303) << to_do.body;
  Response doing = Get(url, team_);
  EXPECT_NE(doing.body.find("name=\"observations\""), std::string::npos);
  EXPECT_NE(doing.body.find("<dd class=\"prewrap\">Återinskrivna inom 30 dagar</dd>"),
            std::string::npos)
      << "the measure stays chosen, in Plan's summary";
  EXPECT_EQ(doing.body.find("name=\"prediction\""), std::string::npos) << "Plan is text now";

  std::string later = fields + "2&prediction=4+av+5&as_planned=partly&observations=Gick+bra";
  ASSERT_EQ(Post(url, team_, later).status, 303);
  later = fields +
          "3&prediction=4+av+5&as_planned=partly&observations=Gick+bra&result=5+av+6&"
          "learning=Boka+tidigt";
  ASSERT_EQ(Post(url, team_, later).status, 303);
  later = fields +
          "4&prediction=4+av+5&as_planned=partly&observations=Gick+bra&result=5+av+6&"
          "learning=Boka+tidigt&decision=adopt&next_step=Alla+grupper";
  ASSERT_EQ(Post(url, team_, later).status, 303);
  Response done = Get(url, team_);
  EXPECT_NE(done.body.find("Starta nästa cykel"), std::string::npos);

  Response next = Post(url + "/nasta", team_);
  domain::Id next_id = CreatedId(next, "/pgsa/");
  Response next_page = Get("/pgsa/" + std::to_string(next_id), team_);
  EXPECT_NE(next_page.body.find("PGSA 2: Hembesök"), std::string::npos);
  EXPECT_NE(next_page.body.find("Boka tidigt"), std::string::npos) << "the learning carried";
  EXPECT_NE(next_page.body.find("Alla grupper"), std::string::npos) << "next step as question";
  EXPECT_EQ(Post(url + "/nasta", team_).status, 409) << "a cycle continues once";

  Response history = Get("/historik/pdsa_cycle/" + std::to_string(cycle), team_);
  EXPECT_EQ(history.status, 200);
  EXPECT_NE(history.body.find("team@solvik.example"), std::string::npos);
}

TEST_F(PdsaPagesTest, AFinishedCycleIsTextWithAFormPerPhaseThatLandsOnTheNextPhase) {
  Response created = Send(
      "POST", "/api/v1/projects/" + std::to_string(project_) + "/pdsa-cycles", team_,
      "{\"change_idea_id\":" + std::to_string(package_idea_) + ",\"title\":\"Samma personal\"}",
      {{"x-csrf-token", team_.csrf}, {"content-type", "application/json"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string id = std::to_string(boost::json::parse(created.body).at("id").as_int64());
  const std::string url = "/pgsa/" + id;
  // Each phase's own form, advancing: Plan, Do, Study, Act.
  const std::string phases[] = {
      "phase=plan&title=Samma+personal&question=Tryggare%3F&prediction=4+av+5&what=Bes%C3%B6k&"
      "start_date=2026-03-02&end_date=2026-03-13",
      "phase=do&as_planned=yes&observations=Gick+bra",
      "phase=study&result=5+av+6&learning=Boka+tidigt", "phase=act&decision=adopt&next_step=Alla"};
  const char* landing[] = {"#phase-do", "#phase-study", "#phase-act", "#phase-act"};
  for (int i = 0; i < 4; ++i) {
    Response r = Post(url, team_, phases[i] + "&action=advance&version=" + std::to_string(i + 1));
    ASSERT_EQ(r.status, 303) << r.body;
    EXPECT_EQ(r.Header("Location"), url + "?fas=1" + landing[i])
        << "the new phase scrolls into view";
  }

  Response done = Get(url, team_);
  ASSERT_EQ(done.status, 200);
  EXPECT_EQ(done.body.find("name=\"phase\""), std::string::npos) << "no phase is a form";
  for (const char* phase : {"plan", "do", "study", "act"}) {
    EXPECT_NE(done.body.find("href=\"" + url + "?andra=" + phase + "#phase-" + phase + "\""),
              std::string::npos)
        << phase << " has its own Edit link";
  }
  EXPECT_NE(done.body.find("<dd class=\"prewrap\">Boka tidigt</dd>"), std::string::npos);
  EXPECT_NE(done.body.find("<dd class=\"prewrap\">Inte ifyllt</dd>"), std::string::npos)
      << "an empty field says so";

  // Edit opens Plan alone; the other phases stay text.
  Response plan = Get(url + "?andra=plan", team_);
  EXPECT_NE(plan.body.find("name=\"phase\" value=\"plan\""), std::string::npos);
  EXPECT_NE(plan.body.find("name=\"prediction\""), std::string::npos);
  EXPECT_EQ(plan.body.find("name=\"learning\""), std::string::npos);
  EXPECT_EQ(plan.body.find("value=\"advance\""), std::string::npos) << "the cycle is done";
  EXPECT_NE(plan.body.find("href=\"" + url + "#phase-plan\">Avbryt</a>"), std::string::npos);

  // Every error of the plan at once, what was typed kept; nothing saved.
  Response refused = Post(url, team_,
                          "phase=plan&version=5&title=&prediction=Fler&start_date=2026-02-30&"
                          "end_date=2026-03-13&question=Q&what=W");
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("id=\"title-error\""), std::string::npos);
  EXPECT_NE(refused.body.find("id=\"start_date-error\""), std::string::npos);
  EXPECT_NE(refused.body.find("href=\"#title\""), std::string::npos);
  EXPECT_NE(refused.body.find("href=\"#start_date\""), std::string::npos);
  EXPECT_NE(refused.body.find(">Fler</textarea>"), std::string::npos) << "typed text kept";
  EXPECT_EQ(refused.body.find("name=\"learning\""), std::string::npos) << "still Plan alone";

  // Saving Plan alone keeps the later phases and lands on Do, the phase after it.
  Response saved = Post(url, team_,
                        "phase=plan&version=5&title=Samma+personal&question=Tryggare%3F&"
                        "prediction=Fler&what=Bes%C3%B6k&start_date=2026-03-02&"
                        "end_date=2026-03-13&action=save");
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.Header("Location"), url + "?sparat=1#phase-do");
  auto stored = boost::json::parse(Get("/api/v1/pdsa-cycles/" + id, team_).body);
  EXPECT_EQ(stored.at("prediction").as_string(), "Fler");
  EXPECT_EQ(stored.at("learning").as_string(), "Boka tidigt");
  EXPECT_EQ(stored.at("decision").as_string(), "adopt");
  EXPECT_EQ(Post(url, team_, "phase=done&version=6&title=x").status, 422) << "no such form";

  // Those who only read see the text without Edit links.
  Response read = Get(url + "?andra=plan", As(kDemoEmails.at("politiker")));
  EXPECT_EQ(read.status, 200);
  EXPECT_EQ(read.body.find("phase__edit"), std::string::npos);
  EXPECT_EQ(read.body.find("name=\"phase\""), std::string::npos);
}

TEST_F(PdsaPagesTest, TheSecondSaveOfTheSameVersionIsRefusedWithWhoAndWhen) {
  domain::Id cycle = 0;
  {
    Response r = Post("/api/v1/projects/" + std::to_string(project_) + "/pdsa-cycles", team_, "");
    EXPECT_EQ(r.status, 422) << "a form body is not JSON";
  }
  Response created = Send(
      "POST", "/api/v1/projects/" + std::to_string(project_) + "/pdsa-cycles", team_,
      "{\"change_idea_id\":" + std::to_string(package_idea_) + ",\"title\":\"Samma personal\"}",
      {{"x-csrf-token", team_.csrf}, {"content-type", "application/json"}});
  ASSERT_EQ(created.status, 201) << created.body;
  cycle = boost::json::parse(created.body).at("id").as_int64();
  const std::string url = "/pgsa/" + std::to_string(cycle);
  TestClient chef = As(kDemoEmails.at("chef"));
  ASSERT_EQ(Post(url, chef, "title=Chefens+titel&version=1").status, 303);
  Response second = Post(url, team_, "title=Teamets+titel&version=1");
  EXPECT_EQ(second.status, 409);
  EXPECT_NE(second.body.find("Johan Berg ändrade cykeln"), std::string::npos);
  EXPECT_NE(second.body.find("Ladda om sidan"), std::string::npos);
  EXPECT_NE(second.body.find("Teamets titel"), std::string::npos) << "the typed text is kept";
  Response api = Send("PUT", "/api/v1/pdsa-cycles/" + std::to_string(cycle), team_,
                      "{\"version\":1,\"title\":\"API\"}",
                      {{"x-csrf-token", team_.csrf}, {"content-type", "application/json"}});
  EXPECT_TRUE(IsChangedByJson(api, "Johan Berg", "sv"));
  auto error = boost::json::parse(api.body).at("error");
  EXPECT_EQ(error.at("changed_by").as_string(), "chef@solvik.example");
  EXPECT_EQ(error.at("version").as_int64(), 2);
  EXPECT_TRUE(IsChangedByJson(Send("PUT", "/api/v1/pdsa-cycles/" + std::to_string(cycle), team_,
                                   "{\"version\":1,\"title\":\"API\"}",
                                   {{"x-csrf-token", team_.csrf},
                                    {"content-type", "application/json"},
                                    {"accept-language", "en-GB,en;q=0.9"}}),
                              "Johan Berg", "en"));
  Response stored = Get("/api/v1/pdsa-cycles/" + std::to_string(cycle), team_);
  EXPECT_EQ(boost::json::parse(stored.body).at("title").as_string(), "Chefens titel");
}

TEST_F(PdsaPagesTest, TheApiNamesEveryWrongFieldOfACycleAtOnce) {
  Response created = Send(
      "POST", "/api/v1/projects/" + std::to_string(project_) + "/pdsa-cycles", team_,
      "{\"change_idea_id\":" + std::to_string(package_idea_) + ",\"title\":\"Samma personal\"}",
      {{"x-csrf-token", team_.csrf}, {"content-type", "application/json"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string url =
      "/api/v1/pdsa-cycles/" + std::to_string(boost::json::parse(created.body).at("id").as_int64());
  // No title, a start that is no date, and Study written in Plan; advancing also needs more.
  Response bad = Send("PUT", url, team_,
                      "{\"version\":1,\"title\":\"\",\"start_date\":\"snart\","
                      "\"result\":\"Bra\",\"advance\":true}",
                      {{"x-csrf-token", team_.csrf}, {"content-type", "application/json"}});
  EXPECT_EQ(bad.status, 422);
  const boost::json::value parsed = boost::json::parse(bad.body);
  const boost::json::object& error = parsed.at("error").as_object();
  // The first error stays where programs read it.
  EXPECT_EQ(error.at("code").as_string(), "invalid_input");
  EXPECT_EQ(error.at("field").as_string(), "title");
  std::vector<std::string> fields;
  for (const boost::json::value& e : error.at("errors").as_array()) {
    fields.push_back(std::string(e.at("field").as_string()));
    EXPECT_EQ(e.at("code").as_string(), "invalid_input");
    EXPECT_FALSE(e.at("message").as_string().empty());
  }
  for (const char* field : {"title", "start_date", "result", "question", "prediction"}) {
    EXPECT_NE(std::find(fields.begin(), fields.end(), field), fields.end()) << field;
  }
  EXPECT_EQ(fields.front(), "title");
  EXPECT_EQ(std::set<std::string>(fields.begin(), fields.end()).size(), fields.size())
      << "one error per field";
  Response stored = Get(url, team_);
  EXPECT_EQ(boost::json::parse(stored.body).at("title").as_string(), "Samma personal");
}

TEST_F(PdsaPagesTest, PolitikerReadsWithoutFormsAndOtherTeamsAreRefused) {
  Response created =
      Send("POST", "/api/v1/projects/" + std::to_string(project_) + "/pdsa-cycles", team_,
           "{\"change_idea_id\":" + std::to_string(package_idea_) +
               ",\"title\":\"Samma personal\",\"prediction\":\"F\\u00e4rre\"}",
           {{"x-csrf-token", team_.csrf}, {"content-type", "application/json"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string url =
      "/pgsa/" + std::to_string(boost::json::parse(created.body).at("id").as_int64());
  TestClient politiker = As(kDemoEmails.at("politiker"));
  Response read = Get(url, politiker);
  EXPECT_EQ(read.status, 200);
  EXPECT_NE(read.body.find("Färre"), std::string::npos);
  EXPECT_EQ(read.body.find("<form method=\"post\" action=\"/pgsa/"), std::string::npos);
  EXPECT_EQ(Post(url, politiker, "title=x&version=1").status, 403);

  // A member of another team may not touch this team's cycle.
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::Id user = tx.Users().Create({org_, "fall@solvik.example", "Eva", "sv", "x"}, 1);
    tx.Users().AddMembership({0, user, domain::Role::kTeammedlem, domain::ScopeKind::kTeam, fall_},
                             1);
    return true;
  });
  TestClient other = As("fall@solvik.example");
  EXPECT_EQ(Get(url, other).status, 403);
  EXPECT_EQ(Post(url, other, "title=x&version=1").status, 403);
  EXPECT_EQ(Get("/projekt/" + std::to_string(project_) + "/pgsa", other).status, 403);
  // ... but sees what the team predicted on the shared change idea's page.
  Response idea = Get("/forandringsideer/" + std::to_string(package_idea_), other);
  EXPECT_EQ(idea.status, 200);
  EXPECT_NE(idea.body.find("Trygg hemgång"), std::string::npos);
  EXPECT_NE(idea.body.find("Färre"), std::string::npos);
  EXPECT_EQ(idea.body.find("href=\"" + url + "\""), std::string::npos) << "no link it can't open";
  EXPECT_EQ(Get("/pgsa/999999", team_).status, 404);
}

TEST_F(PdsaPagesTest, AnIdeaOffersToStartACycleOnItForThoseWhoMayChangeTheTeam) {
  const std::string project = "/projekt/" + std::to_string(project_);
  Response added = Post(project + "/forandringsideer", team_,
                        "idea_title=Hembes%C3%B6k+dag+1&idea_description=Efter+sjukhus");
  const domain::Id idea = CreatedId(added, "/forandringsideer/");
  const std::string start =
      "href=\"" + project + "/pgsa?ide=" + std::to_string(idea) + "#new-cycle-heading\">";
  // From the idea's page and from the project page ...
  Response idea_page = Get("/forandringsideer/" + std::to_string(idea), team_);
  ASSERT_EQ(idea_page.status, 200);
  EXPECT_NE(idea_page.body.find(start + "Starta en cykel på idén</a>"), std::string::npos)
      << idea_page.body;
  Response project_page = Get(project, team_);
  ASSERT_EQ(project_page.status, 200);
  EXPECT_NE(project_page.body.find(start + "Starta en cykel på idén</a>"), std::string::npos);
  // ... to the cycle form with the idea chosen, and nowhere "below" without a form.
  Response form = Get(project + "/pgsa?ide=" + std::to_string(idea), team_);
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("<option value=\"" + std::to_string(idea) +
                           "\" selected>Hembesök dag 1</option>"),
            std::string::npos);
  EXPECT_NE(form.body.find("<a href=\"#new-cycle-heading\">Välj en förändringsidé och starta "
                           "den första cykeln</a>"),
            std::string::npos);
  EXPECT_EQ(Get(project + "/pgsa", team_).body.find(" selected>"), std::string::npos);

  // Those who may only read get no such action, and no link to a form they do not have.
  TestClient politiker = As(kDemoEmails.at("politiker"));
  EXPECT_EQ(Get("/forandringsideer/" + std::to_string(idea), politiker)
                .body.find("Starta en cykel på idén"),
            std::string::npos);
  EXPECT_EQ(Get(project, politiker).body.find("Starta en cykel på idén"), std::string::npos);
  Response read = Get(project + "/pgsa", politiker);
  ASSERT_EQ(read.status, 200);
  EXPECT_NE(read.body.find("Inga PGSA-cykler ännu."), std::string::npos);
  EXPECT_EQ(read.body.find("#new-cycle-heading"), std::string::npos);
  EXPECT_EQ(read.body.find("nedan"), std::string::npos);
}

TEST_F(PdsaPagesTest, ACycleWhosePlannedEndHasPassedIsMarkedOverdueInWords) {
  // The fixture's clock stands at 2027-01-15.
  auto create = [&](const std::string& title, const std::string& end) {
    Response r =
        Send("POST", "/api/v1/projects/" + std::to_string(project_) + "/pdsa-cycles", team_,
             "{\"change_idea_id\":" + std::to_string(package_idea_) + ",\"title\":\"" + title +
                 "\",\"start_date\":\"2027-01-01\",\"end_date\":\"" + end + "\"}",
             {{"x-csrf-token", team_.csrf}, {"content-type", "application/json"}});
    EXPECT_EQ(r.status, 201) << r.body;
  };
  create("Sen", "2027-01-14");
  create("Idag", "2027-01-15");
  const std::string late = "<span class=\"tag tag--overdue\">Försenad: skulle vara klar 2027-01-14";
  for (const std::string& url :
       {"/projekt/" + std::to_string(project_) + "/pgsa", "/projekt/" + std::to_string(project_),
        "/forandringsideer/" + std::to_string(package_idea_)}) {
    Response page = Get(url, team_);
    ASSERT_EQ(page.status, 200) << url;
    EXPECT_NE(page.body.find(late), std::string::npos) << url;
    EXPECT_EQ(page.body.find("skulle vara klar 2027-01-15"), std::string::npos)
        << url << ": a cycle ending today is not late yet";
  }
  Response english = Get("/projekt/" + std::to_string(project_) + "/pgsa?lang=en", team_);
  EXPECT_NE(english.body.find("Overdue: planned to end 2027-01-14"), std::string::npos);
  // A day later the second one is late too (signed in anew: the session has gone idle).
  clock_.Advance(24 * 60 * 60);
  EXPECT_NE(Get("/projekt/" + std::to_string(project_) + "/pgsa", As(kDemoEmails.at("teammedlem")))
                .body.find("Försenad: skulle vara klar 2027-01-15"),
            std::string::npos);
}

TEST_F(PdsaPagesTest, TheChangeIdeaListsEveryTeamsCycles) {
  auto json = [&](domain::Id project, const std::string& body) {
    TestClient admin = As(kDemoEmails.at("admin"));
    return Send("POST", "/api/v1/projects/" + std::to_string(project) + "/pdsa-cycles", admin, body,
                {{"x-csrf-token", admin.csrf}, {"content-type", "application/json"}});
  };
  const std::string idea = std::to_string(package_idea_);
  EXPECT_EQ(json(project_, "{\"change_idea_id\":" + idea + ",\"title\":\"Norr testar\"}").status,
            201);
  EXPECT_EQ(
      json(other_project_, "{\"change_idea_id\":" + idea + ",\"title\":\"Fall testar\"}").status,
      201);
  Response bad =
      json(project_, "{\"change_idea_id\":" + idea + ",\"title\":\"x\",\"measure_ids\":[999]}");
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(boost::json::parse(bad.body).at("error").at("field").as_string(), "measure_ids");
  Response page = Get("/api/v1/change-ideas/" + idea, team_);
  ASSERT_EQ(page.status, 200);
  auto cycles = boost::json::parse(page.body).at("pdsa_cycles").as_array();
  ASSERT_EQ(cycles.size(), 2u);
  // Ordered by team, not by when the cycle was written.
  EXPECT_EQ(cycles[0].at("team").as_string(), "Färre fall");
  EXPECT_EQ(cycles[1].at("team").as_string(), "Trygg hemgång");
  Response html = Get("/forandringsideer/" + idea, team_);
  EXPECT_NE(html.body.find("<a href=\"/program/" + std::to_string(programme_) + "\">"),
            std::string::npos)
      << "the way back leads to the programme whose change package holds the idea";
}

TEST_F(PdsaPagesTest, CyclesBecomeAnnotationsOnTheirMeasuresCharts) {
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::PdsaCycle c;
    c.organisation_id = org_;
    c.project_id = project_;
    c.change_idea_id = package_idea_;
    c.content.title = "Samma personal";
    c.content.start_date = "2026-03-02";
    c.content.measure_ids = {measure_};
    c.phase = domain::PdsaPhase::kDone;
    c.content.decision = domain::PdsaDecision::kAdopt;
    tx.Pdsa().CreateCycle(c);
    return true;
  });
  domain::Principal principal;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    principal.user = *tx.Users().FindByEmail(kDemoEmails.at("teammedlem"));
    principal.memberships = tx.Users().ListMemberships(principal.user.id);
    return true;
  });
  auto markers = domain::LoadCycleMarkers(*store_, principal, measure_);
  ASSERT_TRUE(markers);
  ASSERT_EQ(markers->size(), 1u);
  App app{*store_, clock_, log_, catalogue_, templates_, static_files_, base_url_};
  std::vector<chart::Annotation> sv = CycleAnnotations(app, "sv", *markers);
  ASSERT_EQ(sv.size(), 1u);
  EXPECT_EQ(sv[0].period, "2026-03");
  EXPECT_EQ(sv[0].text, "PGSA 1: Anta");
  EXPECT_EQ(CycleAnnotations(app, "en", *markers)[0].text, "PDSA 1: Adopt");
  principal.memberships.clear();
  EXPECT_FALSE(domain::LoadCycleMarkers(*store_, principal, measure_)) << "no role, no markers";
}

}  // namespace
}  // namespace stegvis::web
