// Excluding and commenting on a measure's points through the API and the page: what a team
// member does (the exclusion reaches the analysis, the chart's table, the CSV and comes back
// out), and what an attacker tries: another organisation's measure, a reader without write
// rights, a stale version, a reason too long, control characters, a point that does not
// exist, script in the words, and a form without the CSRF token.

#include <string>

#include <boost/json/parse.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class PointNotesAttackTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    measure_ = MeasureOf("Trygg hemgång");
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      for (const domain::Observation& o : tx.Measures().ListObservations(measure_)) {
        if (!o.value.empty() && period_.empty()) period_ = o.period;
      }
      return true;
    });
    ASSERT_FALSE(period_.empty());
    api_ = "/api/v1/measures/" + std::to_string(measure_);
    page_ = "/matt/" + std::to_string(measure_) + "/punkter";
  }
  Response Json(const std::string& method, const std::string& target, const TestClient& client,
                const std::string& body = {}) {
    return Send(method, target, client, body,
                {{"content-type", "application/json"}, {"x-csrf-token", client.csrf}});
  }
  // The total's point of period_ in the analysis, and the analysis's exclusions.
  boost::json::object Analysis(const TestClient& client) {
    Response r = Get(api_ + "/analysis", client);
    EXPECT_EQ(r.status, 200);
    return boost::json::parse(r.body).as_object();
  }
  bool TotalIncludes(const boost::json::object& analysis) {
    for (const auto& p : analysis.at("total").at("points").as_array()) {
      if (p.at("x").as_string() == period_) return p.at("include").as_bool();
    }
    ADD_FAILURE() << "no point " << period_;
    return false;
  }

  domain::Id measure_ = 0;
  std::string period_;
  std::string api_;
  std::string page_;
};

TEST_F(PointNotesAttackTest, AnExclusionReachesTheAnalysisTableAndCsvAndIsUndone) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  const std::string exclusion = api_ + "/exclusions/" + period_;
  ASSERT_EQ(Json("PUT", exclusion, member, R"({"reason":"Larmet var trasigt"})").status, 201);
  boost::json::object analysis = Analysis(member);
  EXPECT_FALSE(TotalIncludes(analysis));
  ASSERT_EQ(analysis.at("exclusions").as_array().size(), 1u);
  EXPECT_EQ(analysis.at("exclusions").as_array()[0].at("text").as_string(), "Larmet var trasigt");
  EXPECT_TRUE(Has(Get("/matt/" + std::to_string(measure_), member), "Larmet var trasigt"))
      << "the chart's table says why";
  Response csv = Get("/matt/" + std::to_string(measure_) + "/data.csv", member);
  EXPECT_TRUE(Has(csv, "exclusion_reason")) << csv.body.substr(0, 300);
  EXPECT_TRUE(Has(csv, "\"Larmet var trasigt\""));

  EXPECT_EQ(Json("DELETE", exclusion, member).status, 204);
  EXPECT_TRUE(TotalIncludes(Analysis(member)));
  EXPECT_EQ(Json("DELETE", exclusion, member).status, 404) << "nothing left to include";
}

TEST_F(PointNotesAttackTest, AnotherOrganisationsMeasureIsNotThere) {
  TestClient norrby = As("admin@norrby.example");
  EXPECT_EQ(Json("PUT", api_ + "/exclusions/" + period_, norrby, R"({"reason":"x"})").status, 404);
  EXPECT_EQ(Json("DELETE", api_ + "/annotations/" + period_, norrby).status, 404);
  EXPECT_EQ(Get(page_, norrby).status, 404);
  EXPECT_EQ(Post(page_, norrby, "kind=annotation&period=" + period_ + "&text=x").status, 404);
}

TEST_F(PointNotesAttackTest, AReaderWithoutWriteRightsIsRefused) {
  TestClient politiker = As(kDemoEmails.at("politiker"));
  EXPECT_EQ(Json("PUT", api_ + "/annotations/" + period_, politiker, R"({"text":"x"})").status,
            403);
  EXPECT_EQ(Json("DELETE", api_ + "/exclusions/" + period_, politiker).status, 403);
  EXPECT_EQ(Get(page_, politiker).status, 403);
  EXPECT_EQ(Post(page_, politiker, "kind=annotation&period=" + period_ + "&text=x").status, 403);
  EXPECT_TRUE(Analysis(politiker).at("annotations").as_array().empty());
}

TEST_F(PointNotesAttackTest, AStaleVersionIsRefusedAndNamesWhoSavedFirst) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  const std::string note = api_ + "/annotations/" + period_;
  ASSERT_EQ(Json("PUT", note, member, R"({"text":"Första"})").status, 201);
  ASSERT_EQ(Json("PUT", note, member, R"({"text":"Andra","version":1})").status, 200);
  EXPECT_EQ(Json("PUT", note, member, R"({"text":"Tredje","version":1})").status, 409);
  EXPECT_EQ(Json("PUT", note, member, R"({"text":"Dubbel"})").status, 409) << "exists already";
  EXPECT_EQ(
      Post(page_, member, "kind=annotation&version=1&period=" + period_ + "&text=Gammal").status,
      409);
}

TEST_F(PointNotesAttackTest, BadWordsAndPointsThatDoNotExistAreRefused) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  const std::string exclusion = api_ + "/exclusions/" + period_;
  const std::string too_long = "{\"reason\":\"" + std::string(501, 'a') + "\"}";
  Response r = Json("PUT", exclusion, member, too_long);
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(Has(r, "\"reason\"")) << r.body;
  EXPECT_EQ(Json("PUT", exclusion, member, R"({"reason":""})").status, 422) << "required";
  EXPECT_EQ(Json("PUT", exclusion, member, R"({"reason":"a\u0001b"})").status, 422);
  EXPECT_EQ(Json("PUT", api_ + "/exclusions/1999-01", member, R"({"reason":"x"})").status, 422);
  EXPECT_EQ(Json("PUT", api_ + "/exclusions/inte-en-period", member, R"({"reason":"x"})").status,
            422);
  EXPECT_EQ(
      Json("PUT", "/api/v1/measures/99999999/exclusions/" + period_, member, R"({"reason":"x"})")
          .status,
      404);
  EXPECT_EQ(Post(page_, member, "kind=exclusion&period=1999-01&text=x").status, 422);
  EXPECT_EQ(Post(page_, member, "kind=nonsense&period=" + period_ + "&text=x").status, 422);
  EXPECT_TRUE(Analysis(member).at("exclusions").as_array().empty()) << "nothing was written";
}

TEST_F(PointNotesAttackTest, ScriptComesBackEscapedAndAFormNeedsItsToken) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  ASSERT_EQ(Post(page_, member,
                 "kind=annotation&period=" + period_ + "&text=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
                .status,
            303);
  for (const std::string& page : {page_, "/matt/" + std::to_string(measure_)}) {
    Response r = Get(page, member);
    EXPECT_FALSE(Has(r, "<script>alert(1)")) << page;
    EXPECT_TRUE(Has(r, "&lt;script&gt;alert(1)")) << page;
  }
  Response forged = Send("POST", page_, member, "kind=exclusion&period=" + period_ + "&text=x");
  EXPECT_EQ(forged.status, 403);
}

}  // namespace
}  // namespace stegvis::web
