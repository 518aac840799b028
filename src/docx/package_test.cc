// A Document as a .docx (docx/package.h), opened again with libzip and libxml2: every part
// parses, every part has a content type, every relationship's target and every image the body
// references is in the archive; the tables are real Word tables with a header row, the images
// carry their text alternative and size, and the language, title and page number are set.

#include "docx/package.h"

#include <gtest/gtest.h>

#include "docx/testing/package_check.h"

namespace stegvis::docx {
namespace {

using testing::OpenPackage;
using testing::PartText;

// A real 4×2 PNG (red pixels).
const std::string kPng(
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x04\x00\x00"
    "\x00\x02\x08\x02\x00\x00\x00\xf0\xca\xea\x34\x00\x00\x00\x10\x49\x44\x41\x54\x78\x9c\x63"
    "\xf8\xcf\xc0\x00\x47\x0c\xc8\x1c\x00\x6f\xaa\x07\xf9\x80\xdc\x00\x28\x00\x00\x00\x00\x49"
    "\x45\x4e\x44\xae\x42\x60\x82",
    73);

// The PNG with its header claiming `width` × `height` pixels (only the size is read).
std::string Claiming(unsigned width, unsigned height) {
  std::string png = kPng;
  for (int k = 0; k < 4; ++k) {
    png[16 + k] = static_cast<char>((width >> (24 - 8 * k)) & 0xFF);
    png[20 + k] = static_cast<char>((height >> (24 - 8 * k)) & 0xFF);
  }
  return png;
}

Document Story() {
  Document doc;
  doc.title = "Trygg hemgång";
  doc.language = "sv-SE";
  doc.date = "2026-12-06";
  doc.footer = "Förbättringsberättelse · 2026-12-06 · Sida";
  doc.AddHeading(0, "Trygg hemgång");
  doc.AddHeading(1, "Problem & <syfte>");
  doc.AddParagraph("Första raden\nandra raden");
  doc.AddLabelled("Förutsägelse: ", "Färre återinskrivningar");
  doc.AddImage(kPng, "Diagram: andel \"nöjda\" kvinnor och män", 2);
  doc.AddTable({"Värden för andel nöjda",
                {"Period", "Kvinnor", "Män"},
                {{"2026-01", "71", "64"}, {"2026-02", "73"}},
                {false, true, true}});
  doc.AddNote("Källa: teamets mätningar");
  doc.AddImage(Claiming(3000, 1000), "Ett brett diagram", 1);
  return doc;
}

// The elements named `name` (without prefix) in `xml`.
std::vector<xmlNode*> Elements(const testing::XmlDoc& doc, const std::string& name) {
  std::vector<xmlNode*> out;
  testing::EachElement(xmlDocGetRootElement(doc.get()), [&](xmlNode* n) {
    if (testing::Name(n) == name) out.push_back(n);
  });
  return out;
}

TEST(DocxPackageTest, EveryPartParsesAndEveryReferenceIsInTheArchive) {
  auto docx = WriteDocx(Story());
  ASSERT_TRUE(docx) << docx.error().message;
  testing::OpenedPackage p = OpenPackage(*docx);
  EXPECT_TRUE(p.problems.empty()) << p.problems.front();
  for (const char* part :
       {"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml",
        "word/_rels/document.xml.rels", "word/styles.xml", "word/footer1.xml"}) {
    EXPECT_TRUE(p.parts.count(part)) << part;
  }
  EXPECT_EQ(p.parts.at("word/media/image1.png"), kPng);
  EXPECT_EQ(p.parts.at("word/media/image2.png"), Claiming(3000, 1000));
}

TEST(DocxPackageTest, TheCheckFindsAMissingImageAndAnUndeclaredContentType) {
  // The check itself must be able to fail: a package whose image is gone, and one with a
  // part of an undeclared type.
  auto docx = WriteDocx(Story());
  ASSERT_TRUE(docx);
  std::string broken = *docx;
  for (std::string from : {"word/media/image1.png"}) {
    for (std::size_t at = broken.find(from); at != std::string::npos; at = broken.find(from))
      broken.replace(at, from.size(), "word/media/image1.gif");
  }
  std::vector<std::string> problems = OpenPackage(broken).problems;
  EXPECT_NE(std::find(problems.begin(), problems.end(),
                      "word/_rels/document.xml.rels: no part word/media/image1.png"),
            problems.end());
  EXPECT_NE(std::find(problems.begin(), problems.end(), "word/media/image1.gif: no content type"),
            problems.end());
}

TEST(DocxPackageTest, TextComesInOrderWithLineBreaksAndMarkupAsText) {
  auto docx = WriteDocx(Story());
  ASSERT_TRUE(docx);
  const std::string text = PartText(OpenPackage(*docx).parts.at("word/document.xml"));
  EXPECT_NE(text.find("Trygg hemgång\nProblem & <syfte>\nFörsta radenandra raden\n"
                      "Förutsägelse: Färre återinskrivningar"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Källa: teamets mätningar"), std::string::npos);
  const std::string body = OpenPackage(*docx).parts.at("word/document.xml");
  EXPECT_NE(body.find("<w:pStyle w:val=\"Title\"/>"), std::string::npos);
  EXPECT_NE(body.find("<w:pStyle w:val=\"Heading1\"/>"), std::string::npos);
  EXPECT_NE(body.find("<w:br/><w:t xml:space=\"preserve\">andra raden"), std::string::npos);
}

TEST(DocxPackageTest, ATableIsARealWordTableWithARepeatedHeaderRow) {
  auto docx = WriteDocx(Story());
  ASSERT_TRUE(docx);
  testing::XmlDoc body = testing::ParseXml(OpenPackage(*docx).parts.at("word/document.xml"));
  ASSERT_EQ(Elements(body, "tbl").size(), 1u);
  std::vector<xmlNode*> rows = Elements(body, "tr");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(Elements(body, "tblHeader").size(), 1u);
  EXPECT_EQ(Elements(body, "tc").size(), 9u) << "the short row is filled to three cells";
  EXPECT_EQ(Elements(body, "gridCol").size(), 3u);
  // The numbers' columns are aligned right: two in each of the two data rows (one empty).
  EXPECT_EQ(Elements(body, "jc").size(), 4u);
  // The header row is bold and shaded on its own cells.
  EXPECT_EQ(Elements(body, "shd").size(), 3u);
  EXPECT_EQ(Elements(body, "b").size(), 3u + 1u) << "the header's three cells and one lead";
  // Columns share the text's width by their content: the period's is wider than
  // the men's (header "Män", numbers of two digits).
  std::vector<xmlNode*> grid = Elements(body, "gridCol");
  EXPECT_GT(std::stoi(testing::Attribute(grid[0], "w")),
            std::stoi(testing::Attribute(grid[2], "w")));
}

TEST(DocxPackageTest, ImagesCarryTheirTextAlternativeAndSizeInEmu) {
  auto docx = WriteDocx(Story());
  ASSERT_TRUE(docx);
  testing::XmlDoc body = testing::ParseXml(OpenPackage(*docx).parts.at("word/document.xml"));
  std::vector<xmlNode*> pictures = Elements(body, "docPr");
  ASSERT_EQ(pictures.size(), 2u);
  EXPECT_EQ(testing::Attribute(pictures[0], "descr"), "Diagram: andel \"nöjda\" kvinnor och män");
  EXPECT_NE(testing::Attribute(pictures[0], "id"), testing::Attribute(pictures[1], "id"));
  std::vector<xmlNode*> extents = Elements(body, "extent");
  ASSERT_EQ(extents.size(), 2u);
  // 4 × 2 pixels at scale 2 are 2 × 1 CSS pixels, 9525 EMU each.
  EXPECT_EQ(testing::Attribute(extents[0], "cx"), "19050");
  EXPECT_EQ(testing::Attribute(extents[0], "cy"), "9525");
  // 3000 pixels are wider than the page's text: shrunk to its width (9638 twips), the same shape.
  EXPECT_EQ(testing::Attribute(extents[1], "cx"), std::to_string(9638 * 635));
  EXPECT_EQ(testing::Attribute(extents[1], "cy"), std::to_string(9638 * 635 / 3));
}

TEST(DocxPackageTest, LanguageTitleDateAndPageNumberAreSet) {
  Document doc = Story();
  doc.language = "en-GB";
  auto docx = WriteDocx(doc);
  ASSERT_TRUE(docx);
  testing::OpenedPackage p = OpenPackage(*docx);
  EXPECT_NE(p.parts.at("word/styles.xml").find("<w:lang w:val=\"en-GB\""), std::string::npos);
  const std::string& core = p.parts.at("docProps/core.xml");
  EXPECT_NE(core.find("<dc:title>Trygg hemgång</dc:title>"), std::string::npos);
  EXPECT_NE(core.find("<dc:language>en-GB</dc:language>"), std::string::npos);
  EXPECT_NE(core.find(">2026-12-06T00:00:00Z</dcterms:created>"), std::string::npos);
  const std::string& footer = p.parts.at("word/footer1.xml");
  EXPECT_NE(footer.find("<w:fldSimple w:instr=\" PAGE \">"), std::string::npos);
  EXPECT_NE(PartText(footer).find("Förbättringsberättelse · 2026-12-06 · Sida"), std::string::npos);
}

TEST(DocxPackageTest, TextXmlForbidsIsLeftOutAndThePackageStaysValid) {
  Document doc = Story();
  doc.title = std::string("Titel\x01\0", 7) + "\xFF";
  doc.AddParagraph("Rad med \x0B vertikal tabb och \xC3 trasig UTF-8");
  doc.AddTable({"", {"a\x02"}, {{"b\x1B"}}, {}});
  auto docx = WriteDocx(doc);
  ASSERT_TRUE(docx);
  testing::OpenedPackage p = OpenPackage(*docx);
  EXPECT_TRUE(p.problems.empty()) << p.problems.front();
  EXPECT_NE(p.parts.at("docProps/core.xml").find("<dc:title>Titel</dc:title>"), std::string::npos);
}

TEST(DocxPackageTest, ADocumentTooLargeOrAnImageThatIsNotAPngIsRefused) {
  Document big = Story();
  big.AddParagraph(std::string(kMaxDocumentBytes, 'x'));
  auto refused = WriteDocx(big);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(refused.error().key, "error.document_too_large");
  Document svg = Story();
  svg.AddImage("<svg/>", "not a PNG", 1);
  auto not_png = WriteDocx(svg);
  ASSERT_FALSE(not_png);
  EXPECT_EQ(not_png.error().field, "image");
}

}  // namespace
}  // namespace stegvis::docx
