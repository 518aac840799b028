// word/styles.xml: the document's language and font, normal text, headings 1–3 (with outline
// levels, so Word's navigation and a table of contents find them), the title, notes and
// captions, the footer, and a table style with borders (the header row's bold and shading are
// set on its cells, which every reader honours).

#include "docx/parts.h"
#include "docx/xml_text.h"

namespace stegvis::docx {
namespace {

std::string ParagraphStyle(const std::string& id, const std::string& name,
                           const std::string& paragraph, const std::string& run) {
  return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name +
         "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>" +
         paragraph + "</w:pPr><w:rPr>" + run + "</w:rPr></w:style>";
}

std::string HeadingStyle(int level, int half_points) {
  const std::string n = std::to_string(level);
  return ParagraphStyle(
      "Heading" + n, "heading " + n,
      "<w:keepNext/><w:spacing w:before=\"" + std::to_string(360 - level * 60) +
          "\" w:after=\"120\"/><w:outlineLvl w:val=\"" + std::to_string(level - 1) + "\"/>",
      "<w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"" + std::to_string(half_points) + "\"/>");
}

std::string Border(const std::string& side) {
  return "<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>";
}

std::string TableStyle() {
  std::string borders;
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
    borders += Border(side);
  }
  return "<w:style w:type=\"table\" w:styleId=\"DataTable\"><w:name w:val=\"Data Table\"/>"
         "<w:basedOn w:val=\"TableNormal\"/><w:pPr><w:spacing w:after=\"0\"/></w:pPr>"
         "<w:rPr><w:sz w:val=\"18\"/></w:rPr><w:tblPr><w:tblBorders>" +
         borders +
         "</w:tblBorders><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/>"
         "<w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>";
}

}  // namespace

std::string StylesXml(const Document& doc) {
  const std::string lang = XmlText(doc.language);
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
         "<w:docDefaults><w:rPrDefault><w:rPr>"
         "<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" "
         "w:cs=\"Calibri\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"" +
         lang + "\" w:eastAsia=\"" + lang + "\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>" +
         "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/>"
         "</w:pPr></w:pPrDefault></w:docDefaults>"
         "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
         "<w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
         "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
         "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/>"
         "<w:semiHidden/></w:style>"
         "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
         "<w:name w:val=\"Normal Table\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" "
         "w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
         "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>"
         "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>" +
         ParagraphStyle("Title", "Title", "<w:spacing w:after=\"240\"/>",
                        "<w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"44\"/>") +
         HeadingStyle(1, 32) + HeadingStyle(2, 26) + HeadingStyle(3, 23) +
         ParagraphStyle("Note", "Note", "", "<w:color w:val=\"404040\"/><w:sz w:val=\"18\"/>") +
         ParagraphStyle("Caption", "caption", "<w:keepNext/><w:spacing w:after=\"60\"/>",
                        "<w:i/><w:sz w:val=\"18\"/>") +
         ParagraphStyle("Footer", "footer", "", "<w:sz w:val=\"18\"/>") + TableStyle() +
         "</w:styles>";
}

}  // namespace stegvis::docx
