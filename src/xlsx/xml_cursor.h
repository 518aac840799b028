#pragma once
// A forward-only walk over an XML part of a workbook with libxml2's streaming reader: no
// network, no DTD (a part that declares one is refused, which also rules out entity
// expansion), nothing kept but the current node.

#include <optional>
#include <string>
#include <string_view>

typedef struct _xmlTextReader* xmlTextReaderPtr;  // libxml2's reader

namespace stegvis::xlsx {

class XmlCursor {
 public:
  explicit XmlCursor(const std::string& xml);  // `xml` must outlive the cursor
  XmlCursor(const XmlCursor&) = delete;
  XmlCursor& operator=(const XmlCursor&) = delete;
  ~XmlCursor();

  // Moves to the next node. False at the end, or when the XML is not well-formed or declares
  // a DTD (then failed() is true).
  bool Next();
  bool failed() const { return failed_; }

  bool IsStart() const;  // an element's start tag (or an empty element)
  bool IsEnd() const;    // an element's end tag (never reported for an empty element)
  bool IsEmptyElement() const;
  bool IsText() const;            // text, CDATA or significant white space
  int depth() const;              // 0 for the root element
  std::string_view name() const;  // the local name, without prefix
  std::string Text() const;       // the text of a text node

  // The attribute `name` without namespace, or with the namespace `ns`; nullopt when absent.
  std::optional<std::string> Attribute(const char* name, const char* ns = nullptr) const;

 private:
  xmlTextReaderPtr reader_ = nullptr;
  int type_ = 0;
  bool failed_ = false;
};

}  // namespace stegvis::xlsx
