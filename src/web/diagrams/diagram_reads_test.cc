// One read per page: the theory of change and the driver diagram, their downloads and JSON
// twins each ask the domain one question in one read transaction, and write nothing
// (web/testing/counting_store.h).

#include <gtest/gtest.h>

#include "web/testing/page_transactions.h"

namespace stegvis::web {
namespace {

using DiagramReadsTest = PageTransactionsTest;

TEST_F(DiagramReadsTest, EveryPageOpensOneReadTransaction) {
  const std::string project = "/projekt/" + std::to_string(ProjectOf("Trygg hemgång"));
  const std::string api = "/api/v1/projects/" + std::to_string(ProjectOf("Trygg hemgång"));
  for (const char* role : {"admin", "teammedlem", "politiker"}) {
    SCOPED_TRACE(role);
    TestClient client = As(kDemoEmails.at(role));
    for (const std::string& target : {
             project + "/forbattringsteori",
             project + "/forbattringsteori?sparat=1",
             project + "/forbattringsteori/diagram.svg",
             project + "/drivkraftsdiagram",
             project + "/drivkraftsdiagram/diagram.svg",
             api + "/theory-of-change",
             api + "/theory-of-change.svg",
             api + "/driver-diagram",
             api + "/driver-diagram.svg",
         }) {
      ExpectOneRead(target, client);
    }
  }
}

TEST_F(DiagramReadsTest, ARefusedPageOpensOneReadTransactionToo) {
  TestClient team = As(kDemoEmails.at("teammedlem"));
  ExpectOneRead("/projekt/" + std::to_string(ProjectOf("Rätt tid")) + "/drivkraftsdiagram", team,
                403);
  ExpectOneRead("/projekt/999999/forbattringsteori", team, 404);
}

}  // namespace
}  // namespace stegvis::web
