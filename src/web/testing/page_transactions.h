#pragma once
// For the web tests of "one read per page": the demonstration data under the app, whose store
// counts the transactions each handler opens (WebTest::TransactionsOf, Opens, ExpectOneRead;
// the access guard's recognition of the visitor is counted apart, by CountingStore).

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {

class PageTransactionsTest : public WebTest {
 protected:
  void SetUp() override { SeedDemo(); }
};

}  // namespace stegvis::web
