#include "chart/svg_writer.h"

#include "chart/number_format.h"

namespace stegvis::chart {

std::string EscapeXml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

void SvgWriter::Indent() {
  out_.append(2 * open_.size(), ' ');
}

void SvgWriter::StartTag(std::string_view tag, std::initializer_list<Attr> attrs) {
  Indent();
  out_ += '<';
  out_ += tag;
  for (const Attr& attr : attrs) {
    if (attr.name.empty()) continue;
    out_ += ' ';
    out_ += attr.name;
    out_ += "=\"";
    out_ += EscapeXml(attr.value);
    out_ += '"';
  }
}

void SvgWriter::Open(std::string_view tag, std::initializer_list<Attr> attrs) {
  StartTag(tag, attrs);
  out_ += ">\n";
  open_.emplace_back(tag);
}

void SvgWriter::Close() {
  if (open_.empty()) return;
  std::string tag = std::move(open_.back());
  open_.pop_back();
  Indent();
  out_ += "</" + tag + ">\n";
}

void SvgWriter::Empty(std::string_view tag, std::initializer_list<Attr> attrs) {
  StartTag(tag, attrs);
  out_ += "/>\n";
}

void SvgWriter::Text(std::string_view tag, std::initializer_list<Attr> attrs,
                     std::string_view text) {
  StartTag(tag, attrs);
  out_ += '>';
  out_ += EscapeXml(text);
  out_ += "</";
  out_ += tag;
  out_ += ">\n";
}

void SvgWriter::Raw(std::string_view line) {
  Indent();
  out_ += line;
  out_ += '\n';
}

std::string SvgWriter::Finish() {
  while (!open_.empty()) Close();
  return std::exchange(out_, {});
}

void PathBuilder::MoveTo(double x, double y) {
  if (!d_.empty()) d_ += ' ';
  d_ += 'M' + FormatCoord(x) + ' ' + FormatCoord(y);
}

void PathBuilder::LineTo(double x, double y) {
  d_ += " L" + FormatCoord(x) + ' ' + FormatCoord(y);
}

void PathBuilder::Close() {
  d_ += " Z";
}

}  // namespace stegvis::chart
