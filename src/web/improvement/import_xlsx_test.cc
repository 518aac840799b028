// Importing an Excel workbook (.xlsx) through the page and the API: the first sheet is read,
// months written as dates are periods, a problem is named by the sheet's row and column, a
// measure's own downloaded workbook imports again as it is, and a damaged file is refused in
// words.

#include <boost/json/parse.hpp>

#include "web/improvement/import_test_support.h"
#include "web/render/xlsx_download.h"
#include "xlsx/writer.h"

namespace stegvis::web {
namespace {

class ImportXlsxTest : public ImportWebTest {
 protected:
  Response PostXlsx(const std::string& bytes, domain::Id measure = 0) {
    return Send("POST",
                "/api/v1/measures/" + std::to_string(measure ? measure : measure_) +
                    "/imports?name=fall.xlsx",
                member_, bytes, {{"content-type", kXlsxMediaType}, {"x-csrf-token", member_.csrf}});
  }
  // A workbook whose first sheet, "Fall", holds `rows` under Period, Kvinnor, Män.
  static std::string Book(std::vector<std::vector<xlsx::Cell>> rows) {
    xlsx::Workbook book;
    book.sheets.push_back({"Fall", {"Period", "Kvinnor", "Män"}, std::move(rows)});
    book.sheets.push_back({"Anteckningar", {"Text"}, {{std::string("inte värden")}}});
    return *xlsx::WriteXlsx(book);
  }
};

TEST_F(ImportXlsxTest, TheFirstSheetIsReadPreviewedAndCommitted) {
  Response staged = PostXlsx(
      Book({{xlsx::Month{2026, 9}, 3.0, 4.0}, {xlsx::Month{2026, 10}, std::monostate{}, 1.0}}));
  ASSERT_EQ(staged.status, 201) << staged.body;
  boost::json::object j = boost::json::parse(staged.body).as_object();
  EXPECT_EQ(j.at("sheet").as_string(), "Fall");
  EXPECT_EQ(j.at("rows").as_int64(), 2);
  EXPECT_EQ(j.at("problems").as_array().size(), 0u) << staged.body;
  const std::string id = std::to_string(j.at("id").as_int64());
  Response done = Send("POST", "/api/v1/imports/" + id + "/commit", member_, "",
                       {{"x-csrf-token", member_.csrf}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(boost::json::parse(done.body).at("changed").as_int64(), 3);
  const std::vector<domain::Observation> grid = Grid();
  ASSERT_EQ(grid.size(), 3u);
  EXPECT_EQ(grid.front().period, "2026-09") << "a month written as a date is the period";
  EXPECT_EQ(grid.front().value, "4") << "men, then women, by group order: " << grid.front().group;
}

TEST_F(ImportXlsxTest, AProblemIsNamedByTheSheetsRowAndColumn) {
  const std::string bad = Book({{xlsx::Month{2026, 9}, 3.5, 4.0}});
  Response staged = PostXlsx(bad);
  ASSERT_EQ(staged.status, 201);
  boost::json::object j = boost::json::parse(staged.body).as_object();
  ASSERT_EQ(j.at("problems").as_array().size(), 1u) << staged.body;
  const boost::json::object& problem = j.at("problems").as_array()[0].as_object();
  EXPECT_EQ(problem.at("row").as_int64(), 2);
  EXPECT_EQ(problem.at("column").as_string(), "B");
  EXPECT_EQ(problem.at("column_name").as_string(), "Kvinnor");
  // The page names the sheet beside the file.
  Response upload = Upload(member_, "fall.xlsx", bad);
  const domain::Id import = ImportIdOf(upload);
  ASSERT_NE(import, 0) << upload.status << upload.body;
  Response page = Get("/import/" + std::to_string(import), member_);
  EXPECT_TRUE(Has(page, "Blad: <strong>Fall</strong>")) << page.body;
  EXPECT_TRUE(Has(page, "Rad 2, kolumn B (Kvinnor)"));
  EXPECT_TRUE(Grid().empty());
}

TEST_F(ImportXlsxTest, AMeasuresOwnWorkbookImportsAgainAsItIs) {
  const domain::Id measure = MeasureOf("Trygg hemgång");
  Response download = Get("/matt/" + std::to_string(measure) + "/data.xlsx", member_);
  ASSERT_EQ(download.status, 200);
  Response staged = PostXlsx(download.body, measure);
  ASSERT_EQ(staged.status, 201) << staged.body;
  boost::json::object j = boost::json::parse(staged.body).as_object();
  EXPECT_EQ(j.at("problems").as_array().size(), 0u) << staged.body;
  EXPECT_GT(j.at("rows").as_int64(), 0);
  EXPECT_EQ(j.at("sheet").as_string(), "Värden");
}

TEST_F(ImportXlsxTest, ADamagedWorkbookIsRefusedInWords) {
  std::string damaged = Book({{xlsx::Month{2026, 9}, 3.0, 4.0}});
  damaged.resize(damaged.size() / 2);
  Response api = PostXlsx(damaged);
  EXPECT_EQ(api.status, 422);
  EXPECT_TRUE(Has(api, "kan inte läsas som en Excel-arbetsbok")) << api.body;
  Response page = Upload(member_, "fall.xlsx", damaged);
  EXPECT_EQ(page.status, 422);
  EXPECT_TRUE(Has(page, "Filen kan inte läsas som en Excel-arbetsbok")) << page.body;
  EXPECT_EQ(Send("POST", "/api/v1/measures/" + std::to_string(measure_) + "/imports", member_,
                 damaged, {{"content-type", "application/zip"}, {"x-csrf-token", member_.csrf}})
                .status,
            422);
  EXPECT_TRUE(Grid().empty());
}

}  // namespace
}  // namespace stegvis::web
