// One read per page: the start page opens one read transaction in its handler and no write;
// so does a unit's page; the accessibility statement reads nothing.

#include "web/testing/page_transactions.h"

namespace stegvis::web {
namespace {

using SitePagesTransactionsTest = PageTransactionsTest;

TEST_F(SitePagesTransactionsTest, TheStartPageReadsOnceForEveryRole) {
  for (const auto& [role, email] : kDemoEmails) {
    EXPECT_TRUE(Opens(1, "/", As(email))) << role;
  }
  EXPECT_TRUE(Opens(1, "/", As("team@norrby.example")));
}

TEST_F(SitePagesTransactionsTest, AUnitsPageReadsOnceForEveryRole) {
  for (const auto& [role, email] : kDemoEmails) {
    EXPECT_TRUE(Opens(1, "/enhet/1", As(email))) << role;
  }
}

TEST_F(SitePagesTransactionsTest, TheAccessibilityStatementReadsNothing) {
  EXPECT_TRUE(Opens(0, "/tillganglighet", Anonymous()));
  EXPECT_TRUE(Opens(0, "/tillganglighet", As(kDemoEmails.at("chef"))));
}

}  // namespace
}  // namespace stegvis::web
