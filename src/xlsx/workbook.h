#pragma once
// A workbook to download as an Excel file: named sheets, each a header row and rows of typed
// cells, so that Excel reads numbers as numbers and dates as dates (never as text it must
// convert). Written by xlsx/writer.h; nothing here knows Excel's file format.

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace stegvis::xlsx {

// A calendar month, shown as "2026-03" (the first day of the month underneath).
struct Month {
  int year = 0;
  int month = 1;
};

// A calendar day, shown as "2026-03-14".
struct Day {
  int year = 0;
  int month = 1;
  int day = 1;
};

// A moment, shown in UTC as "2026-03-14 09:30:00".
struct Moment {
  std::int64_t unix_seconds = 0;
};

// An empty cell (std::monostate), a number, a text, or a date. Numbers that are not finite
// are written as empty cells.
using Cell = std::variant<std::monostate, double, std::string, Month, Day, Moment>;

struct Sheet {
  std::string name;  // unique in its workbook; at most 31 characters, none of []:*?/\ .
  std::vector<std::string> header;
  std::vector<std::vector<Cell>> rows;  // each at most as long as the header
};

struct Workbook {
  std::string title;  // the file's title property
  std::vector<Sheet> sheets;
};

// The longest name a sheet may have, and the most rows (header included) a sheet may hold:
// Excel's own limits.
inline constexpr std::size_t kMaxSheetName = 31;
inline constexpr std::size_t kMaxRows = 1'048'576;
// The longest text a cell holds, in bytes (Excel's limit is 32,767 characters; libxlsxwriter
// counts bytes). WriteXlsx cuts a longer text and ends it in "…".
inline constexpr std::size_t kMaxCellText = 32'767;

// `name` as a sheet may be named: the characters Excel refuses ([]:*?/\) replaced by '-',
// cut to kMaxSheetName characters (not bytes: a UTF-8 sequence is never split), and made
// unique against `taken` by a " (2)", " (3)" … suffix. Adds the result to `taken`.
std::string SheetName(const std::string& name, std::vector<std::string>& taken);

}  // namespace stegvis::xlsx
