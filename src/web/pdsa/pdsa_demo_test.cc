// The PDSA work of the demo and what follows a decision, through the real route table and a
// real SQLite store: the demo's cycles in every phase and decision, the new phase an adopted
// idea or a sustained shift offers (page and JSON), and the change package a strateg fills.

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include <boost/json/parse.hpp>

#include "web/pdsa/pdsa_views.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class PdsaDemoTest : public WebTest {};

TEST_F(PdsaDemoTest, TheDemoHasCyclesInEveryPhaseAndDecision) {
  SeedDemo();
  std::set<std::string> phases, decisions;
  int cycles = 0;
  domain::Id shared_idea = 0;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    for (const auto& org : tx.Units().ListOrganisations()) {
      for (const auto& team : tx.Teams().List(org.id)) {
        for (const auto& project : tx.Projects().List(team.id)) {
          for (const auto& c : tx.Pdsa().ListProjectCycles(project.id)) {
            ++cycles;
            phases.insert(std::string(domain::PdsaPhaseName(c.phase)));
            decisions.insert(std::string(domain::PdsaDecisionName(c.content.decision)));
          }
        }
      }
      for (const auto& p : tx.Programmes().List(org.id)) {
        for (const auto& idea : tx.Pdsa().ListProgrammeIdeas(p.id)) {
          if (idea.title == "Brukaren väljer tid vid inskrivningen") shared_idea = idea.id;
        }
      }
    }
    return true;
  });
  // Twenty of the teams' own, and Norrby's first cycle on the idea it took from Rätt tid
  // (domain/demo_spread.cc).
  EXPECT_EQ(cycles, 21);
  EXPECT_EQ(phases, (std::set<std::string>{"plan", "do", "study", "act", "done"}));
  EXPECT_EQ(decisions, (std::set<std::string>{"", "adopt", "adapt", "abandon"}));
  // A team in the other municipality learns from the host's teams' tests of a package idea.
  Response idea =
      Get("/api/v1/change-ideas/" + std::to_string(shared_idea), As("team@norrby.example"));
  ASSERT_EQ(idea.status, 200) << idea.body;
  const boost::json::array rows = boost::json::parse(idea.body).at("pdsa_cycles").as_array();
  ASSERT_EQ(rows.size(), 4u);
  // Cycle numbers count per project: every row says whose, ordered by team then number.
  std::vector<std::string> whose;
  for (const auto& row : rows) {
    whose.push_back(std::string(row.at("team").as_string()) + " (" +
                    std::string(row.at("organisation").as_string()) + ") " +
                    std::to_string(row.at("number").as_int64()));
  }
  EXPECT_EQ(whose, (std::vector<std::string>{
                       "Rätt tid (Solviks kommun) 1", "Trygg hemgång (Solviks kommun) 1",
                       "Trygg hemgång (Solviks kommun) 2", "Trygg hemgång (Solviks kommun) 5"}));
  // The page says the same, with the organisation in its own column.
  Response idea_page =
      Get("/forandringsideer/" + std::to_string(shared_idea), As("team@norrby.example"));
  ASSERT_EQ(idea_page.status, 200);
  EXPECT_NE(idea_page.body.find("<th scope=\"col\">Kommun/organisation</th>"), std::string::npos);
  const std::size_t first = idea_page.body.find(">Rätt tid</td>");
  const std::size_t second = idea_page.body.find(">Trygg hemgång</td>");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(second, std::string::npos);
  EXPECT_LT(first, second) << "ordered by team";
  EXPECT_NE(idea_page.body.find(">Solviks kommun</td>", first), std::string::npos);
  // The project page answers its third question with the team's ideas and cycles.
  const std::string project = std::to_string(ProjectOf("Trygg hemgång"));
  Response page = Get("/projekt/" + project, As(kDemoEmails.at("teammedlem")));
  EXPECT_NE(page.body.find("PGSA 2: Välja tid vid inskrivningen, alla nya brukare"),
            std::string::npos);
  EXPECT_NE(page.body.find("href=\"/projekt/" + project + "/pgsa\""), std::string::npos);
}

}  // namespace
}  // namespace stegvis::web

namespace stegvis::web {
namespace {

using PdsaPhaseTest = WebTest;

TEST_F(PdsaPhaseTest, AnAdoptAndASustainedShiftOfferANewPhaseThatOneClickStarts) {
  SeedDemo();
  domain::Id measure = 0;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    for (const auto& org : tx.Units().ListOrganisations()) {
      for (const auto& team : tx.Teams().List(org.id)) {
        for (const auto& project : tx.Projects().List(team.id)) {
          for (const auto& m : tx.Measures().ListOfProject(project.id)) {
            if (team.name == "Hela dagen" && m.name.starts_with("Genomförandeplan")) {
              measure = m.id;
            }
          }
        }
      }
    }
    return true;
  });
  ASSERT_NE(measure, 0);
  const std::string url = "/matt/" + std::to_string(measure);
  TestClient team = As("team@norrby.example");
  Response page = Get(url, team);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("PGSA 3: Anta"), std::string::npos) << "the adopted cycle's marker";
  EXPECT_NE(page.body.find("Börja en ny fas från oktober 2025"), std::string::npos);
  EXPECT_NE(page.body.find("name=\"period\" value=\"2025-10\""), std::string::npos);
  const std::string cycle = [&] {
    auto pos = page.body.find("name=\"cycle_id\" value=\"");
    pos += std::string("name=\"cycle_id\" value=\"").size();
    return page.body.substr(pos, page.body.find('"', pos) - pos);
  }();

  Response wrong = Post(url + "/fas", team, "cycle_id=" + cycle + "&period=2025-11");
  EXPECT_EQ(wrong.Header("Location"), url) << "only the proposed phase starts";
  Response started = Post(url + "/fas", team, "cycle_id=" + cycle + "&period=2025-10");
  EXPECT_EQ(started.status, 303);
  EXPECT_EQ(started.Header("Location"), url + "?fas=1");
  Response after = Get(url + "?fas=1", team);
  EXPECT_NE(after.body.find("En ny fas är startad"), std::string::npos);
  EXPECT_EQ(after.body.find("Börja en ny fas"), std::string::npos) << "offered once";
  EXPECT_EQ(Post(url + "/fas", team, "cycle_id=" + cycle + "&period=2025-10").Header("Location"),
            url)
      << "a second click starts nothing";
  int phases = 0;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    phases = static_cast<int>(tx.Measures().ListPhases(measure).size());
    EXPECT_EQ(tx.Audit().List("measure_phase", tx.Measures().ListPhases(measure)[0].id).size(), 1u);
    return true;
  });
  EXPECT_EQ(phases, 1);
  EXPECT_EQ(Post(url + "/fas", As(kDemoEmails.at("teammedlem")), "cycle_id=" + cycle).status, 404)
      << "another organisation's measure";
}

// The same through the API: the analysis proposes the phase, a POST starts exactly that one.
TEST_F(PdsaPhaseTest, TheApiReadsTheProposedPhaseAndStartsIt) {
  SeedDemo();
  TestClient team = As("team@norrby.example");
  domain::Id measure = 0;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    for (const auto& org : tx.Units().ListOrganisations())
      for (const auto& t : tx.Teams().List(org.id))
        for (const auto& project : tx.Projects().List(t.id))
          for (const auto& m : tx.Measures().ListOfProject(project.id))
            if (t.name == "Hela dagen" && m.name.starts_with("Genomförandeplan")) measure = m.id;
    return true;
  });
  ASSERT_NE(measure, 0);
  const std::string analysis = "/api/v1/measures/" + std::to_string(measure) + "/analysis";
  const std::string phases = "/api/v1/measures/" + std::to_string(measure) + "/phases";
  boost::json::value before = boost::json::parse(Get(analysis, team).body);
  ASSERT_TRUE(before.at("phase_proposal").is_object()) << before;
  EXPECT_EQ(before.at("phases").as_array().size(), 0u);
  const boost::json::object& proposal = before.at("phase_proposal").as_object();
  EXPECT_EQ(proposal.at("period").as_string(), "2025-10");
  const std::int64_t cycle = proposal.at("cycle_id").as_int64();
  auto post = [&](const TestClient& client, const std::string& json) {
    return Send("POST", phases, client, json,
                {{"content-type", "application/json"}, {"x-csrf-token", client.csrf}});
  };
  const std::string body = R"({"cycle_id": )" + std::to_string(cycle) + R"(, "period": "2025-10"})";
  EXPECT_EQ(
      post(team, R"({"cycle_id": )" + std::to_string(cycle) + R"(, "period": "2025-11"})").status,
      409)
      << "only the proposed phase starts";
  EXPECT_EQ(post(team, R"({"period": "2025-10"})").status, 422) << "the cycle is named";
  EXPECT_EQ(post(As(kDemoEmails.at("teammedlem")), body).status, 404)
      << "another organisation's measure";
  Response started = post(team, body);
  ASSERT_EQ(started.status, 201) << started.body;
  EXPECT_EQ(boost::json::parse(started.body).at("starts_period").as_string(), "2025-10");
  boost::json::value after = boost::json::parse(Get(analysis, team).body);
  EXPECT_TRUE(after.at("phase_proposal").is_null()) << "offered once";
  ASSERT_EQ(after.at("phases").as_array().size(), 1u);
  EXPECT_EQ(after.at("phases").as_array()[0].at("cycle_id").as_int64(), cycle);
  EXPECT_EQ(post(team, body).status, 409) << "a second call starts nothing";
}

}  // namespace
}  // namespace stegvis::web

namespace stegvis::web {
namespace {

using PdsaPackageTest = WebTest;

TEST_F(PdsaPackageTest, StrategistsAddIdeasToTheChangePackageThatTeamsThenTest) {
  SeedDemo();
  const std::string programme = "/program/" + std::to_string(ProgrammeId("Jämställd hemtjänst"));
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response page = Get(programme, strateg);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Samma kontaktperson varje vecka"), std::string::npos);
  EXPECT_NE(page.body.find("action=\"" + programme + "/forandringsideer\""), std::string::npos);
  Response empty = Post(programme + "/forandringsideer", strateg, "idea_title=+");
  EXPECT_EQ(empty.Header("Location"), programme + "?fel=ide#forandringspaket");
  EXPECT_NE(Get(programme + "?fel=ide", strateg).body.find("id=\"idea_title-error\""),
            std::string::npos);
  Response added = Post(programme + "/forandringsideer", strateg,
                        "idea_title=Kv%C3%A4llsfika&idea_description=");
  ASSERT_EQ(added.status, 303);
  EXPECT_TRUE(added.Header("Location").starts_with("/forandringsideer/"));
  EXPECT_EQ(
      Post(programme + "/forandringsideer", As(kDemoEmails.at("chef")), "idea_title=X").status,
      403);
  Response team = Get("/projekt/" + std::to_string(ProjectOf("Trygg hemgång")) + "/pgsa",
                      As(kDemoEmails.at("teammedlem")));
  EXPECT_NE(team.body.find("Kvällsfika"), std::string::npos) << "the team may test it now";
  EXPECT_EQ(Get(programme, As(kDemoEmails.at("teammedlem"))).body.find("name=\"idea_title\""),
            std::string::npos)
      << "team members read the package but do not change it";
}

}  // namespace
}  // namespace stegvis::web
