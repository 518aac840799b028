#pragma once
// For the web tests of "one read per page": a fixture whose app runs on a CountingStore, and
// the transactions one GET of a page opens in its handler. The access guard's recognition of
// the visitor (the session lookup, and its occasional touch) is not the page's: it is measured
// with the same client on /healthz, which does nothing else, and taken off.

#include <memory>
#include <string>

#include "web/testing/counting_store.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {

// What a request's handler opened, and the answer's status.
struct PageTransactions {
  int status = 0;
  int reads = 0;
  int writes = 0;
};

class PageTransactionsTest : public WebTest {
 protected:
  // Seeds the demonstration data and puts the counting store under the app.
  void SetUp() override {
    SeedDemo();
    counting_ = std::make_unique<CountingStore>(*store_);
    app_ = std::make_unique<App>(
        App{*counting_, clock_, log_, catalogue_, templates_, static_files_, base_url_});
    router_ = std::make_unique<Router>(BuildRouter(*app_));
  }

  PageTransactions Measure(const std::string& target, const TestClient& client) {
    counting_->Reset();
    Get("/healthz", client);
    const int guard_reads = counting_->reads(), guard_writes = counting_->writes();
    counting_->Reset();
    const Response response = Get(target, client);
    return {response.status, counting_->reads() - guard_reads, counting_->writes() - guard_writes};
  }

  // Passes when GET `target` by `client` answers 200 after exactly `reads` read transactions
  // (one for a page that shows stored data, none for a fixed page) and no write.
  ::testing::AssertionResult Opens(int reads, const std::string& target, const TestClient& client) {
    const PageTransactions t = Measure(target, client);
    if (t.status == 200 && t.reads == reads && t.writes == 0) {
      return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "GET " << target << ": status " << t.status << ", "
                                         << t.reads << " reads, " << t.writes << " writes";
  }

  std::unique_ptr<CountingStore> counting_;
};

}  // namespace stegvis::web
