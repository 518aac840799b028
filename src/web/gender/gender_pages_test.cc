// The gender-equality pages and their JSON twins through the real router, templates and a
// real store with the demo data: the gender analysis with its 4R notes kept as versions, a
// unit's self-assessments, and reflection notes that team members and politicians never see.

#include <boost/json/parse.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class GenderPagesTest : public WebTest {
 protected:
  std::string AnalysisUrl() {
    return "/matt/" + std::to_string(MeasureOf("Trygg hemgång")) + "/jamstalldhetsanalys";
  }
  std::vector<domain::GenderNote> Notes() {
    std::vector<domain::GenderNote> out;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      out = tx.GenderNotes().List(MeasureOf("Trygg hemgång"));
      return true;
    });
    return out;
  }
  domain::Id FirstNote() {
    domain::Id id = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      for (const auto& n : tx.ReflectionNotes().List(tx.Units().ListOrganisations().front().id))
        id = n.id;
      return true;
    });
    return id;
  }
};

TEST_F(GenderPagesTest, TheMeasurePageLinksToTheGenderAnalysis) {
  SeedDemo();
  Response r =
      Get("/matt/" + std::to_string(MeasureOf("Trygg hemgång")), As(kDemoEmails.at("teammedlem")));
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r, "href=\"" + AnalysisUrl() + "\""));
}

TEST_F(GenderPagesTest, TheAnalysisShowsWomenAndMenTheVerdictOverTimeAndThe4RNotes) {
  SeedDemo();
  Response r = Get(AnalysisUrl(), As(kDemoEmails.at("teammedlem")));
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r, "Gapet mellan kvinnor och män: ökar")) << "the current verdict";
  EXPECT_TRUE(Has(r, "<svg")) << "women and men side by side";
  EXPECT_TRUE(Has(r,
                  "Från och med juli 2025 till och med augusti 2025: gapet kan inte bedömas "
                  "ännu (för få punkter)"))
      << "the first readings, from the tenth common month, before the rules can judge";
  EXPECT_TRUE(Has(r, "Från och med september 2025: gapet ökar")) << "the reading that holds today";
  EXPECT_TRUE(Has(r, "Version 3, sparad av chef@solvik.example")) << "the current text";
  EXPECT_TRUE(Has(r, "Version 1, sparad av team@solvik.example")) << "earlier versions to read";
  EXPECT_TRUE(Has(r, "name=\"representation\"")) << "the team may write";
  EXPECT_TRUE(Has(r, "name=\"base_version\" value=\"3\""));
  Response politician = Get(AnalysisUrl(), As(kDemoEmails.at("politiker")));
  EXPECT_EQ(politician.status, 200);
  EXPECT_TRUE(Has(politician, "Version 3"));
  EXPECT_FALSE(Has(politician, "name=\"representation\"")) << "reads, does not write";
}

TEST_F(GenderPagesTest, EverySaveIsANewVersionAndAStaleSaveLosesNothing) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  Response saved = Post(AnalysisUrl(), team,
                        "base_version=3&representation=Sex+av+tio+%C3%A4r+kvinnor.&resources=&"
                        "realia=Normer&realisera=Fr%C3%A5ga+alla");
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 400);
  std::vector<domain::GenderNote> notes = Notes();
  ASSERT_EQ(notes.size(), 4u);
  EXPECT_EQ(notes.back().version, 4);
  EXPECT_EQ(notes.back().created_by, "team@solvik.example");
  EXPECT_EQ(notes.back().representation, "Sex av tio är kvinnor.");
  EXPECT_NE(notes[2].representation, notes[3].representation) << "version 3 is kept as it was";
  // A second writer who loaded version 3 is refused, told who saved, and keeps their text.
  Response stale = Post(AnalysisUrl(), As(kDemoEmails.at("chef")),
                        "base_version=3&representation=Min+egen+text&resources=&realia=&"
                        "realisera=");
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(Has(stale, "Ändrat av team@solvik.example"));
  EXPECT_TRUE(Has(stale, "Min egen text"));
  EXPECT_EQ(Notes().size(), 4u);
  Response history =
      Get("/historik/gender_note/" + std::to_string(MeasureOf("Trygg hemgång")), team);
  EXPECT_EQ(history.status, 200);
  EXPECT_TRUE(Has(history, "Sex av tio är kvinnor."));
  // Too long a text names the field.
  Response too_long = Post(AnalysisUrl(), team, "base_version=4&realia=" + std::string(8001, 'a'));
  EXPECT_EQ(too_long.status, 422);
  EXPECT_TRUE(Has(too_long, "id=\"realia-error\""));
  EXPECT_EQ(Post(AnalysisUrl(), As(kDemoEmails.at("politiker")), "base_version=4").status, 403);
}

TEST_F(GenderPagesTest, TheApiGivesTheHistoryAndRefusesAStaleSaveWithWhoAndWhen) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string id = std::to_string(MeasureOf("Trygg hemgång"));
  Response r = Get("/api/v1/measures/" + id + "/gender-analysis", team);
  ASSERT_EQ(r.status, 200);
  boost::json::object o = boost::json::parse(r.body).as_object();
  EXPECT_EQ(o["verdicts"].as_object()["gap"].as_string(), "widening");
  auto& history = o["verdict_history"].as_object();
  EXPECT_EQ(history["min_periods"].as_int64(), 10);
  EXPECT_EQ(history["readings"].as_array().front().as_object()["period"].as_string(), "2025-07");
  EXPECT_EQ(o["notes"].as_object()["versions"].as_array().size(), 3u);
  HeaderList json{{"content-type", "application/json"}, {"x-csrf-token", team.csrf}};
  Response put = Send("PUT", "/api/v1/measures/" + id + "/gender-notes", team,
                      R"({"version":3,"representation":"R","resources":"","realia":"",)"
                      R"("realisera":""})",
                      json);
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(boost::json::parse(put.body).as_object()["version"].as_int64(), 4);
  Response stale = Send("PUT", "/api/v1/measures/" + id + "/gender-notes", team,
                        R"({"version":3,"representation":"X"})", json);
  EXPECT_TRUE(IsChangedByJson(stale, "Fatima Ali", "sv"));
  HeaderList english = json;
  english.emplace_back("accept-language", "en");
  EXPECT_TRUE(IsChangedByJson(Send("PUT", "/api/v1/measures/" + id + "/gender-notes", team,
                                   R"({"version":3,"representation":"X"})", english),
                              "Fatima Ali", "en"));
  auto error = boost::json::parse(stale.body).as_object()["error"].as_object();
  EXPECT_EQ(error["changed_by"].as_string(), "team@solvik.example");
  EXPECT_EQ(error["version"].as_int64(), 4);
}

TEST_F(GenderPagesTest, AManagerRecordsASelfAssessmentAndNotAssessedStaysEmpty) {
  SeedDemo();
  const std::string url =
      "/enhet/" + std::to_string(UnitNamed("Hemtjänst Norr")) + "/sjalvskattning";
  TestClient chef = As(kDemoEmails.at("chef"));
  Response page = Get(url, chef);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "Gjord 2026-09-22")) << "the latest of the demo's three";
  EXPECT_TRUE(Has(page, "<svg")) << "the development as small multiples";
  EXPECT_TRUE(Has(page, "name=\"score.step_1\" value=\"4\"")) << "the form";
  Response bad = Post(url, chef, "assessed_on=2026-12-01&score.step_1=5");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad, "Välj 1, 2, 3, 4 eller Ej bedömt."));
  Response future = Post(url, chef, "assessed_on=2027-02-01&score.step_1=2");
  EXPECT_EQ(future.status, 422);
  EXPECT_TRUE(Has(future, "Datumet kan inte ligga i framtiden."));
  Response ok = Post(url, chef,
                     "assessed_on=2026-12-01&score.step_1=4&comment.step_1=Beslut+i+KF&"
                     "score.step_2=&score.knowledge_goals=3");
  ASSERT_EQ(ok.status, 303) << ok.body.substr(0, 400);
  std::vector<domain::SelfAssessment> list;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    list = tx.SelfAssessments().List(UnitNamed("Hemtjänst Norr"));
    return true;
  });
  ASSERT_EQ(list.size(), 4u);
  const domain::SelfAssessment& latest = list.back();
  EXPECT_EQ(latest.assessed_on, "2026-12-01");
  EXPECT_EQ(latest.created_by, "chef@solvik.example");
  ASSERT_EQ(latest.scores.size(), 19u);
  EXPECT_EQ(latest.scores[0].score, 4);
  EXPECT_EQ(latest.scores[0].comment, "Beslut i KF");
  EXPECT_FALSE(latest.scores[1].score.has_value()) << "not assessed, never zero";
  Response after = Get(url, chef);
  EXPECT_TRUE(Has(after, "Gjord 2026-12-01"));
  EXPECT_TRUE(Has(after, "Ej bedömt"));
  // The next assessment starts from this one, dated today (the fixture's clock).
  EXPECT_TRUE(Has(after, "Formuläret utgår från den senaste självskattningen (2026-12-01)"));
  EXPECT_TRUE(Has(after, "name=\"assessed_on\" type=\"date\" required value=\"2027-01-15\""));
  EXPECT_TRUE(Has(after, "name=\"score.step_1\" value=\"4\" checked>"));
  EXPECT_TRUE(Has(after,
                  "name=\"comment.step_1\" type=\"text\" maxlength=\"2000\" "
                  "value=\"Beslut i KF\""));
  EXPECT_TRUE(Has(after, "name=\"score.step_2\" value=\"\" checked>")) << "not assessed stays so";
  EXPECT_TRUE(Has(after, "name=\"score.knowledge_goals\" value=\"3\" checked>"));
  EXPECT_FALSE(Has(after, "name=\"score.knowledge_goals\" value=\"\" checked>"));
}

TEST_F(GenderPagesTest, PoliticiansReadSelfAssessmentsAndTeamMembersDoNot) {
  SeedDemo();
  const std::string unit = std::to_string(UnitNamed("Hemtjänst Norr"));
  Response politician = Get("/enhet/" + unit + "/sjalvskattning", As(kDemoEmails.at("politiker")));
  EXPECT_EQ(politician.status, 200);
  EXPECT_FALSE(Has(politician, "name=\"assessed_on\"")) << "no form for a reader";
  EXPECT_EQ(Get("/enhet/" + unit + "/sjalvskattning", As(kDemoEmails.at("teammedlem"))).status,
            403);
  // The manager of the care administration does not reach the school's units.
  const std::string school = std::to_string(UnitNamed("Ekbackens skola"));
  EXPECT_EQ(Get("/enhet/" + school + "/sjalvskattning", As(kDemoEmails.at("chef"))).status, 403);
  Response api =
      Get("/api/v1/units/" + unit + "/self-assessments", As(kDemoEmails.at("politiker")));
  ASSERT_EQ(api.status, 200);
  auto o = boost::json::parse(api.body).as_object();
  EXPECT_EQ(o["assessments"].as_array().size(), 3u);
  EXPECT_FALSE(o["may_record"].as_bool());
  // The start page links each unit to what the visitor may open.
  EXPECT_TRUE(Has(Get("/", As(kDemoEmails.at("chef"))), "/enhet/" + unit + "/reflektioner"));
  Response home = Get("/", As(kDemoEmails.at("teammedlem")));
  EXPECT_FALSE(Has(home, "/sjalvskattning"));
  EXPECT_FALSE(Has(home, "/reflektioner"));
}

TEST_F(GenderPagesTest, TeamMembersAndPoliticiansNeverSeeReflectionNotes) {
  SeedDemo();
  const std::string note = std::to_string(FirstNote());
  for (const char* role : {"teammedlem", "politiker"}) {
    TestClient c = As(kDemoEmails.at(role));
    EXPECT_EQ(Get("/reflektioner", c).status, 403) << role;
    EXPECT_EQ(Get("/reflektioner/" + note, c).status, 403) << role;
    EXPECT_EQ(Get("/api/v1/reflection-notes", c).status, 403) << role;
    EXPECT_FALSE(Has(Get("/", c), "href=\"/reflektioner\"")) << role << ": no menu entry";
  }
  Response chef = Get("/reflektioner/" + note, As(kDemoEmails.at("chef")));
  EXPECT_EQ(chef.status, 200);
  EXPECT_TRUE(Has(chef, "Reflektionsmöte efter första arbetsperioden"));
}

TEST_F(GenderPagesTest, AManagerWritesNotesOnlyForTheirUnitsAndAStaleEditIsRefused) {
  SeedDemo();
  TestClient chef = As(kDemoEmails.at("chef"));
  const std::string norr = std::to_string(UnitNamed("Hemtjänst Norr"));
  const std::string school = std::to_string(UnitNamed("Ekbackens skola"));
  Response outside =
      Post("/reflektioner", chef,
           "kind=meeting&held_on=2026-11-02&title=M%C3%B6te&text=Text&unit_ids=" + school);
  EXPECT_EQ(outside.status, 422);
  EXPECT_TRUE(Has(outside, "enheter du ansvarar för"));
  Response no_peer = Post("/reflektioner", chef,
                          "kind=shadowing&held_on=2026-11-02&title=S&text=T&unit_ids=" + norr);
  EXPECT_EQ(no_peer.status, 422);
  EXPECT_TRUE(Has(no_peer, "Skriv vem du skuggade."));
  Response created = Post("/reflektioner", chef,
                          "kind=shadowing&held_on=2026-11-02&title=Skuggning&text=Vi+l%C3%A4rde&"
                          "peer=Maria+Ek&unit_ids=" +
                              norr);
  ASSERT_EQ(created.status, 303) << created.body.substr(0, 400);
  const std::string url(created.Header("Location").substr(0, created.Header("Location").find('?')));
  Response page = Get(url, chef);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "Maria Ek"));
  EXPECT_TRUE(Has(page, "name=\"version\" value=\"1\""));
  Response edited = Post(url, As(kDemoEmails.at("strateg")),
                         "version=1&kind=shadowing&held_on=2026-11-02&title=Skuggning+i+Norr&"
                         "text=Vi+l%C3%A4rde&peer=Maria+Ek&unit_ids=" +
                             norr);
  EXPECT_EQ(edited.status, 303);
  Response stale = Post(url, chef,
                        "version=1&kind=shadowing&held_on=2026-11-02&title=Min+rubrik&"
                        "text=Vi+l%C3%A4rde&peer=Maria+Ek&unit_ids=" +
                            norr);
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(Has(stale, "Ändrat av strateg@solvik.example"));
  EXPECT_TRUE(Has(stale, "Min rubrik")) << "what the manager typed is kept";
  Response mine = Get("/reflektioner?mina=1", chef);
  EXPECT_TRUE(Has(mine, "Skuggning i Norr"));
  EXPECT_FALSE(Has(mine, "Chefernas reflektionsmöte")) << "the strategist's own note";
  EXPECT_TRUE(Has(Get("/historik/reflection_note/" + url.substr(url.rfind('/') + 1), chef),
                  "strateg@solvik.example"));
}

TEST_F(GenderPagesTest, TheReflectionApiFollowsThePagesPolicy) {
  SeedDemo();
  TestClient chef = As(kDemoEmails.at("chef"));
  HeaderList json{{"content-type", "application/json"}, {"x-csrf-token", chef.csrf}};
  const std::string norr = std::to_string(UnitNamed("Hemtjänst Norr"));
  Response created =
      Send("POST", "/api/v1/reflection-notes", chef,
           R"({"kind":"meeting","held_on":"2026-11-02","title":"Möte","text":"Text","unit_ids":[)" +
               norr + "]}",
           json);
  ASSERT_EQ(created.status, 201) << created.body;
  auto note = boost::json::parse(created.body).as_object();
  EXPECT_EQ(note["version"].as_int64(), 1);
  const std::string id = std::to_string(note["id"].as_int64());
  Response stale = Send("PUT", "/api/v1/reflection-notes/" + id, chef,
                        R"({"version":7,"kind":"meeting","held_on":"2026-11-02","title":"M",)"
                        R"("text":"T","unit_ids":[)" +
                            norr + "]}",
                        json);
  EXPECT_EQ(stale.status, 409);
  Response list = Get("/api/v1/units/" + norr + "/reflection-notes", chef);
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(boost::json::parse(list.body).as_object()["notes"].as_array().size(), 4u);
}

}  // namespace
}  // namespace stegvis::web
