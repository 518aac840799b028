// One read per page: every GET page, download and JSON twin of the goals feature asks the
// domain one question in one read transaction, and writes nothing
// (web/testing/counting_store.h).

#include <gtest/gtest.h>

#include "web/testing/page_transactions.h"

namespace stegvis::web {
namespace {

using GoalsReadsTest = PageTransactionsTest;

TEST_F(GoalsReadsTest, EveryPageOpensOneReadTransaction) {
  const std::string goal = std::to_string(GoalId("cemr", "9"));
  const std::string unit = std::to_string(TeamById(TeamId("Trygg hemgång")).unit_id);
  const std::string programme = std::to_string(ProgrammeId("Jämställd hemtjänst"));
  const std::string project = std::to_string(ProjectOf("Trygg hemgång"));
  const std::string measure = std::to_string(MeasureOf("Trygg hemgång"));
  for (const char* role : {"admin", "strateg", "teammedlem", "politiker"}) {
    SCOPED_TRACE(role);
    TestClient client = As(kDemoEmails.at(role));
    for (const std::string& target : {
             std::string("/mal"),
             "/mal?enhet=" + unit,
             std::string("/mal/katalog"),
             std::string("/mal/katalog?sparat=1"),
             "/mal/katalog/" + goal,
             "/mal/katalog/" + goal + "?sparat=1",
             std::string("/rapport/konsuppdelning"),
             "/rapport/konsuppdelning?enhet=" + unit,
             std::string("/rapport/konsuppdelning.csv"),
             "/rapport/konsuppdelning.csv?enhet=" + unit,
             std::string("/api/v1/goals"),
             "/api/v1/goals/" + goal,
             std::string("/api/v1/goal-overview"),
             "/api/v1/goal-overview?unit=" + unit,
             std::string("/api/v1/reports/sex-disaggregation"),
             "/api/v1/programmes/" + programme + "/goals",
             "/api/v1/projects/" + project + "/goals",
             "/api/v1/projects/" + project + "/aim-goals",
             "/api/v1/measures/" + measure + "/goals",
         }) {
      ExpectOneRead(target, client);
    }
  }
}

TEST_F(GoalsReadsTest, ARefusedPageOpensOneReadTransactionToo) {
  TestClient team = As(kDemoEmails.at("teammedlem"));
  ExpectOneRead("/mal/katalog/999999", team, 404);
  ExpectOneRead("/mal?enhet=999999", team, 404);
  ExpectOneRead("/api/v1/projects/" + std::to_string(ProjectOf("Rätt tid")) + "/goals", team, 403);
}

}  // namespace
}  // namespace stegvis::web
