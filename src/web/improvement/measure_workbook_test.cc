// A measure, a project's measures and the audit trail as Excel workbooks, through the real router
// and a real store: what the file holds (values as the grid holds them, dates as dates, the charts'
// lines), in the reader's language, and who may download it.

#include <string>

#include "domain/api_tokens.h"
#include "domain/sessions.h"
#include "web/render/xlsx_download.h"
#include "web/testing/web_test_fixture.h"
#include "xlsx/testing/sheet_check.h"

namespace stegvis::web {
namespace {

using xlsx::testing::Cells;
using xlsx::testing::SheetNames;

class MeasureWorkbookTest : public WebTest {
 protected:
  std::vector<domain::Observation> Stored(domain::Id measure) {
    std::vector<domain::Observation> out;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      out = tx.Measures().ListObservations(measure);
      return true;
    });
    return out;
  }
};

TEST_F(MeasureWorkbookTest, AMeasureDownloadsWithItsValuesAndEveryChartsLines) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const domain::Id measure = MeasureOf("Trygg hemgång");
  const std::string url = "/matt/" + std::to_string(measure);
  EXPECT_TRUE(Has(Get(url, team), "href=\"" + url + "/data.xlsx\" download")) << "offered";
  Response r = Get(url + "/data.xlsx", team);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Header("Content-Type"), kXlsxMediaType);
  EXPECT_EQ(r.Header("Content-Disposition"),
            "attachment; filename=\"matt-" + std::to_string(measure) + ".xlsx\"");
  auto package = docx::testing::OpenPackage(r.body);
  ASSERT_TRUE(package.problems.empty()) << package.problems.front();
  EXPECT_EQ(
      SheetNames(package.parts["xl/workbook.xml"]),
      (std::vector<std::string>{"Värden", "Diagram Totalt", "Diagram Kvinnor", "Diagram Män"}));
  // The values: headed with the grid's words, a row per period, numbers as numbers.
  auto values = Cells(package.parts["xl/worksheets/sheet1.xml"]);
  EXPECT_EQ(values["A1"].value, "Period");
  EXPECT_TRUE(values["B1"].value.starts_with("Kvinnor")) << values["B1"].value;
  const std::vector<domain::Observation> stored = Stored(measure);
  ASSERT_FALSE(stored.empty());
  const domain::Observation& first = stored.front();  // by period, then group
  EXPECT_EQ(values["A2"].type, "") << "a month is a date";
  EXPECT_NE(values["A2"].style, "");
  for (const auto& [ref, cell] : values) {
    if (ref[0] == 'A' || ref.substr(1) == "1") continue;
    EXPECT_EQ(cell.type, "") << ref << " is a number";
  }
  bool found = false;
  for (const auto& [ref, cell] : values) {
    if (ref.substr(1) == "2" && ref != "A2" && std::stod(cell.value) == std::stod(first.value))
      found = true;
  }
  EXPECT_TRUE(found) << "the first period's " << first.group << " value " << first.value;
  // Each series' sheet has its lines and signals in words.
  auto total = Cells(package.parts["xl/worksheets/sheet2.xml"]);
  EXPECT_EQ(total["B1"].value, "Värde (%)") << "a proportion is charted in percent";
  EXPECT_EQ(total["C1"].value, "Mittlinje");
  EXPECT_EQ(total["G1"].value, "Signal");
  EXPECT_FALSE(total["C2"].value.empty()) << "the centre line is written";
}

TEST_F(MeasureWorkbookTest, TheWorkbookSpeaksTheReadersLanguage) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string url =
      "/matt/" + std::to_string(MeasureOf("Trygg hemgång")) + "/data.xlsx?lang=en";
  Response r = Get(url, team);
  ASSERT_EQ(r.status, 200);
  auto package = docx::testing::OpenPackage(r.body);
  EXPECT_EQ(SheetNames(package.parts["xl/workbook.xml"]).front(), "Values");
  EXPECT_EQ(Cells(package.parts["xl/worksheets/sheet1.xml"])["B1"].value.substr(0, 5), "Women");
}

TEST_F(MeasureWorkbookTest, OnlyThoseWhoSeeTheMeasureGetItsWorkbook) {
  SeedDemo();
  const std::string id = std::to_string(MeasureOf("Trygg hemgång"));
  EXPECT_EQ(Get("/matt/" + id + "/data.xlsx", As("admin@norrby.example")).status, 404)
      << "another organisation";
  EXPECT_TRUE(RedirectsToLogin(Get("/matt/" + id + "/data.xlsx", Anonymous())));
  EXPECT_EQ(Get("/api/v1/measures/" + id + "/observations.xlsx", Anonymous()).status, 401);
  // Through the API with a read-only token, the same file.
  const domain::Principal p = *domain::LoadPrincipal(*store_, UserId(kDemoEmails.at("teammedlem")));
  auto token = domain::CreateApiToken(*store_, clock_, p, domain::ActorFor(p, "192.0.2.10"),
                                      {"Kalkylblad", false, 30});
  ASSERT_TRUE(token);
  Response api = Send("GET", "/api/v1/measures/" + id + "/observations.xlsx", {}, {},
                      {{"authorization", "Bearer " + token->token}});
  ASSERT_EQ(api.status, 200) << api.body;
  EXPECT_EQ(api.Header("Content-Type"), kXlsxMediaType);
  EXPECT_TRUE(docx::testing::OpenPackage(api.body).problems.empty());
}

TEST_F(MeasureWorkbookTest, AProjectDownloadsItsMeasuresAndEveryValueAsALongTable) {
  SeedDemo();
  TestClient team = As(kDemoEmails.at("teammedlem"));
  const std::string project = std::to_string(ProjectOf("Trygg hemgång"));
  EXPECT_TRUE(Has(Get("/projekt/" + project, team),
                  "href=\"/projekt/" + project + "/matt.xlsx\" download"));
  Response r = Get("/projekt/" + project + "/matt.xlsx", team);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Header("Content-Disposition"),
            "attachment; filename=\"projekt-" + project + ".xlsx\"");
  auto package = docx::testing::OpenPackage(r.body);
  ASSERT_TRUE(package.problems.empty()) << package.problems.front();
  EXPECT_EQ(SheetNames(package.parts["xl/workbook.xml"]),
            (std::vector<std::string>{"Mått", "Värden"}));
  std::size_t measures = 0, values = 0;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    for (const auto& m : tx.Measures().ListOfProject(ProjectOf("Trygg hemgång"))) {
      ++measures;
      values += tx.Measures().ListObservations(m.id).size();
    }
    return true;
  });
  ASSERT_GT(values, 0u);
  auto listed = Cells(package.parts["xl/worksheets/sheet1.xml"]);
  EXPECT_EQ(listed["B1"].value, "Måttets namn");
  EXPECT_TRUE(listed.count("A" + std::to_string(measures + 1)));
  EXPECT_FALSE(listed.count("A" + std::to_string(measures + 2))) << "a row per measure";
  auto rows = Cells(package.parts["xl/worksheets/sheet2.xml"]);
  EXPECT_EQ(rows["C1"].value, "Period");
  EXPECT_TRUE(rows.count("A" + std::to_string(values + 1)));
  EXPECT_FALSE(rows.count("A" + std::to_string(values + 2))) << "a row per stored value";
  EXPECT_EQ(rows["A2"].type, "") << "the measure's id is a number";
  EXPECT_EQ(rows["E2"].type, "") << "the value is a number";
  EXPECT_EQ(rows["D2"].value, "Kvinnor") << "a period's groups in the grid's order";
  EXPECT_EQ(rows["D3"].value, "Män");
  // Out of reach of another organisation; the same file through the API.
  EXPECT_EQ(Get("/projekt/" + project + "/matt.xlsx", As("admin@norrby.example")).status, 404);
  Response api = Get("/api/v1/projects/" + project + "/measures.xlsx", team);
  ASSERT_EQ(api.status, 200);
  EXPECT_EQ(api.Header("Content-Type"), kXlsxMediaType);
}

TEST_F(MeasureWorkbookTest, TheAuditTrailDownloadsWithTimesAsDatesForAdminsOnly) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  Response r = Get("/admin/historik.xlsx", admin);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Header("Content-Type"), kXlsxMediaType);
  auto package = docx::testing::OpenPackage(r.body);
  ASSERT_TRUE(package.problems.empty()) << package.problems.front();
  EXPECT_EQ(SheetNames(package.parts["xl/workbook.xml"]), std::vector<std::string>{"Historik"});
  auto cells = Cells(package.parts["xl/worksheets/sheet1.xml"]);
  EXPECT_EQ(cells["B1"].value, "Tid (UTC)");
  EXPECT_EQ(cells["A2"].type, "") << "the id is a number";
  EXPECT_EQ(cells["B2"].type, "") << "the time is a date";
  EXPECT_GT(std::stod(cells["B2"].value), 45000) << "a date serial of this century";
  EXPECT_EQ(Get("/admin/historik.xlsx", As(kDemoEmails.at("teammedlem"))).status, 403);
  EXPECT_TRUE(Has(Get("/admin/anvandare", admin), "href=\"/admin/historik.xlsx\""));
}

}  // namespace
}  // namespace stegvis::web
