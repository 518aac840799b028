// What an attacker tries against the report to the nämnd: another organisation's unit, a
// politician scoped to one unit reading another (or the unit above theirs), a team member,
// and periods out of bounds or not periods at all, on the page and in the API.

#include <boost/json/parse.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class UnitReportAttackTest : public WebTest {
 protected:
  void SetUp() override { SeedDemo(); }

  // A politician whose role covers only `unit`.
  TestClient PoliticianOf(const std::string& unit) {
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      const domain::Id org = tx.Units().ListOrganisations().front().id;
      const domain::Id id =
          tx.Users().Create({org, "ledamot@solvik.example", "Ledamot", "sv", "x"}, 1);
      tx.Users().AddMembership(
          {0, id, domain::Role::kPolitiker, domain::ScopeKind::kUnit, UnitNamed(unit)}, 1);
      return true;
    });
    return As("ledamot@solvik.example");
  }

  static std::string Page(domain::Id unit) { return "/enhet/" + std::to_string(unit) + "/rapport"; }
  static std::string Api(domain::Id unit) {
    return "/api/v1/units/" + std::to_string(unit) + "/report";
  }
};

TEST_F(UnitReportAttackTest, AnotherOrganisationsUnitIsNotFound) {
  const domain::Id norrby = UnitNamed("Omsorgsnämnden");
  const domain::Id solvik = UnitNamed("Hemtjänst Norr");
  ASSERT_NE(norrby, 0);
  TestClient politiker = As(kDemoEmails.at("politiker"));
  EXPECT_EQ(Get(Page(norrby), politiker).status, 404);
  EXPECT_EQ(Get(Api(norrby), politiker).status, 404);
  TestClient norrby_admin = As("admin@norrby.example");
  EXPECT_EQ(Get(Page(solvik), norrby_admin).status, 404);
  EXPECT_EQ(Get(Api(solvik) + "?period=2026-T2", norrby_admin).status, 404);
  EXPECT_EQ(Get(Page(999999), politiker).status, 404);
}

TEST_F(UnitReportAttackTest, APoliticianScopedToOneUnitReadsNoOther) {
  TestClient ledamot = PoliticianOf("Hemtjänst Norr");
  Response own = Get(Page(UnitNamed("Hemtjänst Norr")) + "?period=2026-T2", ledamot);
  ASSERT_EQ(own.status, 200);
  EXPECT_TRUE(Has(own, "Trygg och jämställd hemgång"));
  EXPECT_FALSE(Has(own, "Rätt tid")) << "Hemtjänst Söder's team is outside the scope";
  for (const char* other : {"Hemtjänst Söder", "Vård- och omsorgsförvaltningen",
                            "Vård- och omsorgsnämnden", "Barn- och utbildningsnämnden"}) {
    EXPECT_EQ(Get(Page(UnitNamed(other)), ledamot).status, 403) << other;
    EXPECT_EQ(Get(Api(UnitNamed(other)), ledamot).status, 403) << other;
  }
  Response home = Get("/", ledamot);
  EXPECT_TRUE(Has(home, "/rapport\">Rapport till nämnden: Hemtjänst Norr</a>"));
  EXPECT_FALSE(Has(home, "Rapport till nämnden: Vård- och omsorgsnämnden"));
}

TEST_F(UnitReportAttackTest, ATeamMemberGetsNoReport) {
  TestClient team = As(kDemoEmails.at("teammedlem"));
  EXPECT_EQ(Get(Page(UnitNamed("Hemtjänst Norr")), team).status, 403);
  EXPECT_EQ(Get(Api(UnitNamed("Hemtjänst Norr")), team).status, 403);
}

TEST_F(UnitReportAttackTest, PeriodsOutOfBoundsAreRefusedInWords) {
  TestClient politiker = As(kDemoEmails.at("politiker"));
  const domain::Id unit = UnitNamed("Hemtjänst Norr");
  std::string long_period;
  for (int i = 0; i < 2000; ++i) long_period += "2026-T2";
  for (const std::string& bad :
       {std::string("2026-T4"), std::string("2026-T0"), std::string("1899"),
        std::string("99999-T1"), std::string("2026-Q2"), std::string("%3Cscript%3E"),
        std::string(""), long_period}) {
    Response page = Get(Page(unit) + "?period=" + bad, politiker);
    EXPECT_EQ(page.status, 422) << bad.substr(0, 20);
    EXPECT_TRUE(Has(page, "Ange perioden som ett tertial")) << bad.substr(0, 20);
    EXPECT_FALSE(Has(page, "<script>"));
    Response api = Get(Api(unit) + "?period=" + bad, politiker);
    ASSERT_EQ(api.status, 422) << bad.substr(0, 20);
    const boost::json::object error = boost::json::parse(api.body).at("error").as_object();
    EXPECT_EQ(error.at("errors").as_array().at(0).at("field"), "period");
    EXPECT_EQ(error.at("code"), "invalid_input");
  }
  // A period that has not begun (the fixture's clock stands in January 2027).
  Response future = Get(Api(unit) + "?period=2027-T2", politiker);
  EXPECT_EQ(future.status, 422);
  EXPECT_TRUE(Has(future, "has not begun") || Has(future, "har inte börjat"));
}

}  // namespace
}  // namespace stegvis::web
