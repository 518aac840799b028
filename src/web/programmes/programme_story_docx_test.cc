// A programme's improvement story as a Word document (GET /api/v1/programmes/{id}/story.docx):
// a valid package with the same story as the page — the teams, each common measure across the
// teams as a Word table with its funnel plot as a PNG, every test of each package idea with
// what was learned — and nothing for an organisation that takes no part.

#include <string>

#include <boost/json.hpp>

#include "docx/testing/package_check.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

using docx::testing::OpenedPackage;
using docx::testing::OpenPackage;
using docx::testing::PartText;

class ProgrammeStoryDocxTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    url_ =
        "/api/v1/programmes/" + std::to_string(ProgrammeId("Jämställd hemtjänst")) + "/story.docx";
  }
  std::string url_;
};

TEST_F(ProgrammeStoryDocxTest, TheDocumentIsValidAndTellsWhatTheTeamsLearned) {
  Response r = Get(url_, As(kDemoEmails.at("strateg")));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Header("Content-Disposition"),
            "attachment; filename=\"berattelse-jamstalld-hemtjanst.docx\"");
  OpenedPackage p = OpenPackage(r.body);
  ASSERT_TRUE(p.problems.empty()) << p.problems.front();
  const std::string& body = p.parts.at("word/document.xml");
  const std::string text = PartText(body);
  EXPECT_NE(text.find("Samma kontaktperson varje vecka"), std::string::npos);
  EXPECT_NE(text.find("Vad vi lärde oss: Idén kräver en bemanning vi inte har under sommaren."),
            std::string::npos);
  EXPECT_NE(text.find("Beslut: Överge"), std::string::npos);
  EXPECT_NE(text.find("Hela dagen"), std::string::npos) << "a guest team's programme work";
  // A table per common measure, and a funnel plot per proportion with data.
  std::size_t images = 0;
  for (const auto& [name, bytes] : p.parts) {
    if (!name.starts_with("word/media/")) continue;
    ++images;
    EXPECT_EQ(bytes.substr(0, 4), "\x89PNG") << name;
  }
  EXPECT_EQ(images, 2u) << "the demo's two proportions";
  std::size_t tables = 0;
  for (std::size_t at = body.find("<w:tbl>"); at != std::string::npos;
       at = body.find("<w:tbl>", at + 1)) {
    ++tables;
  }
  EXPECT_EQ(tables, 3u) << "the demo's three common measures";

  Response page =
      Get("/program/" + std::to_string(ProgrammeId("Jämställd hemtjänst")) + "/berattelse",
          As(kDemoEmails.at("politiker")));
  EXPECT_TRUE(Has(page, "<a href=\"" + url_ + "\" download>Ladda ned som Word (.docx)</a>"));
}

TEST_F(ProgrammeStoryDocxTest, AnOrganisationThatTakesNoPartGetsNotFound) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response created = Send("POST", "/api/v1/programmes", strateg, R"({"name":"Eget program"})",
                          {{"content-type", "application/json"}, {"x-csrf-token", strateg.csrf}});
  ASSERT_EQ(created.status, 201);
  const std::string id = std::to_string(boost::json::parse(created.body).at("id").as_int64());
  EXPECT_EQ(Get("/api/v1/programmes/" + id + "/story.docx", As("admin@norrby.example")).status,
            404);
  EXPECT_EQ(Get("/api/v1/programmes/" + id + "/story.docx", strateg).status, 200);
}

}  // namespace
}  // namespace stegvis::web
