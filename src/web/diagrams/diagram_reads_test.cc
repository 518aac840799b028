// One read per page: the theory of change and the driver diagram, their downloads and JSON
// twins each ask the domain one question in one read transaction, and write nothing
// (web/testing/counting_store.h).

#include <gtest/gtest.h>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class DiagramReadsTest : public WebTest {
 protected:
  void SetUp() override { SeedDemo(); }

  // Expects GET `target` to answer `status` after exactly one read transaction and no write.
  void ExpectOneRead(const std::string& target, const TestClient& client, int status = 200) {
    const Transactions t = TransactionsOf(target, client);
    EXPECT_EQ(t.status, status) << target;
    EXPECT_EQ(t.reads, 1) << target;
    EXPECT_EQ(t.writes, 0) << target;
  }
};

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
