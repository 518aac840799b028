// GET and PUT /api/v1/organisation: an admin reads and changes the small-number threshold of
// the organisation's public pages as /admin/organisation does — checked, audited with the
// token's name — and nobody else reads or changes it; an admin of another organisation only
// ever reaches their own.

#include <boost/json/parse.hpp>

#include "domain/api_tokens.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class OrganisationApiTest : public WebTest {
 protected:
  void SetUp() override {
    WebTest::SetUp();
    SeedDemo();
    admin_ = As(kDemoEmails.at("admin"));
  }
  Response Put(const TestClient& client, const std::string& body) {
    return Send("PUT", "/api/v1/organisation", client, body,
                {{"x-csrf-token", client.csrf}, {"content-type", "application/json"}});
  }
  static boost::json::object Object(const Response& r) {
    return boost::json::parse(r.body).as_object();
  }
  std::int64_t Threshold(const TestClient& client) {
    Response r = Get("/api/v1/organisation", client);
    EXPECT_EQ(r.status, 200) << r.body;
    return Object(r).at("suppression_threshold").as_int64();
  }
  TestClient admin_;
};

TEST_F(OrganisationApiTest, AnAdminReadsAndChangesTheThreshold) {
  Response read = Get("/api/v1/organisation", admin_);
  ASSERT_EQ(read.status, 200) << read.body;
  const boost::json::object organisation = Object(read);
  EXPECT_EQ(organisation.at("name").as_string(), "Solviks kommun");
  EXPECT_EQ(organisation.at("suppression_threshold").as_int64(), 5);
  EXPECT_EQ(organisation.at("min_suppression_threshold").as_int64(), 3);
  EXPECT_EQ(organisation.at("max_suppression_threshold").as_int64(), 100);

  Response saved = Put(admin_, R"({"suppression_threshold": 8})");
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(Object(saved).at("suppression_threshold").as_int64(), 8);
  EXPECT_EQ(Threshold(admin_), 8);
  EXPECT_EQ(Threshold(As("admin@norrby.example")), 5) << "another organisation's own threshold";
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    const auto events = tx.Audit().List("organisation", organisation.at("id").as_int64());
    EXPECT_EQ(events.size(), 1u);
    if (!events.empty()) {
      EXPECT_NE(events.back().before_json.find("5"), std::string::npos);
      EXPECT_NE(events.back().after_json.find("8"), std::string::npos);
    }
    return true;
  });
}

TEST_F(OrganisationApiTest, AThresholdOutsideItsRangeOrNotANumberIsRefusedByName) {
  for (const char* body :
       {R"({"suppression_threshold": 2})", R"({"suppression_threshold": 101})",
        R"({"suppression_threshold": 4294967301})", R"({"suppression_threshold": "6"})",
        R"({"suppression_threshold": 6.5})", R"({})", R"([])"}) {
    Response r = Put(admin_, body);
    EXPECT_EQ(r.status, 422) << body << ": " << r.body;
    if (std::string_view(body) != "[]") {
      EXPECT_NE(r.body.find("\"field\":\"suppression_threshold\""), std::string::npos) << r.body;
      EXPECT_NE(r.body.find("från 3 till 100"), std::string::npos) << r.body;
    }
  }
  EXPECT_EQ(Threshold(admin_), 5) << "nothing refused was saved";
}

TEST_F(OrganisationApiTest, NobodyElseReadsOrChangesIt) {
  for (const char* role : {"chef", "strateg", "teammedlem", "politiker"}) {
    TestClient client = As(kDemoEmails.at(role));
    EXPECT_EQ(Get("/api/v1/organisation", client).status, 403) << role;
    EXPECT_EQ(Put(client, R"({"suppression_threshold": 3})").status, 403) << role;
  }
  EXPECT_EQ(Send("PUT", "/api/v1/organisation", admin_, R"({"suppression_threshold": 3})",
                 {{"content-type", "application/json"}})
                .status,
            403)
      << "a session without its CSRF token";
  EXPECT_EQ(Get("/api/v1/organisation", Anonymous()).status, 401);
  // Norrby's admin changes Norrby's threshold, never Solvik's.
  TestClient norrby = As("admin@norrby.example");
  EXPECT_EQ(Put(norrby, R"({"suppression_threshold": 10})").status, 200);
  EXPECT_EQ(Threshold(admin_), 5);
  EXPECT_EQ(Threshold(norrby), 10);
}

TEST_F(OrganisationApiTest, AReadOnlyTokenReadsAReadWriteOneChangesAndIsNamed) {
  const domain::Principal p = *domain::LoadPrincipal(*store_, UserId(kDemoEmails.at("admin")));
  auto reader = domain::CreateApiToken(*store_, clock_, p, domain::ActorFor(p, "192.0.2.10"),
                                       {"Läsare", false, 30});
  auto writer = domain::CreateApiToken(*store_, clock_, p, domain::ActorFor(p, "192.0.2.10"),
                                       {"Statistiksystem", true, 30});
  ASSERT_TRUE(reader && writer);
  auto with = [](const std::string& token) {
    return std::vector<std::pair<std::string, std::string>>{{"content-type", "application/json"},
                                                            {"authorization", "Bearer " + token}};
  };
  EXPECT_EQ(Send("GET", "/api/v1/organisation", {}, "", with(reader->token)).status, 200);
  EXPECT_EQ(Send("PUT", "/api/v1/organisation", {}, R"({"suppression_threshold": 4})",
                 with(reader->token))
                .status,
            403);
  EXPECT_EQ(Threshold(admin_), 5);
  EXPECT_EQ(Send("PUT", "/api/v1/organisation", {}, R"({"suppression_threshold": 4})",
                 with(writer->token))
                .status,
            200);
  EXPECT_EQ(Threshold(admin_), 4);
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    const auto events = tx.Audit().List("organisation", p.user.organisation_id);
    EXPECT_FALSE(events.empty());
    if (!events.empty()) EXPECT_EQ(events.back().api_token, "Statistiksystem");
    return true;
  });
}

}  // namespace
}  // namespace stegvis::web
