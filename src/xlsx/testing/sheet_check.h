#pragma once
// For tests: the cells of a worksheet part of an .xlsx, as libxml2 reads them (a reader
// independent of the writer). Header only, for test binaries that link libxml2 and libzip
// (docx/testing/package_check.h opens the package); nothing shipped uses it.

#include <map>
#include <string>

#include "docx/testing/package_check.h"

namespace stegvis::xlsx::testing {

struct CellXml {
  std::string type;   // the t attribute: "" (a number or date), "inlineStr", "s"; "formula"
  std::string style;  // the s attribute
  std::string value;  // <v>, or the text of an inline string
};

// The cells of a worksheet part by reference ("A1"); empty when the part does not parse.
inline std::map<std::string, CellXml> Cells(const std::string& xml) {
  using docx::testing::Attribute;
  using docx::testing::EachElement;
  using docx::testing::Name;
  std::map<std::string, CellXml> out;
  auto doc = docx::testing::ParseXml(xml);
  if (!doc) return out;
  EachElement(xmlDocGetRootElement(doc.get()), [&](xmlNode* n) {
    if (Name(n) != "c") return;
    CellXml cell{Attribute(n, "t"), Attribute(n, "s"), ""};
    EachElement(n->children, [&](xmlNode* inner) {
      if (Name(inner) == "v" || Name(inner) == "t") {
        xmlChar* text = xmlNodeGetContent(inner);
        cell.value += reinterpret_cast<const char*>(text);
        xmlFree(text);
      }
      if (Name(inner) == "f") cell.type = "formula";
    });
    out[Attribute(n, "r")] = cell;
  });
  return out;
}

// The sheet names of xl/workbook.xml, in order.
inline std::vector<std::string> SheetNames(const std::string& workbook_xml) {
  std::vector<std::string> out;
  auto doc = docx::testing::ParseXml(workbook_xml);
  if (!doc) return out;
  docx::testing::EachElement(xmlDocGetRootElement(doc.get()), [&](xmlNode* n) {
    if (docx::testing::Name(n) == "sheet") out.push_back(docx::testing::Attribute(n, "name"));
  });
  return out;
}

}  // namespace stegvis::xlsx::testing
