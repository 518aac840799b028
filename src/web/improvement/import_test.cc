// Importing a file of a measure's values from the measure page and the API: a Swedish Excel
// file with one bad cell is refused and the cell named; the corrected file is previewed,
// committed and the measure's page shows the values; plain CSV, Windows-1252 and English
// headings are read too; the API answers as docs/api.md says.

#include <boost/json/parse.hpp>

#include "domain/observation_import.h"
#include "web/improvement/import_test_support.h"

namespace stegvis::web {
namespace {

const std::string kBadExcel = kExcelBom +
                              "Period;Kvinnor;Män;Totalt\r\n"
                              "2026-10;3;4;7\r\n"
                              "2026-11;2,5;1;3,5\r\n";
const std::string kGoodExcel = kExcelBom +
                               "Period;Kvinnor;Män;Totalt\r\n"
                               "2026-10;3;4;7\r\n"
                               "2026-11;2;1;3\r\n";

TEST_F(ImportWebTest, ABadCellIsNamedTheFixedFileIsSavedAndTheMeasureShowsIt) {
  Response refused = Upload(member_, "fall.csv", kBadExcel);
  const domain::Id bad = ImportIdOf(refused);
  ASSERT_NE(bad, 0) << refused.status << refused.body.substr(0, 400);
  Response preview = Get("/import/" + std::to_string(bad), member_);
  EXPECT_EQ(preview.status, 200);
  EXPECT_TRUE(Has(preview, "Rad 3, kolumn B (Kvinnor): ”2,5” – Ett antal är ett heltal."))
      << preview.body;
  EXPECT_TRUE(Has(preview, "fall.csv"));
  EXPECT_FALSE(Has(preview, "/spara\"")) << "no commit button while there are problems";
  EXPECT_EQ(Post("/import/" + std::to_string(bad) + "/spara", member_).status, 422);
  EXPECT_TRUE(Grid().empty());

  const domain::Id good = ImportIdOf(Upload(member_, "fall.csv", kGoodExcel));
  ASSERT_NE(good, 0);
  EXPECT_EQ(Get("/import/" + std::to_string(bad), member_).status, 404)
      << "a newer file replaces the staged one";
  Response ready = Get("/import/" + std::to_string(good), member_);
  EXPECT_TRUE(Has(ready, "action=\"/import/" + std::to_string(good) + "/spara\""));
  Response saved = Post("/import/" + std::to_string(good) + "/spara", member_);
  ASSERT_EQ(saved.status, 303);
  EXPECT_EQ(saved.Header("Location"), "/matt/" + std::to_string(measure_) + "?sparat=1");
  EXPECT_EQ(Grid().size(), 6u);
  Response page = Get(std::string(saved.Header("Location")), member_);
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "value=\"3\"")) << "the grid shows the imported values";
  Response again = Post("/import/" + std::to_string(good) + "/spara", member_);
  EXPECT_EQ(again.status, 409) << "committed once";
}

TEST_F(ImportWebTest, WindowsAnsiPlainCsvAndEnglishHeadingsAreReadToo) {
  // "Män" in Windows-1252 is M, 0xE4, n.
  const std::string ansi = "Period;Kvinnor;M\xE4n\r\n2026-10;3;4\r\n";
  Response a = PostCsv(member_, ansi);
  ASSERT_EQ(a.status, 201) << a.body;
  boost::json::object ja = boost::json::parse(a.body).as_object();
  EXPECT_EQ(ja.at("problems").as_array().size(), 0u) << a.body;
  Response plain = PostCsv(member_, "period,women,men\n2026-10,3.0,4\n");
  ASSERT_EQ(plain.status, 201);
  boost::json::object jp = boost::json::parse(plain.body).as_object();
  EXPECT_EQ(jp.at("problems").as_array().size(), 0u) << plain.body;
  EXPECT_EQ(jp.at("rows").as_int64(), 1);
}

TEST_F(ImportWebTest, TheApiStagesPreviewsAndCommitsOnce) {
  Response bad = PostCsv(member_, "Period,Kvinnor,Män\n2026-10,3,x\n");
  ASSERT_EQ(bad.status, 201);
  boost::json::object jb = boost::json::parse(bad.body).as_object();
  ASSERT_EQ(jb.at("problems").as_array().size(), 1u);
  const boost::json::object& problem = jb.at("problems").as_array()[0].as_object();
  EXPECT_EQ(problem.at("row").as_int64(), 2);
  EXPECT_EQ(problem.at("column").as_string(), "C");
  EXPECT_EQ(problem.at("column_name").as_string(), "Män");
  EXPECT_FALSE(problem.at("message").as_string().empty());
  const std::string bad_id = std::to_string(jb.at("id").as_int64());
  Response refused = Send("POST", "/api/v1/imports/" + bad_id + "/commit", member_, "",
                          {{"x-csrf-token", member_.csrf}});
  EXPECT_EQ(refused.status, 422);

  Response good = PostCsv(member_, "Period,Kvinnor,Män\n2026-10,3,4\n2026-11,,1\n");
  ASSERT_EQ(good.status, 201);
  const std::string id = std::to_string(boost::json::parse(good.body).at("id").as_int64());
  EXPECT_EQ(good.Header("Location"), "/api/v1/imports/" + id);
  Response read = Get("/api/v1/imports/" + id, member_);
  ASSERT_EQ(read.status, 200);
  boost::json::object jr = boost::json::parse(read.body).as_object();
  EXPECT_EQ(jr.at("status").as_string(), "staged");
  EXPECT_EQ(jr.at("file_name").as_string(), "fall.csv");
  EXPECT_FALSE(jr.contains("sheet_json")) << "the stored text stays inside";
  Response done = Send("POST", "/api/v1/imports/" + id + "/commit", member_, "",
                       {{"x-csrf-token", member_.csrf}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(boost::json::parse(done.body).at("changed").as_int64(), 3);
  EXPECT_EQ(Grid().size(), 3u);
  EXPECT_EQ(Send("POST", "/api/v1/imports/" + id + "/commit", member_, "",
                 {{"x-csrf-token", member_.csrf}})
                .status,
            409);
}

TEST_F(ImportWebTest, WhatIsNotACsvFileIsRefusedWithWords) {
  EXPECT_EQ(Send("POST", "/api/v1/measures/" + std::to_string(measure_) + "/imports", member_, "{}",
                 {{"content-type", "application/json"}, {"x-csrf-token", member_.csrf}})
                .status,
            422);
  Response big = PostCsv(member_, std::string(domain::kMaxImportBytes + 1, 'a'));
  EXPECT_EQ(big.status, 422);
  Response unclosed = Upload(member_, "trasig.csv", "Period;Kvinnor\r\n2026-10;\"3\r\n");
  EXPECT_EQ(unclosed.status, 422);
  EXPECT_TRUE(Has(unclosed, "Rad 2: ett citattecken stängs aldrig.")) << unclosed.body;
  Response none = Send("POST", "/matt/" + std::to_string(measure_) + "/import", member_,
                       "--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" +
                           member_.csrf + "\r\n--XyZ--\r\n",
                       {{"content-type", "multipart/form-data; boundary=XyZ"}});
  EXPECT_EQ(none.status, 422);
  EXPECT_TRUE(Has(none, "Välj en fil att läsa in."));
  EXPECT_TRUE(Grid().empty());
}

TEST_F(ImportWebTest, TheMeasurePageOffersTheImportToThoseWhoMayChangeIt) {
  EXPECT_TRUE(
      Has(Get("/matt/" + std::to_string(measure_), member_), "enctype=\"multipart/form-data\""));
  EXPECT_FALSE(Has(Get("/matt/" + std::to_string(measure_), As(kDemoEmails.at("politiker"))),
                   "enctype=\"multipart/form-data\""));
}

}  // namespace
}  // namespace stegvis::web
