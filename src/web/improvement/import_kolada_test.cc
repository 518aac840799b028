// Importing a Kolada file (Kolada's API v3 answer for one key figure and one municipality or
// organisational unit) through the page and the API: K, M and T become women, men and total,
// one value per year; the preview names Kolada as the source; committing records it on the
// measure; what a yearly measure of one value per group cannot take is refused in words.

#include <fstream>
#include <iterator>

#include <boost/json/parse.hpp>

#include "kolada/http_getter.h"
#include "web/improvement/import_test_support.h"

namespace stegvis::web {
namespace {

std::string KoladaFile(const std::string& name) {
  std::ifstream in(std::string(STEGVIS_SOURCE_DIR) + "/tests/data/kolada/" + name,
                   std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class ImportKoladaTest : public ImportWebTest {
 protected:
  void SetUp() override {
    ImportWebTest::SetUp();
    const domain::Principal member =
        *domain::LoadPrincipal(*store_, UserId(kDemoEmails.at("teammedlem")));
    domain::Measure m;
    m.name = "Nöjda brukare";
    m.definition = "Andel nöjda i brukarundersökningen, enligt Kolada";
    m.data_type = stats::DataType::kContinuous;
    m.frequency = domain::Frequency::kYear;
    m.unit = "%";
    yearly_ = *domain::AddMeasure(*store_, clock_, member, domain::ActorFor(member, "192.0.2.1"),
                                  ProjectOf("Trygg hemgång"), m);
  }
  Response PostJson(const std::string& bytes, domain::Id measure) {
    return Send("POST", "/api/v1/measures/" + std::to_string(measure) + "/imports?name=k.json",
                member_, bytes,
                {{"content-type", "application/json"}, {"x-csrf-token", member_.csrf}});
  }
  std::vector<domain::Observation> GridOf(domain::Id measure) {
    std::vector<domain::Observation> out;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      out = tx.Measures().ListObservations(measure);
      return true;
    });
    return out;
  }

  domain::Id yearly_ = 0;
};

TEST_F(ImportKoladaTest, AKoladaFileFillsAYearlyMeasureAndNamesItsSource) {
  Response staged = PostJson(KoladaFile("N00945-0180.json"), yearly_);
  ASSERT_EQ(staged.status, 201) << staged.body;
  boost::json::object j = boost::json::parse(staged.body).as_object();
  EXPECT_EQ(j.at("rows").as_int64(), 10);
  EXPECT_EQ(j.at("problems").as_array().size(), 0u) << staged.body;
  const boost::json::object& source = j.at("source").as_object();
  EXPECT_EQ(source.at("kind").as_string(), "kolada");
  EXPECT_EQ(source.at("kpi").as_string(), "N00945");
  EXPECT_EQ(source.at("municipality").as_string(), "0180");
  EXPECT_EQ(j.at("read").as_array()[0].at("period").as_string(), "2015") << "earliest first";
  const std::string id = std::to_string(j.at("id").as_int64());
  // The page names the source beside the file.
  Response page = Get("/import/" + id, member_);
  EXPECT_TRUE(Has(page, "Källa: <strong>Kolada, nyckeltal N00945 för kommun 0180</strong>"))
      << page.body;
  EXPECT_TRUE(Has(page, "Kvinnor (K)")) << "Kolada's codes in words";
  Response done = Send("POST", "/api/v1/imports/" + id + "/commit", member_, "",
                       {{"x-csrf-token", member_.csrf}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(boost::json::parse(done.body).at("changed").as_int64(), 29) << "2022 has no K";
  const std::vector<domain::Observation> grid = GridOf(yearly_);
  ASSERT_EQ(grid.size(), 29u);
  EXPECT_EQ(grid.front().period, "2015");
  EXPECT_EQ(grid.front().group, "men");
  EXPECT_EQ(grid.front().value, "24");
  // The measure keeps its source: its JSON and its page say so.
  Response measure = Get("/api/v1/measures/" + std::to_string(yearly_), member_);
  EXPECT_TRUE(Has(measure, R"("source":{"kind":"kolada","kpi":"N00945","municipality":"0180"})"))
      << measure.body;
  Response measure_page = Get("/matt/" + std::to_string(yearly_), member_);
  EXPECT_TRUE(Has(measure_page, "<dt>Källa</dt><dd>Kolada, nyckeltal N00945 för kommun 0180</dd>"))
      << measure_page.body;
}

TEST_F(ImportKoladaTest, AnOrganisationalUnitsFileIsReadToo) {
  Response staged = PostJson(KoladaFile("U23471-V15E018001.json"), yearly_);
  ASSERT_EQ(staged.status, 201) << staged.body;
  boost::json::object j = boost::json::parse(staged.body).as_object();
  EXPECT_EQ(j.at("source").at("ou").as_string(), "V15E018001");
  EXPECT_EQ(j.at("problems").as_array().size(), 0u) << staged.body;
}

TEST_F(ImportKoladaTest, WhatAMeasureCannotTakeFromKoladaIsRefusedInWords) {
  // A monthly measure: one problem about the whole file, and nothing can be saved.
  Response monthly = PostJson(KoladaFile("N00945-0180.json"), measure_);
  ASSERT_EQ(monthly.status, 201) << monthly.body;
  boost::json::object j = boost::json::parse(monthly.body).as_object();
  ASSERT_EQ(j.at("problems").as_array().size(), 1u) << monthly.body;
  EXPECT_EQ(j.at("problems").as_array()[0].at("key").as_string(), "error.kolada.not_yearly");
  EXPECT_TRUE(Has(monthly, "Kolada har ett värde per år")) << monthly.body;
  const std::string id = std::to_string(j.at("id").as_int64());
  EXPECT_EQ(Send("POST", "/api/v1/imports/" + id + "/commit", member_, "",
                 {{"x-csrf-token", member_.csrf}})
                .status,
            422);
  // Several municipalities, one page of several: refused before anything is staged.
  Response several = Upload(member_, "k.json", KoladaFile("two-municipalities.json"), yearly_);
  EXPECT_EQ(several.status, 422);
  EXPECT_TRUE(Has(several, "N00945 (0180), N00945 (1480)")) << several.body;
  Response paged = PostJson(KoladaFile("first-of-several-pages.json"), yearly_);
  EXPECT_EQ(paged.status, 422);
  EXPECT_TRUE(Has(paged, "next_url")) << paged.body;
  Response not_kolada = PostJson(R"({"values": [{"kpi": "N1"}]})", yearly_);
  EXPECT_EQ(not_kolada.status, 422);
  EXPECT_TRUE(Has(not_kolada, "Post 1 i Kolada-filen")) << not_kolada.body;
  EXPECT_TRUE(GridOf(yearly_).empty());
  EXPECT_TRUE(Grid().empty());
}

// Kolada's API as the tests see it: the file N00945-0180.json at its address, nothing else.
class FakeKolada : public kolada::HttpGetter {
 public:
  std::vector<std::string> asked;
  core::Result<std::string> Get(const std::string& url) override {
    asked.push_back(url);
    if (url == "https://kolada.test/v3/data/kpi/N00945/municipality/0180?per_page=5000") {
      return KoladaFile("N00945-0180.json");
    }
    return core::Fail(core::Error{core::ErrorCode::kUnavailable, "Could not resolve host", {}, {}});
  }
};

class KoladaFetchWebTest : public ImportKoladaTest {
 protected:
  void SetUp() override {
    ImportKoladaTest::SetUp();
    kolada_getter_ = &kolada_;
  }
  FakeKolada kolada_;
};

TEST_F(KoladaFetchWebTest, TheYearlyMeasuresFormFetchesIntoAPreview) {
  Response page = Get("/matt/" + std::to_string(yearly_), member_);
  EXPECT_TRUE(Has(page, R"(action="/matt/)" + std::to_string(yearly_) + R"(/kolada")"))
      << "a yearly measure offers the fetch" << page.body;
  EXPECT_FALSE(Has(Get("/matt/" + std::to_string(measure_), member_), R"(/kolada")"))
      << "a monthly one does not";
  Response fetched =
      Send("POST", "/matt/" + std::to_string(yearly_) + "/kolada", member_,
           "_csrf=" + member_.csrf + "&kpi=+N00945+&area_kind=municipality&area=0180",
           {{"content-type", "application/x-www-form-urlencoded"}});
  const domain::Id import = ImportIdOf(fetched);
  ASSERT_NE(import, 0) << fetched.status << fetched.body;
  Response preview = Get("/import/" + std::to_string(import), member_);
  EXPECT_TRUE(Has(preview, "Fil: <strong>Kolada N00945 0180</strong>")) << preview.body;
  EXPECT_TRUE(Has(preview, "Kolada, nyckeltal N00945 för kommun 0180"));
  EXPECT_TRUE(GridOf(yearly_).empty()) << "nothing is saved before the commit";
  // After the commit the form offers the same series again.
  ASSERT_EQ(Send("POST", "/import/" + std::to_string(import) + "/spara", member_,
                 "_csrf=" + member_.csrf, {{"content-type", "application/x-www-form-urlencoded"}})
                .status,
            303);
  EXPECT_EQ(GridOf(yearly_).size(), 29u);
  EXPECT_TRUE(Has(Get("/matt/" + std::to_string(yearly_), member_), R"(value="N00945")"));
}

TEST_F(KoladaFetchWebTest, TheApiTwinStagesAndRefusesInWords) {
  const std::string path = "/api/v1/measures/" + std::to_string(yearly_) + "/kolada-imports";
  const HeaderList json{{"content-type", "application/json"}, {"x-csrf-token", member_.csrf}};
  Response staged =
      Send("POST", path, member_, R"({"kpi": "N00945", "municipality": "0180"})", json);
  ASSERT_EQ(staged.status, 201) << staged.body;
  boost::json::object j = boost::json::parse(staged.body).as_object();
  EXPECT_EQ(j.at("rows").as_int64(), 10);
  EXPECT_EQ(j.at("file_name").as_string(), "Kolada N00945 0180");
  EXPECT_EQ(j.at("source").at("municipality").as_string(), "0180");
  // Kolada unreachable: 503 with the reason and the way round it.
  Response down = Send("POST", path, member_, R"({"kpi": "N00945", "ou": "V15E"})", json);
  EXPECT_EQ(down.status, 503) << down.body;
  EXPECT_TRUE(Has(down, "Stegvis når inte Kolada just nu (Could not resolve host)")) << down.body;
  // An id that would bend the address is refused unasked; so are both areas or none.
  const std::size_t asked = kolada_.asked.size();
  for (const char* body :
       {R"({"kpi": "../v2", "municipality": "0180"})",
        R"({"kpi": "N00945", "municipality": "0180?x=1"})",
        R"({"kpi": "N00945", "municipality": "0180", "ou": "V1"})", R"({"kpi": "N00945"})"}) {
    EXPECT_EQ(Send("POST", path, member_, body, json).status, 422) << body;
  }
  EXPECT_EQ(kolada_.asked.size(), asked);
}

TEST_F(KoladaFetchWebTest, WhoMayNotChangeTheMeasureMakesTheServerFetchNothing) {
  const std::string path = "/api/v1/measures/" + std::to_string(yearly_) + "/kolada-imports";
  TestClient politician = As(kDemoEmails.at("politiker"));
  Response refused =
      Send("POST", path, politician, R"({"kpi": "N00945", "municipality": "0180"})",
           {{"content-type", "application/json"}, {"x-csrf-token", politician.csrf}});
  EXPECT_EQ(refused.status, 403) << refused.body;
  TestClient other = As("team@norrby.example");
  Response hidden = Send("POST", path, other, R"({"kpi": "N00945", "municipality": "0180"})",
                         {{"content-type", "application/json"}, {"x-csrf-token", other.csrf}});
  EXPECT_EQ(hidden.status, 404) << hidden.body;
  EXPECT_TRUE(kolada_.asked.empty());
}

TEST_F(ImportKoladaTest, AServerThatDoesNotFetchSaysSoAndOffersNoForm) {
  EXPECT_FALSE(Has(Get("/matt/" + std::to_string(yearly_), member_), R"(/kolada")"));
  Response off = Send("POST", "/api/v1/measures/" + std::to_string(yearly_) + "/kolada-imports",
                      member_, R"({"kpi": "N00945", "municipality": "0180"})",
                      {{"content-type", "application/json"}, {"x-csrf-token", member_.csrf}});
  EXPECT_EQ(off.status, 503);
  EXPECT_TRUE(Has(off, "hämtar inte från Kolada")) << off.body;
}

}  // namespace
}  // namespace stegvis::web
