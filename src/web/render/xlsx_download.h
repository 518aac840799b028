#pragma once
// A workbook (xlsx/workbook.h) as a file to download, and the cells every workbook of Stegvis
// writes the same way: a period, a stored number.

#include <string>

#include "core/error.h"
#include "web/http/http.h"
#include "xlsx/workbook.h"

namespace stegvis::web {

inline constexpr const char* kXlsxMediaType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// The .xlsx of `book` as the attachment NAME.xlsx. Fails as xlsx::WriteXlsx.
core::Result<Response> XlsxDownload(const xlsx::Workbook& book, const std::string& name);

// A period as a cell: a month ("2026-03") as a date shown as "2026-03", so Excel sorts and
// computes with it; a week ("2026-W07") or quarter ("2026-Q1"), which Excel has no type for,
// as its text.
xlsx::Cell PeriodCell(const std::string& period);

// A stored decimal ("12.5") as a number; empty text as an empty cell.
xlsx::Cell NumberCell(const std::string& decimal);

}  // namespace stegvis::web
