// What an attacker tries against a programme's set-up: changing another organisation's
// programme it takes part in, moving another programme's calendar entry through this one's
// address, script in every field, and a form without the CSRF token.

#include <string>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class ProgrammeAttackTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    url_ = "/program/" + std::to_string(ProgrammeId("Jämställd hemtjänst"));
  }
  std::string url_;
};

TEST_F(ProgrammeAttackTest, AGuestOrganisationsAdminCannotChangeTheHostsProgramme) {
  // Norrby's teams take part, so its admin reads the programme, but Solvik runs it.
  TestClient norrby = As("admin@norrby.example");
  ASSERT_EQ(Get(url_, norrby).status, 200);
  EXPECT_EQ(Get(url_ + "/andra", norrby).status, 404);
  EXPECT_EQ(Post(url_, norrby, "version=1&name=Kapat").status, 404);
  EXPECT_EQ(Post(url_ + "/stangd", norrby, "version=1&closed=1").status, 404);
  EXPECT_EQ(Send("PUT", "/api/v1/programmes/" + std::to_string(ProgrammeId("Jämställd hemtjänst")),
                 norrby, R"({"version":1,"name":"Kapat"})",
                 {{"content-type", "application/json"}, {"x-csrf-token", norrby.csrf}})
                .status,
            404);
  Response page = Get(url_, norrby);
  EXPECT_TRUE(Has(page, "<h1>Jämställd hemtjänst</h1>"));
  EXPECT_FALSE(Has(page, "(stängt)"));
}

TEST_F(ProgrammeAttackTest, AnotherProgrammesEntryCannotBeMovedThroughThisProgramme) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response created = Post("/program", strateg, "name=Annat&starts_on=2027-01-01");
  ASSERT_EQ(created.status, 303);
  const std::string other(created.Header("Location"));
  ASSERT_EQ(
      Post(other + "/kalender", strateg, "kind=learning_session&title=Eget&starts_on=2027-02-01")
          .status,
      303);
  // The other programme's entry is the newest row of the calendar table.
  domain::Id entry = 0;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    for (const auto& e : tx.Programmes().ListEvents(std::stoll(other.substr(9)))) entry = e.id;
    return true;
  });
  ASSERT_NE(entry, 0);
  const std::string through_this = url_ + "/kalender/" + std::to_string(entry);
  EXPECT_EQ(Get(through_this, strateg).status, 404);
  EXPECT_EQ(Post(through_this, strateg, "title=Kapat&starts_on=2025-01-01").status, 404);
  EXPECT_EQ(Post(through_this + "/ta-bort", strateg).status, 404);
  EXPECT_TRUE(Has(Get(other, strateg), "<strong>Eget</strong>")) << "untouched";
}

TEST_F(ProgrammeAttackTest, ScriptInEveryFieldComesBackEscaped) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const std::string script = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";
  ASSERT_EQ(Post(url_, strateg,
                 "version=1&name=" + script + "&theme=" + script + "&aim=" + script +
                     "&starts_on=2024-09-01&ends_on=2026-12-31")
                .status,
            303);
  ASSERT_EQ(Post(url_ + "/kalender", strateg,
                 "kind=learning_session&title=" + script + "&starts_on=2025-01-01")
                .status,
            303);
  for (const std::string& page : {url_, url_ + "/andra", std::string("/program")}) {
    Response r = Get(page, strateg);
    EXPECT_FALSE(Has(r, "<script>alert(1)")) << page;
    EXPECT_TRUE(Has(r, "&lt;script&gt;alert(1)")) << page;
  }
  Response refused = Post(url_, strateg, "version=2&name=&aim=" + script);
  EXPECT_EQ(refused.status, 422);
  EXPECT_FALSE(Has(refused, "<script>alert(1)"));
}

TEST_F(ProgrammeAttackTest, ClosingOrMovingWithoutTheCsrfTokenChangesNothing) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  TestClient forged = strateg;
  forged.csrf = "fel";
  EXPECT_EQ(Post(url_ + "/stangd", forged, "version=1&closed=1").status, 403);
  EXPECT_EQ(Post(url_, forged, "version=1&name=Kapat").status, 403);
  Response page = Get(url_, strateg);
  EXPECT_FALSE(Has(page, "(stängt)"));
  EXPECT_TRUE(Has(page, "<h1>Jämställd hemtjänst</h1>"));
}

}  // namespace
}  // namespace stegvis::web
