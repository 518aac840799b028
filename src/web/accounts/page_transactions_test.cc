// One read per page: each GET page of the account feature opens one read transaction in its
// handler (none for the fixed login form) and no write.

#include "web/testing/page_transactions.h"
#include "domain/accounts.h"

namespace stegvis::web {
namespace {

using AccountPagesTransactionsTest = PageTransactionsTest;

TEST_F(AccountPagesTransactionsTest, TheLoginFormReadsNothing) {
  EXPECT_TRUE(Opens(0, "/login", Anonymous()));
  EXPECT_TRUE(Opens(0, "/login?next=/mal&reset=1", Anonymous()));
}

TEST_F(AccountPagesTransactionsTest, AResetLinkIsCheckedInOneRead) {
  const domain::Actor cli{std::nullopt, std::nullopt, "cli", ""};
  auto token =
      domain::IssuePasswordReset(*store_, clock_, nullptr, cli, UserId(kDemoEmails.at("chef")));
  ASSERT_TRUE(token);
  EXPECT_TRUE(Opens(1, "/aterstall/" + *token, Anonymous()));
}

TEST_F(AccountPagesTransactionsTest, TheUserPagesReadOnce) {
  const TestClient admin = As(kDemoEmails.at("admin"));
  EXPECT_TRUE(Opens(1, "/admin/anvandare", admin));
  EXPECT_TRUE(Opens(1, "/admin/anvandare?upplast=1", admin));
  for (const std::string role : {"admin", "chef", "teammedlem"}) {
    EXPECT_TRUE(
        Opens(1, "/admin/anvandare/" + std::to_string(UserId(kDemoEmails.at(role))), admin));
  }
}

}  // namespace
}  // namespace stegvis::web
