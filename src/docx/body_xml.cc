#include "docx/body_xml.h"

#include <algorithm>
#include <cmath>

#include "docx/parts.h"
#include "docx/xml_text.h"

namespace stegvis::docx {
namespace {

// English Metric Units: 914400 per inch, so 9525 per CSS pixel (96 per inch), 635 per twip.
constexpr double kEmuPerPixel = 9525;
constexpr double kEmuPerTwip = 635;

// Runs of `text`, a line break for each '\n'; bold when `bold`.
std::string Runs(const std::string& text, bool bold = false) {
  const std::string props = bold ? "<w:rPr><w:b/></w:rPr>" : "";
  std::string out;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    const std::string line = text.substr(start, end == std::string::npos ? end : end - start);
    out += "<w:r>" + props + (start > 0 ? "<w:br/>" : "") + "<w:t xml:space=\"preserve\">" +
           XmlText(line) + "</w:t></w:r>";
    if (end == std::string::npos) return out;
    start = end + 1;
  }
}

std::string StyledParagraph(const std::string& style, const std::string& runs,
                            const std::string& more_props = "") {
  return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/>" + more_props + "</w:pPr>" + runs +
         "</w:p>";
}

std::string HeadingXml(const Heading& h) {
  const int level = std::clamp(h.level, 0, 3);
  return StyledParagraph(level == 0 ? "Title" : "Heading" + std::to_string(level), Runs(h.text));
}

std::string ParagraphXml(const Paragraph& p) {
  const std::string runs = (p.lead.empty() ? "" : Runs(p.lead, true)) + Runs(p.text);
  return p.small ? StyledParagraph("Note", runs) : "<w:p>" + runs + "</w:p>";
}

std::string CellXml(const std::string& text, int width, bool header, bool right) {
  // The header row's look is set on its cells rather than by the table style's conditional
  // formatting, which not every reader applies.
  return "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/>" +
         (header ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/>" : "") +
         "</w:tcPr><w:p>" + (right ? "<w:pPr><w:jc w:val=\"right\"/></w:pPr>" : "") +
         Runs(text, header) + "</w:p></w:tc>";
}

// Characters of `text` (UTF-8 lead bytes), which is what a column's width follows.
int Characters(const std::string& text) {
  int n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// The columns' widths in twips, sharing the text's width: each column by the length of its
// longest cell (a number's column by its longest number, a text's by up to 30 characters, and
// the header's longest word in bold), at least 1100 twips (a bold word of seven letters).
std::vector<int> ColumnWidths(const Table& t, std::size_t columns) {
  std::vector<int> weight(columns, 1);
  auto consider = [&](std::size_t c, const std::string& text, bool header) {
    int n = 0;
    if (header) {
      int word = 0;
      for (char ch : text) {
        if (ch == ' ') {
          word = 0;
        } else if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) {
          n = std::max(n, ++word);
        }
      }
    } else {
      n = std::min(Characters(text), 30);
    }
    weight[c] = std::max(weight[c], n + 3);
  };
  for (std::size_t c = 0; c < t.header.size(); ++c) consider(c, t.header[c], true);
  for (const auto& row : t.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) consider(c, row[c], false);
  }
  int total = 0;
  for (int w : weight) total += w;
  std::vector<int> widths;
  for (int w : weight) widths.push_back(std::max(1100, kTextWidthTwips * w / total));
  return widths;
}

std::string TableXml(const Table& t) {
  std::size_t columns = t.header.size();
  for (const auto& row : t.rows) columns = std::max(columns, row.size());
  if (columns == 0) return "";
  const std::vector<int> widths = ColumnWidths(t, columns);
  auto row_xml = [&](const std::vector<std::string>& cells, bool header) {
    std::string out = header ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>";
    for (std::size_t c = 0; c < columns; ++c) {
      const bool right = !header && c < t.number_columns.size() && t.number_columns[c];
      out += CellXml(c < cells.size() ? cells[c] : "", widths[c], header, right);
    }
    return out + "</w:tr>";
  };
  std::string out = t.caption.empty() ? "" : StyledParagraph("Caption", Runs(t.caption));
  out +=
      "<w:tbl><w:tblPr><w:tblStyle w:val=\"DataTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
      "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0420\" w:firstRow=\"1\" "
      "w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" "
      "w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
  for (int width : widths) out += "<w:gridCol w:w=\"" + std::to_string(width) + "\"/>";
  out += "</w:tblGrid>";
  if (!t.header.empty()) out += row_xml(t.header, true);
  for (const auto& row : t.rows) out += row_xml(row, false);
  // An empty paragraph keeps the next table or image from joining this one.
  return out + "</w:tbl><w:p/>";
}

std::string ImageXml(const Image& image, std::size_t n, PixelSize size) {
  const double scale = image.scale > 0 ? image.scale : 1;
  double cx = size.width / scale * kEmuPerPixel;
  double cy = size.height / scale * kEmuPerPixel;
  const double max_cx = kTextWidthTwips * kEmuPerTwip;
  if (cx > max_cx) cy *= max_cx / cx, cx = max_cx;
  const std::string extent = "cx=\"" + std::to_string(std::llround(cx)) + "\" cy=\"" +
                             std::to_string(std::llround(cy)) + "\"";
  const std::string id = std::to_string(n);
  const std::string alt = XmlText(image.alt);
  const std::string name = "Bild " + id;
  return "<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" "
         "distL=\"0\" distR=\"0\"><wp:extent " +
         extent + "/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:docPr id=\"" + id +
         "\" name=\"" + name + "\" descr=\"" + alt +
         "\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/>"
         "</wp:cNvGraphicFramePr><a:graphic><a:graphicData "
         "uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
         "<pic:nvPicPr><pic:cNvPr id=\"" +
         id + "\" name=\"" + name + "\" descr=\"" + alt +
         "\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"" +
         ImageRelationshipId(n) +
         "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm>"
         "<a:off x=\"0\" y=\"0\"/><a:ext " +
         extent +
         "/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
         "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
}

std::string SectionXml() {
  const std::string margin = std::to_string(kMarginTwips);
  return "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"" +
         std::string(kFooterRelationshipId) + "\"/><w:pgSz w:w=\"" +
         std::to_string(kPageWidthTwips) + "\" w:h=\"" + std::to_string(kPageHeightTwips) +
         "\"/><w:pgMar w:top=\"" + margin + "\" w:right=\"" + margin + "\" w:bottom=\"" + margin +
         "\" w:left=\"" + margin +
         "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>";
}

}  // namespace

std::string DocumentXml(const Document& doc, const std::vector<PixelSize>& image_sizes) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
      "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
      "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
      "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>";
  std::size_t images = 0;
  for (const Block& block : doc.blocks) {
    if (const auto* h = std::get_if<Heading>(&block)) {
      out += HeadingXml(*h);
    } else if (const auto* p = std::get_if<Paragraph>(&block)) {
      out += ParagraphXml(*p);
    } else if (const auto* t = std::get_if<Table>(&block)) {
      out += TableXml(*t);
    } else if (const auto* i = std::get_if<Image>(&block)) {
      out += ImageXml(*i, images + 1, image_sizes.at(images));
      ++images;
    }
  }
  return out + SectionXml() + "</w:body></w:document>";
}

}  // namespace stegvis::docx
