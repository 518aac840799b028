// The start page's "what needs you now": a team member's open cycles and measures waiting for
// values, with links; nothing of it for a politician; the first steps for the admin of a new
// installation; a chef's missing reports and new signals of the teams in their units; in
// Swedish and English.

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

using HomePageTest = WebTest;

TEST_F(HomePageTest, ATeamMemberSeesWhatWaitsForThem) {
  SeedDemo();
  Response home = Get("/", As(kDemoEmails.at("teammedlem")));
  ASSERT_EQ(home.status, 200);
  EXPECT_TRUE(Has(home, "Det här väntar på dig"));
  EXPECT_TRUE(Has(home, "Pågående PGSA-cykler i dina team"));
  EXPECT_TRUE(Has(home, "href=\"/pgsa/"));
  EXPECT_TRUE(Has(home, "Mätningar som väntar på värden"));
  // The fixture's today is 2027-01-15: the demo's measures lack December 2026.
  EXPECT_TRUE(Has(home, "inget värde för december 2026")) << home.body;
  EXPECT_TRUE(Has(home, "href=\"/matt/"));
  // The demo's sustained project: its alert, and the next review of the plan the member owns.
  EXPECT_TRUE(Has(home, "Vinster som kan glida"));
  EXPECT_TRUE(Has(home, "Fall nattetid per månad – "));
  EXPECT_TRUE(Has(home, "Nästa uppföljning av planer du äger"));
  EXPECT_TRUE(Has(home, "/vidmakthall\""));

  Response en = Get("/?lang=en", As(kDemoEmails.at("teammedlem")));
  EXPECT_TRUE(Has(en, "What needs you now"));
  EXPECT_TRUE(Has(en, "no value for December 2026")) << en.body;
}

TEST_F(HomePageTest, APoliticianHasNoTeamWorkWaiting) {
  SeedDemo();
  Response home = Get("/", As(kDemoEmails.at("politiker")));
  ASSERT_EQ(home.status, 200);
  EXPECT_FALSE(Has(home, "Det här väntar på dig"));
  EXPECT_FALSE(Has(home, "href=\"/pgsa/"));
  EXPECT_FALSE(Has(home, "/vidmakthall")) << "no team's alerts or reviews";
}

TEST_F(HomePageTest, TheChefSeesTheAlertAndTheMissedReviewOfATeamInTheirUnits) {
  SeedDemo();
  Response home = Get("/", As(kDemoEmails.at("chef")));
  ASSERT_EQ(home.status, 200);
  EXPECT_TRUE(Has(home, "Vinster som kan glida"));
  EXPECT_TRUE(Has(home, "Missade uppföljningar"));
  EXPECT_FALSE(Has(home, "Nästa uppföljning av planer du äger")) << "the chef owns no plan";
}

TEST_F(HomePageTest, TheFirstAdminOfANewInstallationGetsTheFirstSteps) {
  store_->Migrate();
  ASSERT_TRUE(store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    const domain::Id org = tx.Units().CreateOrganisation("Nystads kommun", 1);
    const domain::Id id = tx.Users().Create({org, "admin@nystad.example", "A", "sv", "x"}, 1);
    tx.Users().AddMembership({0, id, domain::Role::kAdmin, domain::ScopeKind::kOrganisation, org},
                             1);
    return true;
  }));
  Response home = Get("/", As("admin@nystad.example"));
  ASSERT_EQ(home.status, 200);
  EXPECT_TRUE(Has(home, "Kom igång"));
  EXPECT_TRUE(Has(home, "<a href=\"/admin/struktur\">Lägg in nämnder, förvaltningar och enheter"));
  EXPECT_TRUE(Has(home, "<a href=\"/admin/anvandare\">Lägg in personerna"));
  EXPECT_TRUE(Has(home, "<a href=\"/program\">Starta det första programmet eller projektet"));
  EXPECT_FALSE(Has(home, "Klart</span>")) << "nothing is done yet";

  Response en = Get("/?lang=en", As("admin@nystad.example"));
  EXPECT_TRUE(Has(en, "Getting started"));
  EXPECT_TRUE(Has(en, "To do"));
}

TEST_F(HomePageTest, TheDemoAdminHasNoStepsLeft) {
  SeedDemo();
  Response home = Get("/", As(kDemoEmails.at("admin")));
  ASSERT_EQ(home.status, 200);
  EXPECT_FALSE(Has(home, "Kom igång"));
}

TEST_F(HomePageTest, TheChefSeesTheMissingReportsAndNewSignalsOfTheTeamsInTheirUnits) {
  SeedDemo();
  Response home = Get("/", As(kDemoEmails.at("chef")));
  ASSERT_EQ(home.status, 200);
  // The fixture's today is 2027-01-15: the demo's "Rätt tid" has not sent December's report.
  EXPECT_TRUE(Has(home, "<h3>Månadsrapporter som saknas</h3>")) << home.body;
  EXPECT_TRUE(Has(home, "/manadsrapport/2026-12\">Månadsrapport december 2026</a>"));
  EXPECT_TRUE(Has(home, "skulle vara inskickad senast 2027-01-05"));
  // The night-time falls of "Trygg hemgång" rose in December, the way they should not.
  EXPECT_TRUE(Has(home, "<h3>Nya signaler i mätningarna</h3>"));
  EXPECT_TRUE(Has(home, "Fall nattetid per månad</a>"));
  EXPECT_TRUE(Has(home, "<strong>Totalt: ny signal om försämring, december 2026</strong>"));

  Response en = Get("/?lang=en", As(kDemoEmails.at("chef")));
  EXPECT_TRUE(Has(en, "<h3>Monthly reports missing</h3>"));
  EXPECT_TRUE(Has(en, "was due by 2027-01-05"));
  EXPECT_TRUE(Has(en, "Total: new sign of deterioration, December 2026")) << en.body;
}

TEST_F(HomePageTest, TheTeamMemberAndThePoliticianGetNoManagersLists) {
  SeedDemo();
  for (const char* who : {"teammedlem", "politiker", "admin"}) {
    Response home = Get("/", As(kDemoEmails.at(who)));
    ASSERT_EQ(home.status, 200);
    EXPECT_FALSE(Has(home, "Månadsrapporter som saknas")) << who;
    EXPECT_FALSE(Has(home, "Nya signaler i mätningarna")) << who;
  }
}

}  // namespace
}  // namespace stegvis::web
