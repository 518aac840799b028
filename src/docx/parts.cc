#include "docx/parts.h"

#include "docx/xml_text.h"

namespace stegvis::docx {
namespace {

constexpr const char* kDeclaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kRelationshipTypes =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string Relationship(const std::string& id, const std::string& type,
                         const std::string& target) {
  return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
}

}  // namespace

std::string ImagePartName(std::size_t n) {
  return "word/media/image" + std::to_string(n) + ".png";
}

std::string ImageRelationshipId(std::size_t n) {
  return "rIdImage" + std::to_string(n);
}

std::string ContentTypesXml() {
  const std::string wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  return std::string(kDeclaration) +
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" "
         "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Default Extension=\"png\" ContentType=\"image/png\"/>"
         "<Override PartName=\"/word/document.xml\" ContentType=\"" +
         wml + "document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"" + wml +
         "styles+xml\"/><Override PartName=\"/word/footer1.xml\" ContentType=\"" + wml +
         "footer+xml\"/><Override PartName=\"/docProps/core.xml\" "
         "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
         "</Types>";
}

std::string PackageRelationshipsXml() {
  return std::string(kDeclaration) +
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
         Relationship("rIdDocument", std::string(kRelationshipTypes) + "officeDocument",
                      "word/document.xml") +
         Relationship("rIdCore",
                      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                      "core-properties",
                      "docProps/core.xml") +
         "</Relationships>";
}

std::string DocumentRelationshipsXml(std::size_t images) {
  std::string out =
      std::string(kDeclaration) +
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
      Relationship(kStylesRelationshipId, std::string(kRelationshipTypes) + "styles",
                   "styles.xml") +
      Relationship(kFooterRelationshipId, std::string(kRelationshipTypes) + "footer",
                   "footer1.xml");
  for (std::size_t n = 1; n <= images; ++n) {
    // Targets are relative to word/, where document.xml is.
    out += Relationship(ImageRelationshipId(n), std::string(kRelationshipTypes) + "image",
                        ImagePartName(n).substr(5));
  }
  return out + "</Relationships>";
}

std::string CorePropertiesXml(const Document& doc) {
  return std::string(kDeclaration) +
         "<cp:coreProperties "
         "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
         "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
         "<dc:title>" +
         XmlText(doc.title) + "</dc:title><dc:language>" + XmlText(doc.language) +
         "</dc:language><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + XmlText(doc.date) +
         "T00:00:00Z</dcterms:created></cp:coreProperties>";
}

std::string FooterXml(const Document& doc) {
  // The page number is the PAGE field, which the reader fills in on every page.
  auto run = [](const std::string& inner) { return "<w:r>" + inner + "</w:r>"; };
  return std::string(kDeclaration) +
         "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
         "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr>" +
         run("<w:t xml:space=\"preserve\">" + XmlText(doc.footer) + " </w:t>") +
         "<w:fldSimple w:instr=\" PAGE \">" + run("<w:t>1</w:t>") + "</w:fldSimple></w:p></w:ftr>";
}

}  // namespace stegvis::docx
