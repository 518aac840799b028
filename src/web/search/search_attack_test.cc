// What an attacker tries against search (/sok, /api/v1/search): finding another
// organisation's cycle text, reading managers' reflection notes without being one, query
// syntax and SQL in q, script in the data coming back in the highlighted excerpt, a huge q,
// and filters that are not what they claim to be.

#include <string>

#include <boost/json/parse.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class SearchAttackTest : public WebTest {
 protected:
  void SetUp() override { SeedDemo(); }

  // A cycle of `team`'s first project, testing a new change idea of its own.
  domain::Id AddCycle(const std::string& team, const std::string& title,
                      const std::string& learning) {
    const domain::Id project = ProjectOf(team);
    domain::Id id = 0;
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      const auto p = tx.Projects().Find(project);
      domain::PdsaCycle c;
      c.organisation_id = p->organisation_id;
      c.project_id = project;
      domain::ChangeIdea idea;
      idea.organisation_id = p->organisation_id;
      idea.project_id = project;
      idea.title = "Ny idé";
      c.change_idea_id = tx.Pdsa().CreateIdea(idea, 1);
      c.content.title = title;
      c.content.learning = learning;
      c.created_at = c.updated_at = 1;
      id = tx.Pdsa().CreateCycle(c);
      return true;
    });
    return id;
  }

  boost::json::array Results(const std::string& query, const TestClient& client) {
    Response r = Get("/api/v1/search?" + query, client);
    EXPECT_EQ(r.status, 200) << query << ": " << r.body;
    return boost::json::parse(r.body).as_object().at("results").as_array();
  }
};

TEST_F(SearchAttackTest, AnotherOrganisationsCycleTextIsNeverFound) {
  AddCycle("Hela dagen", "Nattsköterskans hemliga rutin", "Zirkonrutinen fungerade");
  // Norrby's own team member finds it...
  EXPECT_EQ(Results("q=zirkonrutin", As("team@norrby.example")).size(), 1u);
  // ... no one in Solvik does: not the title, not a count, on the page or in the API.
  for (const auto& [role, email] : kDemoEmails) {
    TestClient client = As(email);
    EXPECT_TRUE(Results("q=zirkonrutin", client).empty()) << role;
    Response page = Get("/sok?q=zirkonrutin", client);
    EXPECT_EQ(page.status, 200);
    EXPECT_FALSE(Has(page, "hemliga rutin")) << role;
    EXPECT_FALSE(Has(page, "search-result__title")) << role;
  }
}

TEST_F(SearchAttackTest, ACycleOnAPackageIdeaSharesOnlyWhatTheIdeasPageShows) {
  // Trygg hemgång (Solvik) tests a change package's idea; Norrby takes part in the programme.
  const domain::Id project = ProjectOf("Trygg hemgång");
  domain::Id cycle = 0, idea = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    const auto p = tx.Projects().Find(project);
    idea = tx.Pdsa().ListProgrammeIdeas(*p->programme_id).front().id;
    domain::PdsaCycle c;
    c.organisation_id = p->organisation_id;
    c.project_id = project;
    c.change_idea_id = idea;
    c.content.title = "Uppföljning hos brukaren";
    c.content.observations = "Zirkonobservation hos Anna";
    c.content.learning = "Kobaltlärdomen håller";
    c.created_at = c.updated_at = 1;
    cycle = tx.Pdsa().CreateCycle(c);
    return true;
  });
  TestClient norrby = As("team@norrby.example");
  const boost::json::array shared = Results("q=kobaltlärdomen", norrby);
  ASSERT_EQ(shared.size(), 1u);
  EXPECT_EQ(shared[0].at("kind").as_string(), "learning");
  EXPECT_EQ(shared[0].at("url").as_string(),
            "/forandringsideer/" + std::to_string(idea) + "#cykel-" + std::to_string(cycle));
  // Nothing else of the cycle finds it, on the page or in the API.
  EXPECT_TRUE(Results("q=zirkonobservation", norrby).empty());
  EXPECT_FALSE(Has(Get("/sok?q=zirkonobservation", norrby), "Uppföljning hos brukaren"));
  // The cycle's own team finds the whole cycle, as a cycle, once.
  const boost::json::array own = Results("q=zirkonobservation", As(kDemoEmails.at("teammedlem")));
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0].at("kind").as_string(), "cycle");
  EXPECT_EQ(Results("q=kobaltlärdomen", As(kDemoEmails.at("teammedlem"))).size(), 1u);
}

TEST_F(SearchAttackTest, ReflectionNotesAreFoundOnlyByTheirReaders) {
  TestClient chef = As(kDemoEmails.at("chef"));
  ASSERT_EQ(Post("/reflektioner", chef,
                 "kind=meeting&held_on=2026-01-10&title=Samtal+om+arbetsmilj%C3%B6n&text="
                 "Personalens+v%C3%A4lm%C3%A5ende+och+sjukskrivningar&unit_ids=" +
                     std::to_string(UnitNamed("Vård- och omsorgsförvaltningen")))
                .status,
            303);
  EXPECT_EQ(Results("q=sjukskrivningar", chef).size(), 1u);
  EXPECT_EQ(Results("q=sjukskrivningar", As(kDemoEmails.at("strateg"))).size(), 1u);
  for (const char* role : {"teammedlem", "politiker"}) {
    TestClient client = As(kDemoEmails.at(role));
    EXPECT_TRUE(Results("q=sjukskrivningar", client).empty()) << role;
    EXPECT_TRUE(Results("q=sjukskrivningar&kind=reflection", client).empty()) << role;
    EXPECT_FALSE(Has(Get("/sok?q=sjukskrivningar", client), "arbetsmiljön")) << role;
  }
}

TEST_F(SearchAttackTest, QuerySyntaxAndSqlInQAreOnlyWords) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  for (const char* q : {"%27+OR+1%3D1+--", "%22%2A%22+OR+NEAR%28", "kontakt%3A%2A+%7C+%21x",
                        "x%27%29%3B+DROP+TABLE+search_documents%3B+--", "%2A"}) {
    Response api = Get(std::string("/api/v1/search?q=") + q, member);
    EXPECT_TRUE(api.status == 200 || api.status == 422) << q << ": " << api.status;
    EXPECT_NE(Get(std::string("/sok?q=") + q, member).status, 500) << q;
  }
  // The index is still there and answers.
  EXPECT_FALSE(Results("q=kontaktperson", member).empty());
}

TEST_F(SearchAttackTest, ScriptInTheDataComesBackEscapedInsideTheMarks) {
  AddCycle("Trygg hemgång", "<script>alert(1)</script> Lodjursrutin",
           "<img src=x onerror=alert(2)> lodjursrutinen</mark><b>x</b>");
  TestClient member = As(kDemoEmails.at("teammedlem"));
  Response page = Get("/sok?q=lodjursrutin", member);
  ASSERT_EQ(page.status, 200);
  EXPECT_FALSE(Has(page, "<script>alert(1)"));
  EXPECT_FALSE(Has(page, "<img src=x"));
  EXPECT_FALSE(Has(page, "</mark><b>"));
  EXPECT_TRUE(Has(page, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_TRUE(Has(page, "<mark>lodjursrutinen</mark>&lt;/mark&gt;&lt;b&gt;"));
  // The JSON gives the excerpt as text, never markup of its own.
  const auto results = Results("q=lodjursrutin", member);
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].at("excerpt").as_string().find("<mark>"), std::string::npos);
}

TEST_F(SearchAttackTest, AHugeQueryIsRefusedWithAClearError) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  const std::string huge(5000, 'a');
  Response api = Get("/api/v1/search?q=" + huge, member);
  EXPECT_EQ(api.status, 422);
  EXPECT_TRUE(Has(api, "\"field\":\"q\""));
  Response page = Get("/sok?q=" + huge, member);
  EXPECT_EQ(page.status, 422);
  EXPECT_TRUE(Has(page, "Sökningen får vara högst 200 tecken."));
}

TEST_F(SearchAttackTest, BadFiltersAreRefused) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  const std::string norrby_unit = std::to_string(UnitNamed("Hemtjänst Centrum"));
  for (const std::string& filter :
       {std::string("kind=everything"), std::string("decision=drop"), std::string("programme=abc"),
        std::string("unit=") + norrby_unit, std::string("goal=-1"), std::string("from=2026-13-45"),
        std::string("from=2026-05-01&to=2026-01-01"), std::string("next=-1"),
        std::string("next=100000")}) {
    Response r = Get("/api/v1/search?q=kontaktperson&" + filter, member);
    EXPECT_EQ(r.status, 422) << filter << ": " << r.body;
  }
  EXPECT_EQ(Get("/api/v1/search?q=", member).status, 422);
  EXPECT_EQ(Get("/api/v1/search?q=och+alla", member).status, 422);  // only stop words
  EXPECT_EQ(Get("/sok?q=kontaktperson&beslut=drop", member).status, 422);
  EXPECT_EQ(Get("/sok?q=kontaktperson&enhet=" + norrby_unit, member).status, 422);
}

}  // namespace
}  // namespace stegvis::web
