// The project's import page (/projekt/{id}/import): a long table of many measures uploaded,
// previewed — every problem by row and column, per measure what is added, changed and
// removed — and committed once, all or nothing; only for those who may change the project.

#include "web/improvement/import_test_support.h"
#include "web/render/xlsx_download.h"
#include "xlsx/writer.h"

namespace stegvis::web {
namespace {

class LongImportPageTest : public ImportWebTest {
 protected:
  std::string Page() {
    return "/projekt/" + std::to_string(ProjectOf("Trygg hemgång")) + "/import";
  }
  Response UploadTable(const TestClient& client, const std::string& file_name,
                       const std::string& bytes) {
    return Send("POST", Page(), client, Multipart(client.csrf, file_name, bytes),
                {{"content-type", "multipart/form-data; boundary=XyZ"}});
  }
  // The staged table's page a redirect names ("" otherwise).
  std::string PreviewOf(const Response& r) {
    const std::string location(r.Header("Location"));
    EXPECT_EQ(r.status, 303) << r.body;
    EXPECT_TRUE(location.starts_with(Page() + "/")) << location;
    return location;
  }
  const std::string good_ =
      "Mått;Period;Grupp;Värde\r\nFall på natten;2026-10;Kvinnor;3\r\n"
      "Fall på natten;2026-10;M;4\r\n";
};

TEST_F(LongImportPageTest, TheFormListsTheMeasuresTheFileMayName) {
  Response project = Get("/projekt/" + std::to_string(ProjectOf("Trygg hemgång")), member_);
  EXPECT_TRUE(Has(project, "href=\"" + Page() + "\"")) << "the project page links to the import";
  Response r = Get(Page(), member_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(Has(r, "Importera värden för flera mått"));
  EXPECT_TRUE(Has(r, "<th scope=\"row\">Fall på natten</th><td>" + std::to_string(measure_) +
                         "</td><td>Kvinnor, Män"))
      << "each measure with its number and groups";
  EXPECT_TRUE(Has(r, "enctype=\"multipart/form-data\""));
  EXPECT_TRUE(Has(r, "<label for=\"long-import-file\">"));
}

TEST_F(LongImportPageTest, AFileIsPreviewedByMeasureAndSavedOnce) {
  const std::string preview = PreviewOf(UploadTable(member_, "alla.csv", good_));
  EXPECT_TRUE(Grid().empty()) << "reading a file saves nothing";
  Response shown = Get(preview, member_);
  ASSERT_EQ(shown.status, 200) << shown.body;
  EXPECT_TRUE(Has(shown, "alla.csv"));
  EXPECT_TRUE(Has(shown, "Rader i filen: 2, för 1 mått. Nya värden: 2, ändrade: 0, borttagna: 0."));
  EXPECT_TRUE(Has(shown, "<a href=\"/matt/" + std::to_string(measure_) +
                             "\">Fall på natten</a></th><td class=\"num\">2</td>"));
  EXPECT_TRUE(Has(shown, "action=\"" + preview + "/spara\""));

  Response saved = Send("POST", preview + "/spara", member_, "_csrf=" + member_.csrf,
                        {{"content-type", "application/x-www-form-urlencoded"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.Header("Location"), preview + "?sparat=1");
  EXPECT_EQ(Grid().size(), 2u);
  Response done = Get(preview + "?sparat=1", member_);
  EXPECT_TRUE(Has(done, "Värdena från filen är sparade för alla mått.")) << done.body;
  EXPECT_FALSE(Has(done, "/spara\"")) << "a committed file offers no second commit";

  Response twice = Send("POST", preview + "/spara", member_, "_csrf=" + member_.csrf,
                        {{"content-type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_TRUE(Has(twice, "Värdena från filen är redan sparade.")) << twice.body;
  EXPECT_EQ(Grid().size(), 2u);
}

TEST_F(LongImportPageTest, ProblemsAreNamedAndNothingIsSaved) {
  const std::string preview = PreviewOf(UploadTable(
      member_, "alla.csv",
      "Mått;Period;Grupp;Värde\r\nFall på natten;2026-10;Kvinnor;3,5\r\nOkänt;2026-10;M;1\r\n"));
  Response shown = Get(preview, member_);
  ASSERT_EQ(shown.status, 200);
  EXPECT_TRUE(Has(shown, "Problem i filen: 2"));
  EXPECT_TRUE(Has(shown, "Rad 2, kolumn D (Värde)")) << shown.body;
  EXPECT_TRUE(Has(shown, "Rad 3, kolumn A (Mått)"));
  EXPECT_FALSE(Has(shown, "/spara\""));
  Response forced = Send("POST", preview + "/spara", member_, "_csrf=" + member_.csrf,
                         {{"content-type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(forced.status, 422);
  EXPECT_TRUE(Has(forced, "Filen har 2 problem")) << forced.body;
  EXPECT_TRUE(Grid().empty());
}

TEST_F(LongImportPageTest, AnExcelWorkbookIsReadAndABadUploadIsRefusedInWords) {
  xlsx::Workbook book;
  book.sheets.push_back(
      {"Värden",
       {"Measure", "Period", "Group", "Value"},
       {{std::string("Fall på natten"), xlsx::Month{2026, 9}, std::string("Women"), 2.0}}});
  const std::string preview = PreviewOf(UploadTable(member_, "alla.xlsx", *xlsx::WriteXlsx(book)));
  EXPECT_TRUE(Has(Get(preview, member_), "Rader i filen: 1, för 1 mått. Nya värden: 1,"));

  Response empty = UploadTable(member_, "", "");
  EXPECT_EQ(empty.status, 422);
  EXPECT_TRUE(Has(empty, "Välj en fil att läsa in."));
  Response damaged = UploadTable(member_, "trasig.xlsx", "PK\x03\x04 inte en arbetsbok");
  EXPECT_EQ(damaged.status, 422);
  EXPECT_TRUE(Has(damaged, "Excel-arbetsbok")) << damaged.body;
  Response kolada = UploadTable(member_, "kolada.json",
                                R"({"values": [{"kpi": "N00945", "municipality": "0180",
                                "period": 2024, "values": [{"gender": "T", "value": 1}]}]})");
  EXPECT_EQ(kolada.status, 422);
  EXPECT_TRUE(Has(kolada, "ett mått i taget")) << kolada.body;
  Response script = UploadTable(member_, "<script>x</script>.csv",
                                "Mått;Period;Grupp;Värde\r\n"
                                "<b>x</b>;2026-10;K;1\r\n");
  const std::string preview2 = PreviewOf(script);
  Response shown = Get(preview2, member_);
  EXPECT_FALSE(Has(shown, "<script>x")) << "the file's name and cells come back escaped";
  EXPECT_FALSE(Has(shown, "<b>x</b>"));
  EXPECT_TRUE(Grid().empty());
}

TEST_F(LongImportPageTest, OnlyThoseWhoMayChangeTheProjectSeeOrCommitItsTable) {
  const std::string preview = PreviewOf(UploadTable(member_, "alla.csv", good_));
  EXPECT_EQ(Get(preview, As(kDemoEmails.at("politiker"))).status, 403);
  EXPECT_EQ(Get(preview, As("admin@norrby.example")).status, 404);
  TestClient norrby = As("team@norrby.example");
  EXPECT_EQ(Send("POST", preview + "/spara", norrby, "_csrf=" + norrby.csrf,
                 {{"content-type", "application/x-www-form-urlencoded"}})
                .status,
            404);
  EXPECT_EQ(Send("POST", preview + "/spara", member_, "",
                 {{"content-type", "application/x-www-form-urlencoded"}})
                .status,
            403)
      << "without the form's CSRF token";
  EXPECT_EQ(UploadTable(As(kDemoEmails.at("politiker")), "alla.csv", good_).status, 403);
  // Another project's page does not show this project's table.
  const std::string elsewhere = "/projekt/" + std::to_string(ProjectOf("Rätt tid")) + "/import/" +
                                preview.substr(preview.rfind('/') + 1);
  EXPECT_EQ(Get(elsewhere, As(kDemoEmails.at("admin"))).status, 404);
  EXPECT_TRUE(Grid().empty());
}

}  // namespace
}  // namespace stegvis::web
