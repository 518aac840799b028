// One read per page: each GET page of the structure feature (the admin's units and teams, a
// team's own page) opens one read transaction in its handler and no write.

#include "web/testing/page_transactions.h"

namespace stegvis::web {
namespace {

class StructurePagesTransactionsTest : public PageTransactionsTest {
 protected:
  // The ids of the demo organisation's (Solvik's) units and teams.
  void FindStructure() {
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      const auto orgs = tx.Units().ListOrganisations();
      for (const auto& u : tx.Units().List(orgs.front().id)) units_.push_back(u.id);
      for (const auto& t : tx.Teams().List(orgs.front().id)) teams_.push_back(t.id);
      return true;
    });
    ASSERT_FALSE(units_.empty());
    ASSERT_FALSE(teams_.empty());
  }
  std::vector<domain::Id> units_, teams_;
};

TEST_F(StructurePagesTransactionsTest, TheAdminsStructurePagesReadOnce) {
  FindStructure();
  const TestClient admin = As(kDemoEmails.at("admin"));
  EXPECT_TRUE(Opens(1, "/admin/struktur", admin));
  EXPECT_TRUE(Opens(1, "/admin/struktur?sparat=1&borttagen=1", admin));
  for (domain::Id unit : units_) {
    EXPECT_TRUE(Opens(1, "/admin/enheter/" + std::to_string(unit), admin));
    EXPECT_TRUE(Opens(1, "/admin/enheter/" + std::to_string(unit) + "/ta-bort", admin));
  }
  for (domain::Id team : teams_) {
    EXPECT_TRUE(Opens(1, "/admin/team/" + std::to_string(team), admin));
    EXPECT_TRUE(Opens(1, "/admin/team/" + std::to_string(team) + "?flyttat=1", admin));
    EXPECT_TRUE(Opens(1, "/admin/team/" + std::to_string(team) + "/ta-bort", admin));
  }
}

TEST_F(StructurePagesTransactionsTest, ATeamsPageReadsOnce) {
  FindStructure();
  for (const std::string role : {"admin", "chef", "teammedlem", "strateg"}) {
    const TestClient client = As(kDemoEmails.at(role));
    for (domain::Id team : teams_) {
      const Transactions t = TransactionsOf("/team/" + std::to_string(team), client);
      if (t.status != 200) continue;  // a team this role may not see
      EXPECT_EQ(t.reads, 1) << role << " " << team;
      EXPECT_EQ(t.writes, 0) << role << " " << team;
    }
  }
  EXPECT_TRUE(Opens(1, "/team/" + std::to_string(teams_.front()), As(kDemoEmails.at("admin"))));
}

}  // namespace
}  // namespace stegvis::web
