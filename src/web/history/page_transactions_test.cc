// One read per page: an object's history page and the admin's audit export open one read
// transaction in their handler and no write.

#include "web/testing/page_transactions.h"

namespace stegvis::web {
namespace {

using HistoryPagesTransactionsTest = PageTransactionsTest;

TEST_F(HistoryPagesTransactionsTest, AHistoryPageReadsOnce) {
  const TestClient admin = As(kDemoEmails.at("admin"));
  const std::string team = std::to_string(TeamId("Trygg hemgång"));
  std::vector<std::string> targets = {
      "/historik/user/" + std::to_string(UserId(kDemoEmails.at("chef"))),
      "/historik/programme/" + std::to_string(ProgrammeId("Jämställd hemtjänst")),
      "/historik/measure/" + std::to_string(MeasureOf("Trygg hemgång")),
      "/historik/project/" + std::to_string(ProjectOf("Trygg hemgång")), "/historik/team/" + team};
  for (const std::string& target : targets) EXPECT_TRUE(Opens(1, target, admin));
  EXPECT_TRUE(Opens(1, "/admin/historik.csv", admin));
}

}  // namespace
}  // namespace stegvis::web
