#pragma once
// A Workbook (xlsx/workbook.h) as an .xlsx file (Office Open XML SpreadsheetML, ECMA-376),
// written with libxlsxwriter: a bold, frozen header row with a filter on each sheet, numbers in
// Excel's General format (Excel shows the reader's decimal sign: a comma in Swedish), months as
// "yyyy-mm", days as "yyyy-mm-dd" and moments as "yyyy-mm-dd hh:mm:ss" (dates Excel can sort
// and compute with).

#include <string>

#include "core/error.h"
#include "xlsx/workbook.h"

namespace stegvis::xlsx {

// The .xlsx file of `book`. Fails with kInvalidInput (key "error.xlsx.too_large") when a sheet
// has more than kMaxRows rows, and with kInternal when a sheet name is not valid (SheetName
// makes one that is) or libxlsxwriter cannot write the file.
core::Result<std::string> WriteXlsx(const Workbook& book);

}  // namespace stegvis::xlsx
