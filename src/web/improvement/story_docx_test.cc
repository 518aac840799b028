// The improvement story as a Word document (GET /api/v1/projects/{id}/story.docx), opened
// again with libzip and libxml2: a valid package whose every image is in the archive, with
// the same story as the page — the abandoned cycle and its learning, the verdicts, each
// included measure's chart as a PNG and its data as a Word table — and nothing of a measure
// the team left out.

#include <string>

#include "docx/testing/package_check.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

using docx::testing::OpenedPackage;
using docx::testing::OpenPackage;
using docx::testing::PartText;

class StoryDocxTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    project_ = ProjectOf("Trygg hemgång");
    url_ = "/api/v1/projects/" + std::to_string(project_) + "/story.docx";
  }
  std::vector<domain::Measure> Measures() {
    std::vector<domain::Measure> out;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      out = tx.Measures().ListOfProject(project_);
      return true;
    });
    return out;
  }
  static std::size_t Count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
      ++n;
    return n;
  }
  domain::Id project_ = 0;
  std::string url_;
};

TEST_F(StoryDocxTest, TheDocumentIsValidAndTellsTheAbandonedCycleWithItsLearning) {
  Response r = Get(url_, As(kDemoEmails.at("chef")));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Header("Content-Type"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  EXPECT_EQ(r.Header("Content-Disposition"),
            "attachment; filename=\"berattelse-trygg-och-jamstalld-hemgang.docx\"");
  OpenedPackage p = OpenPackage(r.body);
  ASSERT_TRUE(p.problems.empty()) << p.problems.front();
  const std::string& body = p.parts.at("word/document.xml");
  const std::string text = PartText(body);
  EXPECT_NE(text.find("Samma kontaktperson, en vecka"), std::string::npos) << "abandoned cycle";
  EXPECT_NE(text.find("Vad vi lärde oss: Idén kräver en bemanning vi inte har under sommaren."),
            std::string::npos);
  EXPECT_NE(text.find("Vad vi förutsåg: Fyra av fem säger att de känner sig tryggare."),
            std::string::npos);
  EXPECT_NE(text.find("Förbättring för kvinnor: ja"), std::string::npos) << "a verdict";
  EXPECT_NE(text.find("Gapet mellan kvinnor och män"), std::string::npos) << "the gap";
  // Every included measure has its chart (a PNG) and its data as a Word table; the theory of
  // change is an image too, and the progress scores a table.
  const std::size_t measures = Measures().size();
  std::size_t images = 0;
  for (const auto& [name, bytes] : p.parts) {
    if (!name.starts_with("word/media/")) continue;
    ++images;
    EXPECT_EQ(bytes.substr(0, 4), "\x89PNG") << name;
  }
  EXPECT_EQ(images, measures + 1);
  EXPECT_EQ(Count(body, "<wp:docPr "), measures + 1);
  EXPECT_EQ(Count(body, "descr=\"\""), 0u) << "every image has its text alternative";
  EXPECT_EQ(Count(body, "<w:tbl>"), measures + 1);
  EXPECT_EQ(Count(body, "<w:tblHeader/>"), measures + 1);
  EXPECT_NE(p.parts.at("word/styles.xml").find("w:val=\"sv-SE\""), std::string::npos);
  EXPECT_NE(PartText(p.parts.at("word/footer1.xml"))
                .find("Förbättringsberättelse · Trygg och jämställd hemgång · "),
            std::string::npos);
}

TEST_F(StoryDocxTest, ALeftOutMeasureIsNotInTheDocumentAndEnglishReadersGetEnglish) {
  const std::vector<domain::Measure> measures = Measures();
  ASSERT_GE(measures.size(), 2u);
  std::string shown, fields;
  for (const domain::Measure& m : measures) {
    shown += (shown.empty() ? "" : "%2C") + std::to_string(m.id);
    if (&m != &measures.front()) fields += "&measure=" + std::to_string(m.id);
  }
  TestClient team = As(kDemoEmails.at("teammedlem"));
  ASSERT_EQ(Post("/projekt/" + std::to_string(project_) + "/berattelse", team,
                 "version=0&summary=Vi+lyckades&shown_cycles=&shown_measures=" + shown + fields)
                .status,
            303);
  Response r = Get(url_, team);
  ASSERT_EQ(r.status, 200);
  OpenedPackage p = OpenPackage(r.body);
  ASSERT_TRUE(p.problems.empty()) << p.problems.front();
  const std::string text = PartText(p.parts.at("word/document.xml"));
  EXPECT_NE(text.find("Vi lyckades"), std::string::npos);
  EXPECT_EQ(text.find("\n" + measures[0].name + " ("), std::string::npos) << "left out";
  EXPECT_NE(text.find("\n" + measures[1].name + " ("), std::string::npos) << "kept";
  EXPECT_EQ(Count(p.parts.at("word/document.xml"), "<wp:docPr "), measures.size());

  Response en = Get(url_ + "?lang=en", team);
  ASSERT_EQ(en.status, 200);
  OpenedPackage english = OpenPackage(en.body);
  ASSERT_TRUE(english.problems.empty()) << english.problems.front();
  EXPECT_NE(english.parts.at("word/styles.xml").find("w:val=\"en-GB\""), std::string::npos);
  EXPECT_NE(PartText(english.parts.at("word/document.xml")).find("What we learned: "),
            std::string::npos);
}

TEST_F(StoryDocxTest, TheStoryPageOffersTheDownload) {
  Response page =
      Get("/projekt/" + std::to_string(project_) + "/berattelse", As(kDemoEmails.at("politiker")));
  EXPECT_TRUE(Has(page, "<a href=\"" + url_ + "\" download>Ladda ned som Word (.docx)</a>"));
}

}  // namespace
}  // namespace stegvis::web
