// POST /api/v1/projects/{id}/imports: a long table of a project's measures through the API —
// saved all or nothing, or only checked; problems in words by row and column; the same people
// as the measure's own import, with a session (and its CSRF token) or a read-write token; never
// across organisations.

#include <boost/json/parse.hpp>

#include "domain/api_tokens.h"
#include "web/improvement/import_test_support.h"
#include "web/render/xlsx_download.h"
#include "xlsx/writer.h"

namespace stegvis::web {
namespace {

class LongImportApiTest : public ImportWebTest {
 protected:
  std::string Path(const std::string& query = "") {
    return "/api/v1/projects/" + std::to_string(ProjectOf("Trygg hemgång")) + "/imports" + query;
  }
  Response PostTable(const TestClient& client, const std::string& csv,
                     const std::string& query = "?name=alla.csv") {
    return Send("POST", Path(query), client, csv,
                {{"content-type", "text/csv; charset=utf-8"}, {"x-csrf-token", client.csrf}});
  }
  Response PostBook(const std::string& bytes) {
    return Send("POST", Path("?name=alla.xlsx"), member_, bytes,
                {{"content-type", std::string(kXlsxMediaType)}, {"x-csrf-token", member_.csrf}});
  }
  const std::string good_ =
      "Mått;Period;Grupp;Värde\r\nFall på natten;2026-10;Kvinnor;3\r\n"
      "Fall på natten;2026-10;M;4\r\n";
};

boost::json::object Json(const Response& r) {
  return boost::json::parse(r.body).as_object();
}

TEST_F(LongImportApiTest, ATableIsCheckedThenSavedAllAtOnce) {
  Response check = PostTable(member_, good_, "?dry_run=true");
  ASSERT_EQ(check.status, 200) << check.body;
  EXPECT_EQ(Json(check).at("saved").as_bool(), false);
  EXPECT_EQ(Json(check).at("created").as_int64(), 2);
  EXPECT_TRUE(Grid().empty()) << "a dry run saves nothing";

  Response saved = PostTable(member_, good_);
  ASSERT_EQ(saved.status, 200) << saved.body;
  boost::json::object body = Json(saved);
  EXPECT_EQ(body.at("saved").as_bool(), true);
  EXPECT_EQ(body.at("rows").as_int64(), 2);
  EXPECT_EQ(body.at("measures").as_int64(), 1);
  EXPECT_EQ(Grid().size(), 2u);
}

TEST_F(LongImportApiTest, ProblemsAre422InWordsAndNothingIsSaved) {
  Response r = PostTable(member_,
                         "Mått;Period;Grupp;Värde\r\nFall på natten;2026-10;Kvinnor;3\r\n"
                         "Fall på natten;2026-10;Alla;4\r\n");
  ASSERT_EQ(r.status, 422) << r.body;
  boost::json::object body = Json(r);
  EXPECT_EQ(body.at("saved").as_bool(), false);
  EXPECT_EQ(body.at("problem_count").as_int64(), 1);
  const boost::json::object& p = body.at("problems").as_array().at(0).as_object();
  EXPECT_EQ(p.at("row").as_int64(), 3);
  EXPECT_EQ(p.at("column").as_string(), "C");
  EXPECT_EQ(p.at("key").as_string(), "error.import.unknown_group");
  EXPECT_NE(std::string(p.at("message").as_string()).find("Kvinnor, Män"), std::string::npos);
  EXPECT_TRUE(Grid().empty());
}

TEST_F(LongImportApiTest, AnExcelWorkbooksFirstSheetIsATableToo) {
  xlsx::Workbook book;
  // A month written as a date, a count as a number; the sheet's rows name the problems.
  book.sheets.push_back(
      {"Alla mått",
       {"Mått", "Period", "Grupp", "Värde"},
       {{std::string("Fall på natten"), xlsx::Month{2026, 10}, std::string("K"), 3.0},
        {std::string("Fall på natten"), xlsx::Month{2026, 10}, std::string("M"), 4.0}}});
  book.sheets.push_back({"Anteckningar", {"Text"}, {{std::string("inte värden")}}});
  Response saved = PostBook(*xlsx::WriteXlsx(book));
  ASSERT_EQ(saved.status, 200) << saved.body;
  boost::json::object body = Json(saved);
  EXPECT_EQ(body.at("sheet").as_string(), "Alla mått");
  EXPECT_EQ(body.at("created").as_int64(), 2);
  ASSERT_EQ(Grid().size(), 2u);
  EXPECT_EQ(Grid().front().period, "2026-10");

  book.sheets[0].rows.push_back(
      {std::string("Fall på natten"), xlsx::Month{2026, 11}, std::string("K"), 2.5});
  // A value past the header's last heading is a row longer than its header.
  book.sheets[0].rows.push_back(
      {std::string("Fall på natten"), xlsx::Month{2026, 11}, std::string("M"), 1.0});
  book.sheets[0].header.push_back("");
  book.sheets[0].rows.back().push_back(7.0);
  Response refused = PostBook(*xlsx::WriteXlsx(book));
  ASSERT_EQ(refused.status, 422) << refused.body;
  const boost::json::array problems = Json(refused).at("problems").as_array();  // a copy
  ASSERT_EQ(problems.size(), 2u) << refused.body;
  EXPECT_EQ(problems[0].at("row").as_int64(), 4);
  EXPECT_EQ(problems[0].at("column").as_string(), "D");
  EXPECT_EQ(problems[1].at("row").as_int64(), 5);
  EXPECT_EQ(problems[1].at("key").as_string(), "error.csv.too_many_fields");
  EXPECT_EQ(Grid().size(), 2u) << "nothing of a refused workbook is saved";

  Response damaged = PostBook("PK\x03\x04 not a workbook");
  EXPECT_EQ(damaged.status, 422);
  EXPECT_EQ(Json(damaged).at("error").as_object().at("key").as_string(),
            "error.xlsx.not_a_workbook")
      << damaged.body;
}

TEST_F(LongImportApiTest, OnlyCsvOrExcelAndAPlainDryRunFlag) {
  Response json = Send("POST", Path(), member_, "{}",
                       {{"content-type", "application/json"}, {"x-csrf-token", member_.csrf}});
  EXPECT_EQ(json.status, 422);
  const boost::json::object error = Json(json).at("error").as_object();  // a copy
  EXPECT_EQ(error.at("key").as_string(), "error.import.long_media_type") << json.body;
  EXPECT_EQ(error.at("field").as_string(), "content-type");
  EXPECT_EQ(PostTable(member_, good_, "?dry_run=yes").status, 422);
  EXPECT_TRUE(Grid().empty());
}

TEST_F(LongImportApiTest, AReadWriteTokenImportsAReadOnlyOneDoesNot) {
  const domain::Principal p = *domain::LoadPrincipal(*store_, UserId(kDemoEmails.at("teammedlem")));
  auto reader = domain::CreateApiToken(*store_, clock_, p, domain::ActorFor(p, "192.0.2.10"),
                                       {"Läsare", false, 30});
  auto writer = domain::CreateApiToken(*store_, clock_, p, domain::ActorFor(p, "192.0.2.10"),
                                       {"Verksamhetssystem", true, 30});
  ASSERT_TRUE(reader && writer);
  EXPECT_EQ(Send("POST", Path(), {}, good_,
                 {{"content-type", "text/csv"}, {"authorization", "Bearer " + reader->token}})
                .status,
            403);
  EXPECT_TRUE(Grid().empty());
  Response r = Send("POST", Path(), {}, good_,
                    {{"content-type", "text/csv"}, {"authorization", "Bearer " + writer->token}});
  EXPECT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(Grid().size(), 2u);
}

TEST_F(LongImportApiTest, ReadersForgersAndOtherOrganisationsChangeNothing) {
  EXPECT_EQ(PostTable(As(kDemoEmails.at("politiker")), good_).status, 403);
  EXPECT_EQ(PostTable(As("admin@norrby.example"), good_).status, 404);
  EXPECT_EQ(PostTable(As("team@norrby.example"), good_).status, 404);
  EXPECT_EQ(Send("POST", Path(), member_, good_, {{"content-type", "text/csv"}}).status, 403)
      << "a session without its CSRF token";
  EXPECT_EQ(Send("POST", Path(), Anonymous(), good_, {{"content-type", "text/csv"}}).status, 401);
  // Script in a cell comes back as JSON text, never as markup.
  Response r = PostTable(member_, "Mått;Period;Grupp;Värde\r\n<script>x</script>;2026-10;K;1\r\n");
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(r.Header("Content-Type").substr(0, 16), "application/json");
  EXPECT_TRUE(Grid().empty());
}

}  // namespace
}  // namespace stegvis::web
