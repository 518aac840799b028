// The report to the nämnd as a Word document (GET /api/v1/units/{id}/report.docx), opened
// again with libzip and libxml2: a valid package with the same report as the page — the
// summary, the work, the measures with new signals, the decided tests with their learnings,
// the goals — and each measure with signals as a chart (PNG) with its data as a Word table.

#include <string>

#include "docx/testing/package_check.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

using docx::testing::OpenedPackage;
using docx::testing::OpenPackage;
using docx::testing::PartText;

class UnitReportDocxTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    url_ = "/api/v1/units/" + std::to_string(UnitNamed("Vård- och omsorgsnämnden")) +
           "/report.docx?period=2026-T2";
  }
  std::string url_;
};

TEST_F(UnitReportDocxTest, TheDocumentIsValidAndSaysWhatThePageSays) {
  TestClient politiker = As(kDemoEmails.at("politiker"));
  Response r = Get(url_, politiker);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Header("Content-Type"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  EXPECT_EQ(r.Header("Content-Disposition"),
            "attachment; filename=\"rapport-vard-och-omsorgsnamnden-2026-T2.docx\"");
  OpenedPackage p = OpenPackage(r.body);
  ASSERT_TRUE(p.problems.empty()) << p.problems.front();
  const std::string& body = p.parts.at("word/document.xml");
  const std::string text = PartText(body);
  for (const char* said : {"Vård- och omsorgsnämnden", "Sammanfattning",
                           "Trygg och jämställd hemgång", "Jämställd hemtjänst",
                           "Förbättring för kvinnor", "Schema från önskade tider, två rutter"}) {
    EXPECT_NE(text.find(said), std::string::npos) << said;
  }
  std::size_t images = 0;
  for (const auto& [name, bytes] : p.parts) {
    if (!name.starts_with("word/media/")) continue;
    ++images;
    EXPECT_EQ(bytes.substr(0, 4), "\x89PNG") << name;
  }
  EXPECT_GE(images, 1u) << "a chart of a measure with a new signal";
  EXPECT_NE(body.find("<w:tbl>"), std::string::npos) << "its data as a Word table";
  EXPECT_NE(PartText(p.parts.at("word/footer1.xml")).find("Rapport till nämnden"),
            std::string::npos);

  Response page = Get(
      "/enhet/" + std::to_string(UnitNamed("Vård- och omsorgsnämnden")) + "/rapport?period=2026-T2",
      politiker);
  EXPECT_TRUE(Has(page, "<a href=\"" + url_ + "\" download>Ladda ned som Word (.docx)</a>"));
}

TEST_F(UnitReportDocxTest, ABadPeriodAndAnotherOrganisationAreRefused) {
  TestClient politiker = As(kDemoEmails.at("politiker"));
  const std::string unit = std::to_string(UnitNamed("Vård- och omsorgsnämnden"));
  EXPECT_EQ(Get("/api/v1/units/" + unit + "/report.docx?period=2026-T9", politiker).status, 422);
  EXPECT_EQ(Get("/api/v1/units/" + unit + "/report.docx", As("admin@norrby.example")).status, 404);
  EXPECT_EQ(Get("/api/v1/units/" + unit + "/report.docx", As(kDemoEmails.at("teammedlem"))).status,
            403);
}

}  // namespace
}  // namespace stegvis::web
