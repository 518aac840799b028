#pragma once
// What a workbook's XML parts tell the reader of its first sheet (ECMA-376 Part 1, §18):
// which sheet comes first and where it is, the shared strings its cells refer to, and which
// cell styles show a number as a date. Each function reads one part with XmlCursor and fails
// with NotAWorkbook (zip_parts.h) when the part is not what an .xlsx holds.

#include <cstddef>
#include <string>
#include <vector>

#include "core/error.h"

namespace stegvis::xlsx {

struct FirstSheet {
  std::string name;
  std::string relationship;  // its r:id in xl/_rels/workbook.xml.rels
  bool date1904 = false;     // the workbook counts days from 1904 (old Mac Excel)
};

// From xl/workbook.xml.
core::Result<FirstSheet> FindFirstSheet(const std::string& workbook_xml);

// The part the relationship `id` of xl/_rels/workbook.xml.rels points to, as a name in the
// archive ("xl/worksheets/sheet1.xml").
core::Result<std::string> ReadTarget(const std::string& rels_xml, const std::string& id);

// From xl/sharedStrings.xml: each <si>'s text (its runs joined, phonetic hints left out). At
// most `max_strings`; more is refused (key "error.xlsx.part_too_large").
core::Result<std::vector<std::string>> ReadSharedStrings(const std::string& xml,
                                                         std::size_t max_strings);

// How a number in a cell of a style shows.
enum class NumberShows { kNumber, kMonth, kDay };

// From xl/styles.xml: per cell style (the s attribute of a cell, an index of <cellXfs>), how
// its number format shows a number — Excel's built-in date formats (14–17, 22, 27–36,
// 50–58) and custom formats with a year or day code are dates; kMonth when the format has a
// year and no day ("yyyy-mm").
core::Result<std::vector<NumberShows>> ReadNumberStyles(const std::string& xml);

}  // namespace stegvis::xlsx
