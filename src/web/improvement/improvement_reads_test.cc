// One read per page: every GET page and download of the improvement feature asks the domain
// one question in one read transaction, and writes nothing (web/testing/counting_store.h).

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "web/testing/page_transactions.h"

namespace stegvis::web {
namespace {

using ImprovementReadsTest = PageTransactionsTest;

TEST_F(ImprovementReadsTest, EveryPageOpensOneReadTransaction) {
  const std::string project = std::to_string(ProjectOf("Trygg hemgång"));
  const std::string measure = std::to_string(MeasureOf("Trygg hemgång"));
  for (const char* role : {"admin", "teammedlem", "politiker"}) {
    SCOPED_TRACE(role);
    TestClient client = As(kDemoEmails.at(role));
    for (const std::string& target : {
             "/projekt/" + project,
             "/projekt/" + project + "?sparat=1&malfel=mal-project",
             "/projekt/" + project + "/berattelse",
             "/projekt/" + project + "/berattelse?sparat=1",
             "/matt/" + measure,
             "/matt/" + measure + "?sparat=1&fas=1&malfel=mal-measure",
             "/matt/" + measure + "/diagram.svg",
             "/matt/" + measure + "/diagram.svg?visa=grupper",
             "/matt/" + measure + "/diagram.png",
             "/matt/" + measure + "/data.csv",
             "/matt/" + measure + "/data.csv?visa=women",
             std::string("/api/v1/teams"),
             std::string("/api/v1/projects"),
             "/api/v1/projects/" + project,
             "/api/v1/projects/" + project + "/measures",
             "/api/v1/projects/" + project + "/story",
             "/api/v1/measures/" + measure + "/observations",
             "/api/v1/measures/" + measure + "/analysis",
             "/api/v1/measures/" + measure + "/chart.svg",
         }) {
      ExpectOneRead(target, client);
    }
  }
}

TEST_F(ImprovementReadsTest, ARefusedPageOpensOneReadTransactionToo) {
  TestClient team = As(kDemoEmails.at("teammedlem"));
  ExpectOneRead("/projekt/" + std::to_string(ProjectOf("Rätt tid")), team, 403);
  ExpectOneRead("/matt/" + std::to_string(MeasureOf("Rätt tid")), team, 403);
  ExpectOneRead("/projekt/999999", team, 404);
  ExpectOneRead("/projekt/" + std::to_string(ProjectOf("Rätt tid")) + "/berattelse", team, 403);
  ExpectOneRead("/matt/" + std::to_string(MeasureOf("Trygg hemgång")) + "/data.csv?visa=girls",
                team, 404);
}

// The answer to a saved batch is the grid as that write committed it: no read after the
// commit, where another save could already have moved data_version on.
TEST_F(ImprovementReadsTest, ASavedBatchIsAnsweredFromItsOwnWrite) {
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string url =
      "/api/v1/measures/" + std::to_string(MeasureOf("Trygg hemgång")) + "/observations";
  HeaderList json{{"content-type", "application/json"}, {"x-csrf-token", team.csrf}};
  counting_store_->Reset();
  Response ok = Send("PUT", url, team,
                     R"({"data_version":1,"observations":[)"
                     R"({"period":"2026-10","group":"women","value":"3","denominator":"40"}]})",
                     json);
  EXPECT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(boost::json::parse(ok.body).at("data_version").as_int64(), 2);
  EXPECT_EQ(counting_store_->writes(), 1);
  EXPECT_EQ(counting_store_->reads(), 0);
}

}  // namespace
}  // namespace stegvis::web
