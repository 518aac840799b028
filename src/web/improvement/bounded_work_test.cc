// Work one signed-in user can ask of the server stays bounded: a measure holds at most
// domain::kMaxPeriodsPerMeasure periods (grid, paste and JSON alike), a form body at most
// kMaxFormFields fields, and the largest measure the limits allow still gets its gender
// analysis. Review finding "Reliability and security" 1; figures in docs/performance.md.

#include <cstdio>

#include "domain/observation_grid.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class BoundedWorkTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    member_ = As(kDemoEmails.at("teammedlem"));
    measure_ = MeasureOf("Trygg hemgång");
  }

  std::int64_t DataVersion() {
    std::int64_t version = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      version = tx.Measures().Find(measure_)->data_version;
      return true;
    });
    return version;
  }

  // The i-th month from 1900-01.
  static std::string Month(int i) {
    char period[16];
    std::snprintf(period, sizeof period, "%04d-%02d", 1900 + i / 12, i % 12 + 1);
    return period;
  }

  // PUTs women and men values for months `from` .. `to` - 1 through the JSON import.
  Response PutMonths(int from, int to) {
    std::string rows;
    for (int i = from; i < to; ++i) {
      for (const char* group : {"women", "men"}) {
        if (!rows.empty()) rows += ",";
        rows += R"({"period":")" + Month(i) + R"(","group":")" + group + R"(","value":")" +
                std::to_string(10 + (i * 7) % 11) + R"(","denominator":"40"})";
      }
    }
    return Send("PUT", "/api/v1/measures/" + std::to_string(measure_) + "/observations", member_,
                R"({"data_version":)" + std::to_string(DataVersion()) + R"(,"observations":[)" +
                    rows + "]}",
                {{"content-type", "application/json"}, {"x-csrf-token", member_.csrf}});
  }

  // Empties what the demo stored, so the measure holds only the months the test puts.
  void ClearMeasure() {
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      for (const domain::Observation& o : tx.Measures().ListObservations(measure_)) {
        tx.Measures().DeleteObservation(measure_, o.period, o.group);
      }
      return true;
    });
  }

  TestClient member_;
  domain::Id measure_ = 0;
};

TEST_F(BoundedWorkTest, AFormWithMoreFieldsThanAnyPageSendsIsRefusedUnprocessed) {
  const std::int64_t before = DataVersion();
  const std::string page = "/matt/" + std::to_string(measure_) + "/varden";
  const std::string cell =
      "data_version=" + std::to_string(before) + "&paste=2025-01%0912%0940%0911%0940";
  // Exactly the limit (with Post's _csrf): read and saved. (The paste is one field; the grid's
  // cells are a field each, kMaxFormFields covers the largest measure's grid.)
  std::string fields = cell;
  while (CountFormFields("_csrf=&" + fields) < kMaxFormFields) fields += "&x=";
  ASSERT_EQ(CountFormFields("_csrf=&" + fields), kMaxFormFields);
  Response at_limit = Post(page, member_, fields);
  EXPECT_EQ(at_limit.status, 303) << at_limit.body.substr(0, 300);
  const std::int64_t saved = DataVersion();
  EXPECT_GT(saved, before);
  // One field more: refused in words, nothing saved.
  Response over =
      Post(page, member_,
           "data_version=" + std::to_string(saved) + "&paste=2025-01%0913%0940%0911%0940" +
               fields.substr(cell.size()) + "&x=");
  EXPECT_EQ(over.status, 422);
  EXPECT_NE(over.body.find(std::to_string(kMaxFormFields)), std::string::npos)
      << over.body.substr(0, 300);
  EXPECT_EQ(DataVersion(), saved);
  // A 1 MiB body (the server's body limit) of empty fields: refused the same way.
  std::string mib = cell;
  while (mib.size() + 3 <= 1024 * 1024 - 80) mib += "&x=";
  EXPECT_EQ(Post(page, member_, mib).status, 422);
  EXPECT_EQ(DataVersion(), saved);
}

TEST_F(BoundedWorkTest, AMeasureTakesNoMorePeriodsThanTheLimitByAnyRoute) {
  ClearMeasure();
  const int limit = static_cast<int>(domain::kMaxPeriodsPerMeasure);
  Response full = PutMonths(0, limit);
  ASSERT_EQ(full.status, 200) << full.body.substr(0, 300);
  // JSON import: one period more is refused with the catalogue's words.
  Response json = PutMonths(limit, limit + 1);
  EXPECT_EQ(json.status, 422);
  EXPECT_NE(json.body.find("perioder"), std::string::npos) << json.body.substr(0, 300);
  // The grid and a paste likewise.
  const std::string page = "/matt/" + std::to_string(measure_) + "/varden";
  const std::string version = "data_version=" + std::to_string(DataVersion());
  const std::string next = Month(limit);  // the first empty row the grid offers
  Response grid = Post(page, member_, version + "&v." + next + ".women=12&d." + next + ".women=40");
  EXPECT_EQ(grid.status, 422);
  EXPECT_NE(grid.body.find(std::to_string(limit)), std::string::npos) << grid.body.substr(0, 300);
  Response paste = Post(page, member_, version + "&paste=" + next + "%0912%0940%0911%0940");
  EXPECT_EQ(paste.status, 422);
  EXPECT_NE(paste.body.find(std::to_string(limit)), std::string::npos) << paste.body.substr(0, 300);
  // The largest measure the limit allows gets its gender analysis, every reading of it.
  Response analysis = Get("/matt/" + std::to_string(measure_) + "/jamstalldhetsanalys", member_);
  EXPECT_EQ(analysis.status, 200);
  Response history =
      Get("/api/v1/measures/" + std::to_string(measure_) + "/gender-analysis", member_);
  EXPECT_EQ(history.status, 200) << history.body.substr(0, 300);
}

}  // namespace
}  // namespace stegvis::web
