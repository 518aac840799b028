#include "web/testing/counting_store.h"

#include <gtest/gtest.h>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class CountingStoreTest : public WebTest {};

TEST_F(CountingStoreTest, CountsReadsAndWritesApartFromTheSessionLookups) {
  SeedDemo();
  CountingStore& counting = *counting_store_;
  counting.Read([](domain::StoreTx& tx) -> core::Result<bool> {
    tx.Units().ListOrganisations();
    return true;
  });
  counting.Read([](domain::StoreTx& tx) -> core::Result<bool> {
    tx.Sessions().Find("none");
    return true;
  });
  counting.Write([](domain::StoreTx& tx) -> core::Result<bool> {
    tx.Sessions().Find("none");
    tx.Audit();  // a session and something else: the page's
    return true;
  });
  counting.Read([](domain::StoreTx&) -> core::Result<bool> { return true; });
  EXPECT_EQ(counting.reads(), 2);
  EXPECT_EQ(counting.writes(), 1);
  EXPECT_EQ(counting.session_transactions(), 1);
  counting.Reset();
  EXPECT_EQ(counting.reads() + counting.writes() + counting.session_transactions(), 0);
}

TEST_F(CountingStoreTest, TheAccessGuardsLookupIsCountedApart) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  counting_store_->Reset();
  ASSERT_EQ(Get("/tillganglighet", admin).status, 200);
  EXPECT_EQ(counting_store_->session_transactions(), 1);
}

}  // namespace
}  // namespace stegvis::web
