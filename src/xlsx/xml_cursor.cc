#include "xlsx/xml_cursor.h"

#include <libxml/xmlreader.h>

namespace stegvis::xlsx {
namespace {

const xmlChar* Xml(const char* text) {
  return reinterpret_cast<const xmlChar*>(text);
}

}  // namespace

XmlCursor::XmlCursor(const std::string& xml)
    : reader_(xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                                 XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)) {
  failed_ = reader_ == nullptr || xml.size() > static_cast<std::size_t>(INT32_MAX);
}

XmlCursor::~XmlCursor() {
  if (reader_) xmlFreeTextReader(reader_);
}

bool XmlCursor::Next() {
  if (failed_) return false;
  const int status = xmlTextReaderRead(reader_);
  if (status < 0) failed_ = true;
  if (status != 1) return false;
  type_ = xmlTextReaderNodeType(reader_);
  if (type_ == XML_READER_TYPE_DOCUMENT_TYPE || type_ == XML_READER_TYPE_ENTITY_REFERENCE) {
    failed_ = true;
    return false;
  }
  return true;
}

bool XmlCursor::IsStart() const {
  return type_ == XML_READER_TYPE_ELEMENT;
}

bool XmlCursor::IsEnd() const {
  return type_ == XML_READER_TYPE_END_ELEMENT;
}

bool XmlCursor::IsEmptyElement() const {
  return IsStart() && xmlTextReaderIsEmptyElement(reader_) == 1;
}

bool XmlCursor::IsText() const {
  return type_ == XML_READER_TYPE_TEXT || type_ == XML_READER_TYPE_CDATA ||
         type_ == XML_READER_TYPE_SIGNIFICANT_WHITESPACE;
}

int XmlCursor::depth() const {
  return xmlTextReaderDepth(reader_);
}

std::string_view XmlCursor::name() const {
  const xmlChar* n = xmlTextReaderConstLocalName(reader_);
  return n ? std::string_view(reinterpret_cast<const char*>(n)) : std::string_view();
}

std::string XmlCursor::Text() const {
  const xmlChar* v = xmlTextReaderConstValue(reader_);
  return v ? std::string(reinterpret_cast<const char*>(v)) : std::string();
}

std::optional<std::string> XmlCursor::Attribute(const char* name, const char* ns) const {
  xmlChar* v = ns ? xmlTextReaderGetAttributeNs(reader_, Xml(name), Xml(ns))
                  : xmlTextReaderGetAttribute(reader_, Xml(name));
  if (!v) return std::nullopt;
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

}  // namespace stegvis::xlsx
