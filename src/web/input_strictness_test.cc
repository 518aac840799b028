// Input that must be refused, not read as something near it: numbers with trailing text or
// beyond their type, exponents, control characters, unknown choices and future dates. Each
// case names the review finding it guards against.

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class InputStrictnessTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    member_ = As(kDemoEmails.at("teammedlem"));
    chef_ = As(kDemoEmails.at("chef"));
  }

  std::size_t AssessmentCount(domain::Id unit) {
    std::size_t n = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      n = tx.SelfAssessments().List(unit).size();
      return true;
    });
    return n;
  }

  domain::Project Project(domain::Id id) {
    domain::Project p;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      p = *tx.Projects().Find(id);
      return true;
    });
    return p;
  }

  std::int64_t DataVersion(domain::Id measure) {
    std::int64_t version = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      version = tx.Measures().Find(measure)->data_version;
      return true;
    });
    return version;
  }

  Response Json(const std::string& method, const std::string& path, const TestClient& client,
                const std::string& body) {
    return Send(method, path, client, body,
                {{"content-type", "application/json"}, {"x-csrf-token", client.csrf}});
  }

  TestClient member_, chef_;
};

// 4294967297 is 2^32 + 1: cut to 32 bits it is 1.
TEST_F(InputStrictnessTest, ASelfAssessmentScoreBeyondIntIsRefusedNotTruncated) {
  const domain::Id unit = UnitNamed("Hemtjänst Norr");
  const std::size_t before = AssessmentCount(unit);
  const std::string page = "/enhet/" + std::to_string(unit) + "/sjalvskattning";
  EXPECT_EQ(Post(page, chef_, "assessed_on=2026-12-01&score.step_1=4294967297").status, 422);
  const std::string api = "/api/v1/units/" + std::to_string(unit) + "/self-assessments";
  EXPECT_EQ(Json("POST", api, chef_,
                 R"({"assessed_on":"2026-12-01","scores":[{"item":"step_1","score":4294967297}]})")
                .status,
            422);
  EXPECT_EQ(AssessmentCount(unit), before);
}

TEST_F(InputStrictnessTest, AProgressScoreWithADecimalCommaIsRefusedNotReadAsItsWholePart) {
  const std::string page = "/projekt/" + std::to_string(ProjectOf("Trygg hemgång")) + "/framsteg";
  for (const char* bad : {"5,5", "5.5", "25abc", "+25", " 25", "4294967321"}) {
    EXPECT_EQ(Post(page, member_, std::string("score=") + bad).status, 422) << bad;
  }
  EXPECT_EQ(Post(page, member_, "score=25").status, 303) << "2.5 points, in tenths";
}

TEST_F(InputStrictnessTest, ADataVersionWithTrailingTextIsRefusedNotReadAsANumber) {
  const domain::Id measure = MeasureOf("Trygg hemgång");
  const std::string page = "/matt/" + std::to_string(measure) + "/varden";
  // The stored version with text after it: read leniently, it would be the right version.
  Response r = Post(page, member_,
                    "data_version=" + std::to_string(DataVersion(measure)) +
                        "abc&v.2026-10.women=12&d.2026-10.women=40");
  EXPECT_EQ(r.status, 422) << r.body.substr(0, 300);
}

TEST_F(InputStrictnessTest, AnExponentOrATinyNumberInJsonIsRefusedNotStoredAsZero) {
  const domain::Id measure = MeasureOf("Trygg hemgång");
  const std::string api = "/api/v1/measures/" + std::to_string(measure) + "/observations";
  const std::string version = std::to_string(DataVersion(measure));
  for (const char* value : {"1e-400", "\"1e-400\"", "1e5", "\"1e5\"", "0.5e1"}) {
    Response r = Json("PUT", api, member_,
                      R"({"data_version":)" + version +
                          R"(,"observations":[{"period":"2026-10","group":"women","value":)" +
                          value + "}]}");
    EXPECT_EQ(r.status, 422) << value << " " << r.body.substr(0, 300);
  }
  Response tiny = Json("PUT", api, member_, R"({"data_version":1e-400,"observations":[]})");
  EXPECT_EQ(tiny.status, 422) << tiny.body.substr(0, 300);
}

// U+0000 and the other C0 controls are invisible and cannot stand in XML: the diagrams' SVG
// would break. TAB, LF and CR are text (multi-line fields).
TEST_F(InputStrictnessTest, ControlCharactersAreRefusedInFormsAndJson) {
  const domain::Id team = TeamId("Trygg hemgång");
  for (const char* bad : {"%00", "%01", "%08", "%0B", "%1B", "%7F"}) {
    Response r =
        Post("/team/" + std::to_string(team), member_, std::string("name=Trygg") + bad + "x");
    EXPECT_EQ(r.status, 422) << bad;
  }
  EXPECT_EQ(TeamById(team).name, "Trygg hemgång");
  const std::string toc =
      "/projekt/" + std::to_string(ProjectOf("Trygg hemgång")) + "/forbattringsteori";
  EXPECT_EQ(Post(toc, member_, "op=add_item&level=effect&form=new-effect&text=A%00B").status, 422);
  const std::string api =
      "/api/v1/projects/" + std::to_string(ProjectOf("Trygg hemgång")) + "/theory-of-change";
  Response json =
      Json("POST", api, member_, R"({"op":"add_item","level":"effect","text":"A\u0000B"})");
  EXPECT_EQ(json.status, 422) << json.body.substr(0, 300);
  EXPECT_NE(json.body.find("styrtecken"), std::string::npos) << json.body.substr(0, 300);
  Response svg = Get(toc, member_);
  EXPECT_EQ(svg.body.find(std::string(1, '\0')), std::string::npos);
  // Line breaks and tabs in a multi-line text are text.
  EXPECT_EQ(Post("/team/" + std::to_string(team), member_,
                 "name=Trygg+hemg%C3%A5ng&description=Rad+1%0D%0ARad%092")
                .status,
            303);
  EXPECT_EQ(TeamById(team).description, "Rad 1\r\nRad\t2");
}

TEST_F(InputStrictnessTest, AnUnknownProjectStatusIsRefusedNotReadAsPlanned) {
  const domain::Id id = ProjectOf("Trygg hemgång");
  const domain::Project before = Project(id);
  Response r = Post("/projekt/" + std::to_string(id), member_,
                    "title=" + std::string("R%C3%A4tt") +
                        "&status=finished&version=" + std::to_string(before.version));
  EXPECT_EQ(r.status, 422) << r.body.substr(0, 300);
  EXPECT_EQ(Project(id).status, before.status);
  EXPECT_EQ(
      Post("/projekt/" + std::to_string(id), member_, "title=R%C3%A4tt&status=active&version=1x")
          .status,
      422);
}

// The fixture's clock is 2027-01-15.
TEST_F(InputStrictnessTest, AReflectionNoteDatedInTheFutureIsRefused) {
  const std::string norr = std::to_string(UnitNamed("Hemtjänst Norr"));
  Response future = Post("/reflektioner", chef_,
                         "kind=meeting&held_on=2999-01-01&title=M&text=T&unit_ids=" + norr);
  EXPECT_EQ(future.status, 422);
  EXPECT_NE(future.body.find("Datumet kan inte ligga i framtiden."), std::string::npos);
  Response tomorrow = Json("POST", "/api/v1/reflection-notes", chef_,
                           R"({"kind":"meeting","held_on":"2027-01-16","title":"M","text":"T",)"
                           R"("unit_ids":[)" +
                               norr + "]}");
  EXPECT_EQ(tomorrow.status, 422) << tomorrow.body.substr(0, 300);
  EXPECT_EQ(Post("/reflektioner", chef_,
                 "kind=meeting&held_on=2027-01-15&title=M&text=T&unit_ids=" + norr)
                .status,
            303)
      << "today is fine";
}

}  // namespace
}  // namespace stegvis::web
