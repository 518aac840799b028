#include "xlsx/workbook_parts.h"

#include <cctype>
#include <charconv>
#include <map>

#include "xlsx/xml_cursor.h"
#include "xlsx/zip_parts.h"

namespace stegvis::xlsx {
namespace {

// The relationships namespace of transitional and of strict Office Open XML.
constexpr const char* kRelationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kStrictRelationships =
    "http://purl.oclc.org/ooxml/officeDocument/relationships";

bool IsTrue(const std::optional<std::string>& value) {
  return value && (*value == "1" || *value == "true");
}

int ToInt(const std::optional<std::string>& text, int fallback) {
  if (!text) return fallback;
  int out = fallback;
  const char* end = text->data() + text->size();
  return std::from_chars(text->data(), end, out).ptr == end ? out : fallback;
}

// The format code without what only decorates it: quoted text, escaped characters and
// [colour] or [$-locale] sections; lower-cased.
std::string FormatCodes(const std::string& code) {
  std::string out;
  bool quoted = false, bracket = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (quoted) {
      quoted = c != '"';
    } else if (bracket) {
      bracket = c != ']';
    } else if (c == '"') {
      quoted = true;
    } else if (c == '[') {
      bracket = true;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is shown (or padded) as it is
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

NumberShows ShowsOfCode(const std::string& code) {
  const std::string codes = FormatCodes(code);
  const bool year = codes.find('y') != std::string::npos;
  const bool day = codes.find('d') != std::string::npos;
  if (day) return NumberShows::kDay;
  if (year) return NumberShows::kMonth;
  return NumberShows::kNumber;
}

NumberShows ShowsOfBuiltIn(int id) {
  if (id == 17) return NumberShows::kMonth;  // "mmm-yy"
  if ((id >= 14 && id <= 16) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
    return NumberShows::kDay;
  return NumberShows::kNumber;
}

core::Error Damaged(const char* part) {
  return NotAWorkbook(std::string(part) + " is not well-formed XML");
}

}  // namespace

core::Result<FirstSheet> FindFirstSheet(const std::string& workbook_xml) {
  XmlCursor xml(workbook_xml);
  FirstSheet out;
  bool found = false;
  while (xml.Next()) {
    if (!xml.IsStart()) continue;
    if (xml.name() == "workbookPr") out.date1904 = IsTrue(xml.Attribute("date1904"));
    if (xml.name() == "sheet" && !found) {
      auto id = xml.Attribute("id", kRelationships);
      if (!id) id = xml.Attribute("id", kStrictRelationships);
      if (!id) return core::Fail(NotAWorkbook("a sheet without a relationship"));
      out.name = xml.Attribute("name").value_or("");
      out.relationship = *id;
      found = true;
    }
  }
  if (xml.failed()) return core::Fail(Damaged("xl/workbook.xml"));
  if (!found) {
    return core::Fail(
        core::Error::Invalid("the workbook has no sheet", "file", "error.xlsx.no_sheet"));
  }
  return out;
}

core::Result<std::string> ReadTarget(const std::string& rels_xml, const std::string& id) {
  XmlCursor xml(rels_xml);
  std::optional<std::string> target;
  while (xml.Next()) {
    if (xml.IsStart() && xml.name() == "Relationship" && xml.Attribute("Id") == id && !target)
      target = xml.Attribute("Target");
  }
  if (xml.failed()) return core::Fail(Damaged("xl/_rels/workbook.xml.rels"));
  if (!target || target->empty()) return core::Fail(NotAWorkbook("the first sheet is missing"));
  if (target->front() == '/') return target->substr(1);  // from the package's root
  return "xl/" + *target;                                // relative to xl/workbook.xml
}

core::Result<std::vector<std::string>> ReadSharedStrings(const std::string& part,
                                                         std::size_t max_strings) {
  XmlCursor xml(part);
  std::vector<std::string> out;
  int phonetic_depth = -1;  // inside <rPh> (a reading hint, not the text) while >= 0
  while (xml.Next()) {
    if (xml.IsStart() && xml.name() == "si") {
      if (out.size() == max_strings) {
        return core::Fail(
            core::Error::Invalid("too many shared strings", "file", "error.xlsx.part_too_large"));
      }
      out.emplace_back();
    } else if (xml.IsStart() && xml.name() == "rPh" && !xml.IsEmptyElement()) {
      phonetic_depth = xml.depth();
    } else if (xml.IsEnd() && xml.name() == "rPh" && xml.depth() == phonetic_depth) {
      phonetic_depth = -1;
    } else if (xml.IsText() && phonetic_depth < 0 && !out.empty()) {
      out.back() += xml.Text();
    }
  }
  if (xml.failed()) return core::Fail(Damaged("xl/sharedStrings.xml"));
  return out;
}

core::Result<std::vector<NumberShows>> ReadNumberStyles(const std::string& part) {
  XmlCursor xml(part);
  std::map<int, NumberShows> custom;
  std::vector<NumberShows> out;
  bool in_cell_xfs = false;
  while (xml.Next()) {
    if (xml.IsStart() && xml.name() == "numFmt") {
      custom[ToInt(xml.Attribute("numFmtId"), -1)] =
          ShowsOfCode(xml.Attribute("formatCode").value_or(""));
    } else if (xml.name() == "cellXfs") {
      in_cell_xfs = xml.IsStart() && !xml.IsEmptyElement();
    } else if (in_cell_xfs && xml.IsStart() && xml.name() == "xf") {
      const int id = ToInt(xml.Attribute("numFmtId"), 0);
      auto it = custom.find(id);
      out.push_back(it != custom.end() ? it->second : ShowsOfBuiltIn(id));
    }
  }
  if (xml.failed()) return core::Fail(Damaged("xl/styles.xml"));
  return out;
}

}  // namespace stegvis::xlsx
