// One read per page: every GET page of the programmes feature asks the domain one question in
// one read transaction, and writes nothing (web/testing/counting_store.h).

#include <gtest/gtest.h>

#include "web/testing/page_transactions.h"

namespace stegvis::web {
namespace {

using ProgrammeReadsTest = PageTransactionsTest;

TEST_F(ProgrammeReadsTest, EveryPageOpensOneReadTransaction) {
  const std::string programme = std::to_string(ProgrammeId("Jämställd hemtjänst"));
  for (const char* role : {"admin", "teammedlem", "politiker"}) {
    SCOPED_TRACE(role);
    TestClient client = As(kDemoEmails.at(role));
    for (const std::string& target : {
             std::string("/program"),
             "/program/" + programme,
             "/program/" + programme + "?sparat=1&fel=team",
             std::string("/api/v1/programmes"),
             "/api/v1/programmes/" + programme,
             "/program/" + programme + "/oversikt",
             "/program/" + programme + "/oversikt?sortera=enhet&signal=saknar-data",
             "/api/v1/programmes/" + programme + "/dashboard",
         }) {
      ExpectOneRead(target, client);
    }
  }
}

TEST_F(ProgrammeReadsTest, TheSetUpFormsOpenOneReadTransaction) {
  const std::string programme = "/program/" + std::to_string(ProgrammeId("Jämställd hemtjänst"));
  TestClient admin = As(kDemoEmails.at("admin"));
  ExpectOneRead(programme + "/andra", admin);
  Response page = Get(programme, admin);
  const std::size_t at = page.body.find(programme + "/kalender/");
  ASSERT_NE(at, std::string::npos) << "the calendar links to each entry's form";
  const std::string entry = page.body.substr(at, page.body.find('"', at) - at);
  ExpectOneRead(entry, admin);
}

}  // namespace
}  // namespace stegvis::web
