#include "xlsx/writer.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <type_traits>

#include "core/date.h"

namespace stegvis::xlsx {
namespace {

// A private folder for libxlsxwriter's file and its temporary files, removed with everything
// in it when this goes out of scope.
class ScratchFolder {
 public:
  ScratchFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "stegvis-xlsx-XXXXXX");
    if (::mkdtemp(pattern.data())) path_ = pattern;
  }
  ~ScratchFolder() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The UTC calendar day and time of `unix_seconds`.
lxw_datetime CivilUtc(std::int64_t unix_seconds) {
  const core::Date day = core::Date::FromUnixSeconds(unix_seconds);
  const std::int64_t rest = unix_seconds - day.UnixSeconds();
  return {day.Year(),
          static_cast<int>(day.Month()),
          static_cast<int>(day.Day()),
          static_cast<int>(rest / 3600),
          static_cast<int>(rest / 60 % 60),
          static_cast<double>(rest % 60)};
}

struct Formats {
  lxw_format* header = nullptr;
  lxw_format* month = nullptr;
  lxw_format* day = nullptr;
  lxw_format* moment = nullptr;
};

Formats AddFormats(lxw_workbook* book) {
  Formats f;
  f.header = workbook_add_format(book);
  format_set_bold(f.header);
  f.month = workbook_add_format(book);
  format_set_num_format(f.month, "yyyy-mm");
  f.day = workbook_add_format(book);
  format_set_num_format(f.day, "yyyy-mm-dd");
  f.moment = workbook_add_format(book);
  format_set_num_format(f.moment, "yyyy-mm-dd hh:mm:ss");
  return f;
}

// Excel's dates begin in 1900; an earlier or impossible date is written as its text.
bool Writable(const lxw_datetime& d) {
  return d.year >= 1900 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= 31;
}

// A text as a cell holds it: Excel keeps at most kMaxCellText bytes, so a longer text is cut
// at a character's start and ends in "…".
std::string CellText(const std::string& text) {
  if (text.size() <= kMaxCellText) return text;
  std::size_t cut = kMaxCellText - 3;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "\xE2\x80\xA6";
}

std::string DateText(const lxw_datetime& d) {
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", d.year, d.month, d.day);
  return text;
}

lxw_error WriteCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const Cell& cell,
                    const Formats& f) {
  return std::visit(
      [&](const auto& value) -> lxw_error {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return LXW_NO_ERROR;
        } else if constexpr (std::is_same_v<T, double>) {
          if (!std::isfinite(value)) return LXW_NO_ERROR;
          return worksheet_write_number(sheet, row, col, value, nullptr);
        } else if constexpr (std::is_same_v<T, std::string>) {
          return worksheet_write_string(sheet, row, col, CellText(value).c_str(), nullptr);
        } else {
          lxw_datetime d{};
          lxw_format* format = f.day;
          if constexpr (std::is_same_v<T, Month>) {
            d = {value.year, value.month, 1, 0, 0, 0};
            format = f.month;
          } else if constexpr (std::is_same_v<T, Day>) {
            d = {value.year, value.month, value.day, 0, 0, 0};
          } else {
            d = CivilUtc(value.unix_seconds);
            format = f.moment;
          }
          if (!Writable(d))
            return worksheet_write_string(sheet, row, col, DateText(d).c_str(), nullptr);
          return worksheet_write_datetime(sheet, row, col, &d, format);
        }
      },
      cell);
}

// A column's width in characters: its longest text, between 8 and 60 (dates take 10–19).
std::vector<double> Widths(const Sheet& sheet) {
  std::vector<double> widths(sheet.header.size(), 8);
  auto fit = [&](std::size_t col, std::size_t chars) {
    if (col < widths.size())
      widths[col] = std::clamp(static_cast<double>(chars + 2), widths[col], 60.0);
  };
  for (std::size_t c = 0; c < sheet.header.size(); ++c) fit(c, sheet.header[c].size());
  for (const auto& row : sheet.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (const auto* text = std::get_if<std::string>(&row[c])) fit(c, text->size());
      if (std::holds_alternative<Day>(row[c])) fit(c, 10);
      if (std::holds_alternative<Moment>(row[c])) fit(c, 19);
    }
  }
  return widths;
}

lxw_error WriteSheet(lxw_workbook* book, const Sheet& sheet, const Formats& f) {
  lxw_worksheet* ws = workbook_add_worksheet(book, sheet.name.c_str());
  if (!ws) return LXW_ERROR_SHEETNAME_ALREADY_USED;
  const std::vector<double> widths = Widths(sheet);
  for (std::size_t c = 0; c < widths.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    if (lxw_error e = worksheet_set_column(ws, col, col, widths[c], nullptr)) return e;
  }
  for (std::size_t c = 0; c < sheet.header.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    if (lxw_error e = worksheet_write_string(ws, 0, col, sheet.header[c].c_str(), f.header))
      return e;
  }
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    const auto& row = sheet.rows[r];
    const std::size_t cells = std::min(row.size(), sheet.header.size());
    for (std::size_t c = 0; c < cells; ++c) {
      if (lxw_error e =
              WriteCell(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), row[c], f))
        return e;
    }
  }
  worksheet_freeze_panes(ws, 1, 0);
  if (!sheet.header.empty()) {
    return worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(sheet.rows.size()),
                                static_cast<lxw_col_t>(sheet.header.size() - 1));
  }
  return LXW_NO_ERROR;
}

core::Result<std::string> ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::Fail(core::Error::Internal("the workbook was not written"));
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

core::Error Failed(lxw_error error) {
  return core::Error::Internal(std::string("libxlsxwriter: ") + lxw_strerror(error));
}

}  // namespace

core::Result<std::string> WriteXlsx(const Workbook& book) {
  for (const Sheet& sheet : book.sheets) {
    if (sheet.rows.size() + 1 > kMaxRows) {
      return core::Fail(core::Error::Invalid("a sheet has more rows than Excel takes", "file",
                                             "error.xlsx.too_large"));
    }
  }
  ScratchFolder folder;
  if (folder.path().empty()) return core::Fail(core::Error::Internal("no temporary folder"));
  const std::string file = (folder.path() / "book.xlsx").string();
  std::string tmpdir = folder.path().string();
  // Constant memory: each row goes to a temporary file as it is written, so a long sheet
  // (the audit trail) is never held twice in memory.
  lxw_workbook_options options{LXW_TRUE, tmpdir.data(), LXW_TRUE};
  lxw_workbook* wb = workbook_new_opt(file.c_str(), &options);
  if (!wb) return core::Fail(core::Error::Internal("libxlsxwriter cannot start a workbook"));
  std::string title = book.title;
  lxw_doc_properties properties{};
  properties.title = title.data();
  workbook_set_properties(wb, &properties);
  const Formats formats = AddFormats(wb);
  for (const Sheet& sheet : book.sheets) {
    if (lxw_error e = WriteSheet(wb, sheet, formats)) {
      workbook_close(wb);
      return core::Fail(Failed(e));
    }
  }
  if (lxw_error e = workbook_close(wb)) return core::Fail(Failed(e));
  return ReadFile(file);
}

}  // namespace stegvis::xlsx
