// Projects and measures through the real router, templates and a real store:
// what a team member, a politician and a user of the second municipality see and may do.

#include <set>
#include <string>

#include <boost/json/parse.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

using ImprovementPagesTest = WebTest;

TEST_F(ImprovementPagesTest, AMeasurePageShowsTheVerdictsChartsAndGridInSwedish) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  Response r = Get("/matt/" + std::to_string(MeasureOf("Trygg hemgång")), team);
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r, "Förbättring för kvinnor: ja")) << "the verdict in words";
  EXPECT_TRUE(Has(r, "Gapet mellan kvinnor och män: ökar")) << "the demo's diverging measure";
  EXPECT_TRUE(Has(r, "<svg")) << "charts inline";
  EXPECT_TRUE(Has(r, "<table")) << "the data table";
  EXPECT_TRUE(Has(r, "diagram.svg")) << "SVG download";
  EXPECT_TRUE(Has(r, "diagram.png")) << "PNG download, for slides";
  EXPECT_TRUE(Has(r, "data.csv")) << "CSV download";
  EXPECT_TRUE(Has(r, "name=\"v.2025-03.women\"")) << "the grid";
  EXPECT_TRUE(Has(r, "/static/grid.js"));
}

// A measure not split by sex offered "Data för kvinnor / män (CSV)": only downloads that exist.
TEST_F(ImprovementPagesTest, AMeasureNotSplitBySexOffersOnlyTheDownloadsItHas) {
  SeedDemo();
  TestClient strateg = As(kDemoEmails.at("strateg"));
  domain::Id visits = 0;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    for (const auto& org : tx.Units().ListOrganisations())
      for (const auto& team : tx.Teams().List(org.id))
        for (const auto& project : tx.Projects().List(team.id))
          for (const auto& m : tx.Measures().ListOfProject(project.id))
            if (m.name == "Besök som börjar inom 15 minuter från planerad tid") visits = m.id;
    return true;
  });
  ASSERT_NE(visits, 0);
  const std::string url = "/matt/" + std::to_string(visits);
  Response page = Get(url, strateg);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "href=\"" + url + "/data.csv\"")) << "the total";
  EXPECT_FALSE(Has(page, "visa=")) << "no group downloads, no groups chart download";
  EXPECT_FALSE(Has(page, "Data för kvinnor"));
  EXPECT_EQ(Get(url + "/data.csv", strateg).status, 200);
  EXPECT_EQ(Get(url + "/data.csv?visa=women", strateg).status, 404);
  EXPECT_EQ(Get(url + "/diagram.svg?visa=grupper", strateg).status, 404);
  EXPECT_EQ(Get(url + "/diagram.png?visa=grupper", strateg).status, 404);
  // A measure split by sex offers both groups, and each download is that group's data.
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string split = "/matt/" + std::to_string(MeasureOf("Trygg hemgång"));
  Response split_page = Get(split, team);
  EXPECT_TRUE(Has(split_page, "href=\"" + split + "/data.csv?visa=women\">Data för kvinnor (CSV)"));
  EXPECT_TRUE(Has(split_page, "href=\"" + split + "/data.csv?visa=men\">Data för män (CSV)"));
  Response women = Get(split + "/data.csv?visa=women", team);
  Response men = Get(split + "/data.csv?visa=men", team);
  ASSERT_EQ(women.status, 200);
  ASSERT_EQ(men.status, 200);
  EXPECT_NE(women.body, men.body);
  EXPECT_EQ(Get(split + "/data.csv?visa=girls", team).status, 404);
}

TEST_F(ImprovementPagesTest, SavingTheGridTakesADecimalCommaAndABadCellSavesNothing) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string url = "/matt/" + std::to_string(MeasureOf("Trygg hemgång"));
  // A proportion: the numerator may not exceed the denominator.
  Response bad = Post(url + "/varden", team,
                      "data_version=1&v.2026-10.women=12&d.2026-10.women=40&v.2026-10.men=50&"
                      "d.2026-10.men=40");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad, "oktober 2026 (män): Täljaren är större än nämnaren."));
  EXPECT_TRUE(Has(bad, "value=\"12\"")) << "what the user typed is kept";
  EXPECT_TRUE(Has(bad, "<a href=\"#v.2026-10.men\">oktober 2026 (män)"))
      << "the message links to the cell";
  EXPECT_TRUE(Has(bad,
                  "name=\"v.2026-10.men\" value=\"50\" aria-label=\"Män, oktober 2026, "
                  "täljare\" aria-invalid=\"true\" aria-describedby=\"e-v.2026-10.men\" "
                  "autofocus><span class=\"cell-error\" id=\"e-v.2026-10.men\">Täljaren är "
                  "större än nämnaren.</span>"))
      << "the cell is marked, described by the message beside it and focused";
  EXPECT_TRUE(Has(bad, "<details class=\"paste\">")) << "the paste box stays closed";
  Response ok = Post(url + "/varden", team,
                     "data_version=1&v.2026-10.women=12&d.2026-10.women=40&v.2026-10.men=11&"
                     "d.2026-10.men=40");
  EXPECT_EQ(ok.status, 303) << ok.body.substr(0, 300);
  Response page = Get(url, team);
  EXPECT_TRUE(Has(page, "name=\"v.2026-10.women\" value=\"12\""));
  EXPECT_TRUE(Has(page, "Senast sparat av Fatima Ali")) << "by name, not e-mail";
  Response history =
      Get("/historik/observation/" + std::to_string(MeasureOf("Trygg hemgång")), team);
  EXPECT_EQ(history.status, 200);
  EXPECT_TRUE(Has(history, "team@solvik.example"));
  EXPECT_TRUE(Has(history, "2026-10")) << "which cell changed";
  EXPECT_EQ(Get("/historik/observation/" + std::to_string(MeasureOf("Trygg hemgång")),
                As("team@norrby.example"))
                .status,
            404);
}

TEST_F(ImprovementPagesTest, ANewMeasuresGridOffersTheYearBeforeTodayForABaseline) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string project = "/projekt/" + std::to_string(ProjectOf("Trygg hemgång"));
  Response created = Post(project + "/matt", team,
                          "name=Fall&kind=outcome&data_type=count&frequency=month&"
                          "direction=down&grouping=women_men");
  ASSERT_EQ(created.status, 303) << created.body.substr(0, 300);
  Response page = Get(std::string(created.Header("Location")), team);
  // The test clock stands in January 2027: twelve months back, then the current one.
  EXPECT_TRUE(Has(page, "name=\"v.2026-01.women\""));
  EXPECT_TRUE(Has(page, "name=\"v.2026-12.men\""));
  EXPECT_TRUE(Has(page, "name=\"v.2027-01.women\""));
  EXPECT_FALSE(Has(page, "name=\"v.2025-12.women\""));
  EXPECT_FALSE(Has(page, "name=\"v.2027-02.women\"")) << "no rows for months still to come";
}

TEST_F(ImprovementPagesTest, AProgrammeTeamsNewProjectJoinsTheProgrammeAndTestsItsPackage) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const domain::Id team_id = TeamId("Trygg hemgång");
  Response page = Get("/team/" + std::to_string(team_id), team);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "<label for=\"project-programme\">Del av programmet</label>"));
  EXPECT_TRUE(Has(page, "selected>Jämställd hemtjänst</option>")) << "the programme by default";
  Response created = Post("/team/" + std::to_string(team_id) + "/projekt", team,
                          "title=Snabbare+hembes%C3%B6k&programme_id=" +
                              std::to_string(ProgrammeId("Jämställd hemtjänst")));
  ASSERT_EQ(created.status, 303);
  const std::string project(created.Header("Location"));
  Response fresh = Get(project, team);
  EXPECT_TRUE(Has(fresh, ">Jämställd hemtjänst</a>"));
  EXPECT_TRUE(Has(fresh, "Inget mål ännu. <a href=\"#edit-heading\">"))
      << "a new project says it has no aim yet and where to write it";
  EXPECT_TRUE(Has(fresh, "<details class=\"form-details\" open>")) << "the aim's form is open";
  // The form for a first cycle is on the PDSA page: the project page links to it ("starta den
  // första cykeln nedan" pointed at nothing).
  EXPECT_TRUE(Has(fresh, "<a href=\"" + project +
                             "/pgsa#new-cycle-heading\">Starta den första cykeln på sidan "
                             "PGSA-cykler</a>"));
  EXPECT_FALSE(Has(fresh, "första cykeln nedan"));
  EXPECT_FALSE(
      Has(Get("/projekt/" + std::to_string(ProjectOf("Trygg hemgång")), team), "Inget mål ännu."));
  EXPECT_TRUE(Has(Get(project + "/pgsa", team), "Brukaren väljer tid vid inskrivningen"))
      << "the change package's ideas can be tested";
  Response own =
      Post("/team/" + std::to_string(team_id) + "/projekt", team, "title=Eget&programme_id=");
  ASSERT_EQ(own.status, 303);
  EXPECT_FALSE(Has(Get(std::string(own.Header("Location")), team), ">Jämställd hemtjänst</a>"));
  // A team cannot put its work in a programme it does not take part in.
  Response other = Post("/team/" + std::to_string(TeamId("Hela dagen")) + "/projekt",
                        As("team@norrby.example"), "title=X&programme_id=999");
  EXPECT_EQ(other.status, 422);
  EXPECT_TRUE(Has(other, "id=\"project-programme-error\"")) << other.body.substr(0, 400);
}

TEST_F(ImprovementPagesTest, ANewProjectNamesEveryWrongFieldAtOnceAndKeepsWhatWasTyped) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const domain::Id team_id = TeamId("Trygg hemgång");
  Response bad = Post("/team/" + std::to_string(team_id) + "/projekt", team,
                      "title=+&problem=" + std::string(4001, 'x') + "&programme_id=");
  EXPECT_EQ(bad.status, 422);
  for (const char* field : {"project-title", "project-problem"}) {
    EXPECT_TRUE(Has(bad, std::string("<li><a href=\"#") + field + "\">")) << field;
    EXPECT_TRUE(Has(bad, std::string("id=\"") + field + "-error\"")) << field;
  }
  EXPECT_TRUE(Has(bad, ">" + std::string(4001, 'x') + "</textarea>")) << "the problem is kept";
  EXPECT_TRUE(Has(bad, "<option value=\"\" selected>")) << "no programme, as chosen";
  // Nothing was saved: the team's page lists as many projects as before.
  auto projects = [](const Response& r) {
    std::size_t n = 0;
    for (std::size_t at = r.body.find("<li><a href=\"/projekt/"); at != std::string::npos;
         at = r.body.find("<li><a href=\"/projekt/", at + 1)) {
      ++n;
    }
    return n;
  };
  EXPECT_EQ(projects(Get("/team/" + std::to_string(team_id), team)), projects(bad));
}

TEST_F(ImprovementPagesTest, TheProjectFormNamesEveryWrongFieldAtOnceAndKeepsWhatWasTyped) {
  SeedDemo();
  const std::string url = "/projekt/" + std::to_string(ProjectOf("Trygg hemgång"));
  TestClient team = As(kDemoEmails.at("teammedlem"));
  Response bad = Post(url, team,
                      "version=1&title=&aim_what=Fler+v%C3%A4ljer+XQ7&aim_by_when=i+v%C3%A5r&"
                      "aim_for_whom=" +
                          std::string(4001, 'y') + "&status=active&aim_women=1");
  EXPECT_EQ(bad.status, 422);
  for (const char* field : {"title", "aim_by_when", "aim_for_whom"}) {
    EXPECT_TRUE(Has(bad, std::string("<li><a href=\"#") + field + "\">")) << field;
    EXPECT_TRUE(Has(bad, std::string("aria-describedby=\"") + field + "-error\"")) << field;
    EXPECT_TRUE(Has(bad, std::string("<p class=\"field-error\" id=\"") + field + "-error\">"))
        << field;
  }
  EXPECT_TRUE(Has(bad, "value=\"i vår\"")) << "what was typed is kept";
  EXPECT_TRUE(Has(bad, "value=\"Fler väljer XQ7\""));
  EXPECT_TRUE(Has(bad, "<option value=\"active\" selected>"));
  EXPECT_TRUE(Has(bad, "name=\"aim_women\" value=\"1\" checked"));
  EXPECT_TRUE(Has(bad, "<details class=\"form-details\" open>")) << "the form is open";
  EXPECT_TRUE(Has(bad, "role=\"alert\""));
  // Nothing was saved.
  EXPECT_FALSE(Has(Get(url, team), "XQ7"));
}

TEST_F(ImprovementPagesTest, TheMeasureFormsNameEveryWrongFieldAtOnceAndKeepWhatWasTyped) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string project = "/projekt/" + std::to_string(ProjectOf("Trygg hemgång"));
  Response bad = Post(project + "/matt", team,
                      "name=&definition=Andel&kind=process&data_type=count&frequency=week&"
                      "direction=down&grouping=none&no_sex_reason=&target=mycket&"
                      "target_date=snart&baseline=1");
  EXPECT_EQ(bad.status, 422);
  for (const char* field : {"m_name", "m_no_sex_reason", "m_target", "m_target_date"}) {
    EXPECT_TRUE(Has(bad, std::string("<li><a href=\"#") + field + "\">")) << field;
    EXPECT_TRUE(Has(bad, std::string("id=\"") + field + "-error\"")) << field;
  }
  EXPECT_TRUE(Has(bad, "value=\"mycket\"")) << "what was typed is kept";
  EXPECT_TRUE(Has(bad, "<option value=\"process\" selected>"));
  EXPECT_TRUE(Has(bad, "<option value=\"count\" selected>"));
  EXPECT_TRUE(Has(bad, "<option value=\"week\" selected>"));
  EXPECT_TRUE(Has(bad, "name=\"direction\" value=\"down\" checked"));
  EXPECT_TRUE(Has(bad, "name=\"grouping\" value=\"none\" checked"));

  const std::string url = "/matt/" + std::to_string(MeasureOf("Trygg hemgång"));
  Response edit = Post(url, team,
                       "version=1&name=+&kind=outcome&direction=up&target=mycket&"
                       "target_date=snart&unit=" +
                           std::string(201, 'u'));
  EXPECT_EQ(edit.status, 422);
  for (const char* field : {"e_name", "e_unit", "e_target", "e_target_date"}) {
    EXPECT_TRUE(Has(edit, std::string("<li><a href=\"#") + field + "\">")) << field;
    EXPECT_TRUE(Has(edit, std::string("id=\"") + field + "-error\"")) << field;
  }
  EXPECT_TRUE(Has(edit, "value=\"snart\"")) << "what was typed is kept";
}

TEST_F(ImprovementPagesTest, TheSecondOfTwoSavesIsRefusedWithWhoChangedIt) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  TestClient chef = As(kDemoEmails.at("chef"));
  const std::string url = "/matt/" + std::to_string(MeasureOf("Trygg hemgång")) + "/varden";
  EXPECT_EQ(Post(url, team, "data_version=1&v.2026-10.women=3&d.2026-10.women=40").status, 303);
  Response late = Post(url, chef,
                       "data_version=1&v.2026-10.women=4&d.2026-10.women=40&v.2026-10.men=9&"
                       "d.2026-10.men=40");
  EXPECT_EQ(late.status, 409);
  // Who saved in between, by name, not e-mail.
  EXPECT_TRUE(Has(late, "Fatima Ali sparade mätvärdena")) << late.body.substr(0, 3000);
  EXPECT_FALSE(Has(late, "team@solvik.example"));
  // What the second person typed is kept, and the cell where the saved value now differs is
  // marked with it; the new version lets the next save go through.
  EXPECT_TRUE(Has(late, "name=\"v.2026-10.women\" value=\"4\""));
  EXPECT_TRUE(Has(late, "name=\"v.2026-10.men\" value=\"9\""));
  EXPECT_TRUE(Has(late, ">Fatima Ali sparade: 3 / 40</span>"));
  EXPECT_TRUE(Has(late, "name=\"data_version\" value=\"2\""));
  Response again = Post(url, chef,
                        "data_version=2&v.2026-10.women=4&d.2026-10.women=40&v.2026-10.men=9&"
                        "d.2026-10.men=40");
  EXPECT_EQ(again.status, 303);
}

TEST_F(ImprovementPagesTest, TheGridNamesEveryErrorAtOnceNextToItsCell) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string url = "/matt/" + std::to_string(MeasureOf("Trygg hemgång"));
  Response bad = Post(url + "/varden", team,
                      "data_version=1&v.2026-09.women=11%2C5&d.2026-09.women=40&"
                      "v.2026-10.men=50&d.2026-10.men=40&v.2026-11.women=3&d.2026-11.women=");
  EXPECT_EQ(bad.status, 422);
  for (const char* cell : {"v.2026-09.women", "v.2026-10.men", "v.2026-11.women"}) {
    EXPECT_TRUE(Has(bad, std::string("<li><a href=\"#") + cell + "\">")) << cell;
    EXPECT_TRUE(Has(bad, std::string("<span class=\"cell-error\" id=\"e-") + cell + "\">")) << cell;
  }
  EXPECT_TRUE(Has(bad, "value=\"11,5\"")) << "what was typed is kept";
  EXPECT_EQ(bad.body.find("autofocus"), bad.body.rfind("autofocus")) << "one cell takes the focus";
}

TEST_F(ImprovementPagesTest, AnEarlierPeriodIsAddedInTheGridKeepingWhatWasTyped) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string url = "/matt/" + std::to_string(MeasureOf("Trygg hemgång"));
  Response page = Get(url, team);
  // The demo's grid starts at its first stored month; the control offers the one before.
  const std::size_t first = page.body.find("name=\"v.");
  ASSERT_NE(first, std::string::npos);
  const std::string first_period = page.body.substr(first + 8, 7);
  EXPECT_TRUE(Has(page, "name=\"earlier\""));
  EXPECT_TRUE(Has(page, "Lägg till en tidigare period"));
  EXPECT_FALSE(Has(page, "name=\"v.2027-02.women\"")) << "no future rows";
  Response more =
      Post(url + "/varden", team, "data_version=1&earlier=1&v.2026-10.women=7&d.2026-10.women=40");
  EXPECT_EQ(more.status, 200) << more.body.substr(0, 300);
  const std::size_t added = more.body.find("name=\"v.");
  ASSERT_NE(added, std::string::npos);
  const std::string added_period = more.body.substr(added + 8, 7);
  EXPECT_LT(added_period, first_period) << "one row before the first";
  EXPECT_TRUE(Has(more, "name=\"v.2026-10.women\" value=\"7\"")) << "typing kept, unsaved";
  EXPECT_FALSE(Has(more, "cell-error"));
  EXPECT_TRUE(Has(more, "name=\"v." + added_period + ".women\" value=\"\" aria-label"))
      << more.body.substr(added, 200);
  EXPECT_NE(more.body.find("autofocus", added), std::string::npos) << "the new row takes the focus";
  EXPECT_EQ(more.body.find("autofocus"), more.body.rfind("autofocus"));
  // The new row saves like any other.
  Response saved =
      Post(url + "/varden", team,
           "data_version=1&v." + added_period + ".women=5&d." + added_period + ".women=40");
  EXPECT_EQ(saved.status, 303) << saved.body.substr(0, 300);
  EXPECT_TRUE(Has(Get(url, team), "name=\"v." + added_period + ".women\" value=\"5\""));
}

TEST_F(ImprovementPagesTest, TheTeamChoosesAnotherChartAndAStaleDefinitionIsRefused) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string url = "/matt/" + std::to_string(MeasureOf("Trygg hemgång"));
  Response saved = Post(url, team,
                        "version=1&name=N%C3%B6jd&kind=outcome&direction=up&target=80&"
                        "chart_override=run");
  EXPECT_EQ(saved.status, 303) << saved.body.substr(0, 400);
  Response page = Get(url, team);
  EXPECT_TRUE(Has(page, "Teamet har valt Seriediagram i stället."));
  Response stale = Post(url, As(kDemoEmails.at("chef")), "version=1&name=Annat&kind=outcome");
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(Has(stale, "Ändrat av team@solvik.example"));
  Response bad = Post(url, team, "version=2&name=N&kind=outcome&target=mycket");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad, "id=\"e_target-error\""));
}

TEST_F(ImprovementPagesTest, PastingFromExcelSavesEveryRow) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string url = "/matt/" + std::to_string(MeasureOf("Trygg hemgång"));
  // "2026-10\t30\t40\t28\t41\n2026-11\t31\t40\t..." form-encoded.
  Response r =
      Post(url + "/varden", team,
           "data_version=1&paste=2026-10%0930%0940%0928%0941%0A2026-11%0931%0940%0929%0941");
  EXPECT_EQ(r.status, 303);
  Response page = Get(url, team);
  EXPECT_TRUE(Has(page, "name=\"v.2026-11.men\" value=\"29\""));
}

TEST_F(ImprovementPagesTest, AOneLinePasteWithABadPeriodIsRefusedNotReportedAsSaved) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string url = "/matt/" + std::to_string(MeasureOf("Trygg hemgång"));
  Response r = Post(url + "/varden", team, "data_version=1&paste=2026-13%0930%0940%0928%0941");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(Has(r, "Rad 1: Skriv perioden som")) << r.body.substr(0, 300);
  EXPECT_TRUE(Has(r, "<details class=\"paste\" open>")) << "the paste is shown again";
}

TEST_F(ImprovementPagesTest, APasteNamesEveryBadLineAtOnceAndStopsAfterTwenty) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string url = "/matt/" + std::to_string(MeasureOf("Trygg hemgång"));
  // Line 1 is fine, line 2 has no such month, line 3 a numerator above its denominator.
  Response r = Post(url + "/varden", team,
                    "data_version=1&paste=2026-09%0930%0940%0928%0941%0A"
                    "2026-13%0930%0940%0928%0941%0A2026-10%0950%0940%0928%0941");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(Has(r, "<li><a href=\"#paste\">Rad 2: Skriv perioden som")) << r.body.substr(0, 300);
  EXPECT_TRUE(Has(r, "<li><a href=\"#paste\">Rad 3 (kvinnor): Täljaren är större"));
  EXPECT_FALSE(Has(r, "Rad 1")) << "a good line is not named";
  EXPECT_TRUE(Has(r, "2026-13\t30")) << "the paste is kept as typed";
  EXPECT_TRUE(Has(Get(url, team), "name=\"data_version\" value=\"1\"")) << "nothing saved";
  // 25 bad lines: twenty named, the rest counted.
  std::string many = "data_version=1&paste=";
  for (int i = 0; i < 25; ++i) many += "2026-13%091%092%093%094%0A";
  Response long_list = Post(url + "/varden", team, many);
  EXPECT_EQ(long_list.status, 422);
  EXPECT_TRUE(Has(long_list, "Rad 20: "));
  EXPECT_FALSE(Has(long_list, "Rad 21: "));
  EXPECT_TRUE(Has(long_list, "… och 5 fel till."));
}

TEST_F(ImprovementPagesTest, AProjectFollowsTheThreeQuestionsAndAPoliticianOnlyReads) {
  SeedDemo();
  const std::string url = "/projekt/" + std::to_string(ProjectOf("Trygg hemgång"));
  Response team = Get(url, As(kDemoEmails.at("teammedlem")));
  ASSERT_EQ(team.status, 200);
  EXPECT_TRUE(Has(team, "Vad är problemet?"));
  EXPECT_TRUE(Has(team, "Vad är det vi vill uppnå?"));
  EXPECT_TRUE(Has(team, "Hur vet vi att en förändring är en förbättring?"));
  EXPECT_TRUE(Has(team, "Vilka förändringar kan vi göra som leder till förbättringar?"));
  EXPECT_TRUE(Has(team, "3,5")) << "the current progress score, decimal comma";
  EXPECT_TRUE(Has(team, "action=\"" + url + "/matt\""));
  Response politiker = Get(url, As(kDemoEmails.at("politiker")));
  ASSERT_EQ(politiker.status, 200);
  EXPECT_FALSE(Has(politiker, "action=\"" + url + "/matt\"")) << "no forms for readers";
}

TEST_F(ImprovementPagesTest, AProjectSavedOnAnOldVersionIsRefused) {
  SeedDemo();
  const std::string url = "/projekt/" + std::to_string(ProjectOf("Trygg hemgång"));
  TestClient team = As(kDemoEmails.at("teammedlem"));
  EXPECT_EQ(Post(url, team, "version=1&title=Ny+titel&status=active").status, 303);
  Response late = Post(url, As(kDemoEmails.at("chef")), "version=1&title=Annan&status=closed");
  EXPECT_EQ(late.status, 409);
  EXPECT_TRUE(Has(late, "Ändrat av team@solvik.example"));
}

TEST_F(ImprovementPagesTest, TheApiRefusesABatchWithOneBadRowNamingIt) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string url =
      "/api/v1/measures/" + std::to_string(MeasureOf("Trygg hemgång")) + "/observations";
  HeaderList json{{"content-type", "application/json"}, {"x-csrf-token", team.csrf}};
  Response bad = Send("PUT", url, team,
                      R"({"data_version":1,"observations":[)"
                      R"({"period":"2026-10","group":"women","value":"3","denominator":"40"},)"
                      R"({"period":"2026-11","group":"men","value":"tre","denominator":"40"}]})",
                      json);
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad, "\"field\":\"row 2: men\"")) << bad.body;
  Response ok = Send("PUT", url, team,
                     R"({"data_version":1,"observations":[)"
                     R"({"period":"2026-10","group":"women","value":"3","denominator":"40"}]})",
                     json);
  EXPECT_EQ(ok.status, 200) << ok.body;
  EXPECT_TRUE(Has(ok, "\"data_version\":2"));
  Response stale = Send("PUT", url, team, R"({"data_version":1,"observations":[]})", json);
  // Who saved in between by name, as the grid page says it; the e-mail stays for programs.
  EXPECT_TRUE(IsChangedByJson(stale, "Fatima Ali", "sv"));
  EXPECT_FALSE(Has(stale, "Ändrat av team@solvik.example"));
  EXPECT_TRUE(Has(stale, "\"who_email\":\"team@solvik.example\""));
  EXPECT_TRUE(Has(stale, "\"changed_by\":\"team@solvik.example\"")) << "the older name stays";
  EXPECT_EQ(boost::json::parse(stale.body).at("error").at("version").as_int64(), 2);
  HeaderList english = json;
  english.emplace_back("accept-language", "en");
  EXPECT_TRUE(
      IsChangedByJson(Send("PUT", url, team, R"({"data_version":1,"observations":[]})", english),
                      "Fatima Ali", "en"));
}

// 1e-400 parses as 0 and "6abc" where a number is wanted is no number: both are refused naming
// the member, and nothing is saved.
TEST_F(ImprovementPagesTest, TheApiRefusesMembersOfTheWrongTypeNamingThem) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string url =
      "/api/v1/measures/" + std::to_string(MeasureOf("Trygg hemgång")) + "/observations";
  HeaderList json{{"content-type", "application/json"}, {"x-csrf-token", team.csrf}};
  auto error_of = [&](const std::string& body) {
    Response r = Send("PUT", url, team, body, json);
    EXPECT_EQ(r.status, 422) << body;
    return boost::json::parse(r.body).at("error").as_object();
  };
  auto tiny =
      error_of(R"({"data_version":1,"observations":[)"
               R"({"period":"2026-10","group":"women","value":"3","denominator":"40"},)"
               R"({"period":"2026-11","group":"women","value":1e-400,"denominator":"40"}]})");
  EXPECT_EQ(tiny.at("code"), "invalid_input");
  EXPECT_EQ(tiny.at("field"), "row 2: value");
  auto version = error_of(R"({"data_version":"6abc","observations":[]})");
  EXPECT_EQ(version.at("field"), "data_version");
  EXPECT_EQ(version.at("message"), "data_version ska vara ett heltal.");
  EXPECT_EQ(error_of(R"({"data_version":1})").at("field"), "observations");
  EXPECT_EQ(error_of("[]").at("field"), "body");
  Response grid = Get(url, team);
  EXPECT_TRUE(Has(grid, "\"data_version\":1")) << "nothing saved: " << grid.body;
}

TEST_F(ImprovementPagesTest, TheApiGivesTheAnalysisAndTheChart) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string id = std::to_string(MeasureOf("Trygg hemgång"));
  Response analysis = Get("/api/v1/measures/" + id + "/analysis", team);
  ASSERT_EQ(analysis.status, 200);
  EXPECT_TRUE(Has(analysis, "\"recommended_chart\":\"p\""));
  EXPECT_TRUE(Has(analysis, "\"gap_verdict\":\"widening\""));
  // The contract: each series verdict is one of five values, and the gap's series is the
  // difference women − men that the page draws.
  const boost::json::value body = boost::json::parse(analysis.body);
  const std::set<std::string> values = {"improved", "deteriorated", "changed", "no_signal",
                                        "too_few_points"};
  EXPECT_TRUE(values.count(std::string(body.at("total_verdict").as_string())));
  EXPECT_EQ(body.at("groups").at("verdict_a").as_string(), "improved");
  EXPECT_TRUE(values.count(std::string(body.at("groups").at("verdict_b").as_string())));
  EXPECT_TRUE(body.at("groups").as_object().contains("difference"));
  EXPECT_FALSE(body.at("groups").as_object().contains("gap")) << "|A − B| is not drawn";
  Response svg = Get("/api/v1/measures/" + id + "/chart.svg", team);
  EXPECT_EQ(svg.status, 200);
  EXPECT_NE(svg.Header("Content-Type").find("image/svg+xml"), std::string::npos);
  Response csv = Get("/matt/" + id + "/data.csv", team);
  EXPECT_EQ(csv.status, 200);
  EXPECT_TRUE(Has(csv, ";")) << "Excel's Swedish dialect";
}

// The width and height in a PNG's IHDR chunk (big-endian, bytes 16–23).
std::pair<int, int> PngSize(const std::string& png) {
  auto word = [&](std::size_t at) {
    int v = 0;
    for (std::size_t i = at; i < at + 4; ++i) v = (v << 8) | static_cast<unsigned char>(png.at(i));
    return v;
  };
  return {word(16), word(20)};
}

// Drawing a PNG takes a worker for a hundred milliseconds or more: while every slot of the
// image gate is taken, a download is answered at once with "try again", and the SVG still is.
TEST_F(ImprovementPagesTest, APngFindingEveryImageSlotTakenIsAskedToTryAgain) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string id = std::to_string(MeasureOf("Trygg hemgång"));
  {
    auto first = image_gate_.TryEnter();
    auto second = image_gate_.TryEnter();
    ASSERT_TRUE(first && second);
    Response busy = Get("/matt/" + id + "/diagram.png", team);
    EXPECT_EQ(busy.status, 429);
    EXPECT_EQ(busy.Header("Retry-After"), "1");
    EXPECT_TRUE(Has(busy, "Många bilder ritas just nu")) << busy.body;
    Response api = Get("/api/v1/measures/" + id + "/chart.png", team);
    EXPECT_EQ(api.status, 429);
    EXPECT_EQ(Get("/matt/" + id + "/diagram.svg", team).status, 200);
  }
  EXPECT_EQ(Get("/matt/" + id + "/diagram.png", team).status, 200) << "a slot is free again";
}

TEST_F(ImprovementPagesTest, AChartDownloadsAsAPngImageForSlides) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string id = std::to_string(MeasureOf("Trygg hemgång"));
  Response page = Get("/matt/" + id, team);
  EXPECT_TRUE(Has(
      page, "href=\"/matt/" + id + "/diagram.png\" download>Ladda ned diagrammet som bild (PNG)"));
  EXPECT_TRUE(Has(page, "href=\"/matt/" + id + "/diagram.png?visa=grupper\" download>"));
  for (const std::string& target :
       {"/matt/" + id + "/diagram.png", "/matt/" + id + "/diagram.png?visa=grupper",
        "/api/v1/measures/" + id + "/chart.png"}) {
    Response png = Get(target, team);
    ASSERT_EQ(png.status, 200) << target;
    EXPECT_EQ(png.Header("Content-Type"), "image/png") << target;
    EXPECT_NE(png.Header("Content-Disposition").find("matt-" + id + ".png"), std::string::npos);
    ASSERT_GT(png.body.size(), 24u);
    EXPECT_EQ(png.body.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8)) << target;
    // Twice the SVG's size (the chart is 800 pixels wide), so it stays sharp when projected.
    Response svg = Get(target.ends_with("grupper") ? "/matt/" + id + "/diagram.svg?visa=grupper"
                                                   : "/matt/" + id + "/diagram.svg",
                       team);
    const std::size_t w = svg.body.find("width=\"");
    ASSERT_NE(w, std::string::npos);
    EXPECT_EQ(PngSize(png.body).first, 2 * std::stoi(svg.body.substr(w + 7))) << target;
  }
}

}  // namespace
}  // namespace stegvis::web
