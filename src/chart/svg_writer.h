#pragma once
// A tiny streaming XML writer for SVG (and the HTML table): elements, attributes and text,
// always escaped, indented two spaces per level so golden files diff readably.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stegvis::chart {

// Returns `text` with & < > " ' replaced by entities; safe in text and in attribute values.
std::string EscapeXml(std::string_view text);

// One attribute; the value is escaped when written. An empty name skips the attribute,
// so optional attributes can be written inline.
struct Attr {
  std::string_view name;
  std::string value;
};

class SvgWriter {
 public:
  // <tag attrs...> and one level deeper.
  void Open(std::string_view tag, std::initializer_list<Attr> attrs = {});
  // Closes the innermost open element.
  void Close();
  // <tag attrs.../>
  void Empty(std::string_view tag, std::initializer_list<Attr> attrs = {});
  // <tag attrs...>text</tag>
  void Text(std::string_view tag, std::initializer_list<Attr> attrs, std::string_view text);
  // A raw line, written as is (for a comment or a prepared fragment). The caller escapes.
  void Raw(std::string_view line);

  // Closes whatever is still open and returns the document; the writer is then empty.
  std::string Finish();

 private:
  void StartTag(std::string_view tag, std::initializer_list<Attr> attrs);
  void Indent();

  std::string out_;
  std::vector<std::string> open_;
};

// Builds a path's `d` attribute: M x y L x y ... with coordinates from FormatCoord.
class PathBuilder {
 public:
  void MoveTo(double x, double y);
  void LineTo(double x, double y);
  void Close();
  bool empty() const { return d_.empty(); }
  const std::string& str() const { return d_; }

 private:
  std::string d_;
};

}  // namespace stegvis::chart
