// One read per page: every GET page of the PDSA feature and its JSON twins asks the domain one
// question in one read transaction, and writes nothing (web/testing/counting_store.h).

#include <gtest/gtest.h>

#include "web/testing/page_transactions.h"

namespace stegvis::web {
namespace {

class PdsaReadsTest : public PageTransactionsTest {
 protected:
  void SetUp() override {
    PageTransactionsTest::SetUp();
    project_ = ProjectOf("Trygg hemgång");
    const domain::Id other_project = ProjectOf("Rätt tid");
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      cycle_ = tx.Pdsa().ListProjectCycles(project_).at(0).id;
      // The first team tests only the programme's ideas; the other has one of its own.
      own_idea_ = tx.Pdsa().ListProjectIdeas(other_project).at(0).id;
      package_idea_ =
          tx.Pdsa().ListProgrammeIdeas(ProgrammeIdIn(tx, "Jämställd hemtjänst")).at(0).id;
      return true;
    });
  }

  domain::Id ProgrammeIdIn(domain::StoreTx& tx, const std::string& name) {
    for (const auto& org : tx.Units().ListOrganisations()) {
      for (const auto& p : tx.Programmes().List(org.id)) {
        if (p.name == name) return p.id;
      }
    }
    return 0;
  }

  domain::Id project_ = 0, cycle_ = 0, own_idea_ = 0, package_idea_ = 0;
};

TEST_F(PdsaReadsTest, EveryPageOpensOneReadTransaction) {
  const std::string project = std::to_string(project_), cycle = std::to_string(cycle_);
  for (const char* role : {"admin", "teammedlem", "politiker"}) {
    SCOPED_TRACE(role);
    TestClient client = As(kDemoEmails.at(role));
    for (const std::string& target : {
             "/projekt/" + project + "/pgsa",
             "/pgsa/" + cycle,
             "/pgsa/" + cycle + "?sparat=1",
             "/pgsa/" + cycle + "?fas=1",
             "/pgsa/" + cycle + "?andra=plan",
             // The package idea lists the cycles of every team that tests it, of both
             // municipalities: still one read, however many cycles.
             "/forandringsideer/" + std::to_string(package_idea_),
             "/api/v1/projects/" + project + "/pdsa-cycles",
             "/api/v1/pdsa-cycles/" + cycle,
             "/api/v1/change-ideas/" + std::to_string(package_idea_),
         }) {
      ExpectOneRead(target, client);
    }
  }
  // Another team's own idea, for those whose scope reaches it.
  for (const char* role : {"admin", "politiker"}) {
    ExpectOneRead("/forandringsideer/" + std::to_string(own_idea_), As(kDemoEmails.at(role)));
  }
  // The other municipality sees the package idea too, with Solvik's cycles unlinked.
  ExpectOneRead("/forandringsideer/" + std::to_string(package_idea_), As("team@norrby.example"));
}

TEST_F(PdsaReadsTest, ARefusedPageOpensOneReadTransactionToo) {
  TestClient team = As(kDemoEmails.at("teammedlem"));
  ExpectOneRead("/projekt/" + std::to_string(ProjectOf("Rätt tid")) + "/pgsa", team, 403);
  ExpectOneRead("/forandringsideer/" + std::to_string(own_idea_), team, 403);
  ExpectOneRead("/pgsa/999999", team, 404);
}

}  // namespace
}  // namespace stegvis::web
