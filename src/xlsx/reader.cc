#include "xlsx/reader.h"

#include <charconv>
#include <cmath>
#include <map>

#include "core/date.h"
#include "core/decimal.h"
#include "xlsx/workbook_parts.h"
#include "xlsx/xml_cursor.h"
#include "xlsx/zip_parts.h"

namespace stegvis::xlsx {
namespace {

// Excel's last row and column (1-based).
constexpr long kLastRow = 1'048'576;
constexpr long kLastColumn = 16'384;

// The 0-based column and 1-based row of a reference ("B3"); column -1 when it is not one.
struct CellRef {
  long column = -1;
  long row = 0;
};

CellRef ParseRef(const std::string& ref) {
  CellRef out;
  std::size_t i = 0;
  long column = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) {
    column = column * 26 + (ref[i] - 'A' + 1);
    ++i;
  }
  if (i == 0 || column > kLastColumn) return out;
  long row = 0;
  const char* end = ref.data() + ref.size();
  if (std::from_chars(ref.data() + i, end, row).ptr != end || row < 1 || row > kLastRow) return out;
  return {column - 1, row};
}

// A date serial as ISO text. Excel's 1900 calendar counts a 29 February 1900 that never was,
// so serials from 61 on are days since 1899-12-30 and earlier ones since 1899-12-31; the 1904
// calendar counts from 1904-01-01.
std::string DateOfSerial(double serial, bool date1904, bool month_only) {
  using namespace std::chrono;
  const long whole = static_cast<long>(std::floor(serial));
  const year_month_day base = date1904      ? year{1904} / January / 1
                              : whole >= 61 ? year{1899} / December / 30
                                            : year{1899} / December / 31;
  const std::string text = core::Date(base).AddDays(whole).ToString();
  return month_only ? text.substr(0, 7) : text;
}

std::string Trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

struct Context {
  std::vector<std::string> strings;
  std::vector<NumberShows> styles;
  bool date1904 = false;
};

// One cell's text as a person sees it.
std::string CellText(const Context& c, const std::string& type, int style, std::string value,
                     bool has_value) {
  if (type == "s") {
    std::size_t index = 0;
    const char* end = value.data() + value.size();
    if (!has_value || std::from_chars(value.data(), end, index).ptr != end ||
        index >= c.strings.size())
      return "";
    return c.strings[index];
  }
  if (type == "inlineStr" || type == "str" || type == "e" || type == "b") return value;
  if (!has_value) return "";
  double number = 0;
  const char* end = value.data() + value.size();
  if (std::from_chars(value.data(), end, number).ptr != end || !std::isfinite(number)) return value;
  const NumberShows shows = style >= 0 && static_cast<std::size_t>(style) < c.styles.size()
                                ? c.styles[static_cast<std::size_t>(style)]
                                : NumberShows::kNumber;
  if (shows != NumberShows::kNumber && number >= 0 && number < 2'958'466)  // up to 9999-12-31
    return DateOfSerial(number, c.date1904, shows == NumberShows::kMonth);
  return core::ShortestDecimal(number);
}

core::Error TooLarge() {
  core::Error e =
      core::Error::Invalid("the sheet has too many cells", "file", "error.xlsx.part_too_large");
  e.params.push_back(core::ErrorParam::Number("max", static_cast<std::int64_t>(kMaxCells)));
  return e;
}

using Grid = std::map<long, std::map<long, std::string>>;  // row -> column -> text

// Every cell of the sheet part with a value.
core::Result<Grid> ReadCells(const std::string& part, const Context& c) {
  XmlCursor xml(part);
  Grid grid;
  std::size_t cells = 0;
  long row = 0, column = -1;
  // The cell being read.
  std::string type, value;
  int style = -1;
  bool in_cell = false, in_value = false, has_value = false;
  int formula_depth = -1;
  while (xml.Next()) {
    const std::string_view name = xml.name();
    if (xml.IsStart() && name == "row") {
      row = row + 1;
      if (auto r = xml.Attribute("r")) {
        const char* end = r->data() + r->size();
        if (std::from_chars(r->data(), end, row).ptr != end) row = 0;
      }
      if (row < 1 || row > kLastRow) return core::Fail(NotAWorkbook("a row number"));
      column = -1;
    } else if (xml.IsStart() && name == "c") {
      auto ref = xml.Attribute("r");
      if (ref) {
        const CellRef parsed = ParseRef(*ref);
        if (parsed.column < 0) return core::Fail(NotAWorkbook("a cell reference " + *ref));
        column = parsed.column;
        row = parsed.row;
      } else if (++column >= kLastColumn) {
        return core::Fail(NotAWorkbook("a cell beyond the last column"));
      }
      type = xml.Attribute("t").value_or("");
      auto s = xml.Attribute("s");
      style = -1;
      if (s) std::from_chars(s->data(), s->data() + s->size(), style);
      value.clear();
      has_value = false;
      in_cell = !xml.IsEmptyElement();
    } else if (in_cell && xml.IsStart() && (name == "v" || name == "t")) {
      in_value = !xml.IsEmptyElement();
      has_value = true;
    } else if (in_cell && xml.IsStart() && name == "f") {
      if (!xml.IsEmptyElement()) formula_depth = xml.depth();
    } else if (xml.IsEnd() && name == "f" && xml.depth() == formula_depth) {
      formula_depth = -1;
    } else if (xml.IsText() && in_value && formula_depth < 0) {
      value += xml.Text();
    } else if (xml.IsEnd() && (name == "v" || name == "t")) {
      in_value = false;
    } else if (xml.IsEnd() && name == "c") {
      in_cell = false;
      std::string text = Trimmed(CellText(c, type, style, value, has_value));
      if (text.empty()) continue;
      if (++cells > kMaxCells) return core::Fail(TooLarge());
      grid[row][column] = std::move(text);
    }
  }
  if (xml.failed()) return core::Fail(NotAWorkbook("the sheet is not well-formed XML"));
  return grid;
}

core::Result<std::string> RequiredPart(const ZipParts& zip, const std::string& name) {
  auto part = zip.Part(name, kMaxPartBytes);
  if (!part) return core::Fail(part.error());
  if (!*part) return core::Fail(NotAWorkbook("no part " + name));
  return std::move(**part);
}

core::Result<Context> ReadContext(const std::optional<std::string>& strings,
                                  const std::optional<std::string>& styles, bool date1904) {
  Context c;
  c.date1904 = date1904;
  if (strings) {
    auto read = ReadSharedStrings(*strings, kMaxCells);
    if (!read) return core::Fail(read.error());
    c.strings = std::move(*read);
  }
  if (styles) {
    auto read = ReadNumberStyles(*styles);
    if (!read) return core::Fail(read.error());
    c.styles = std::move(*read);
  }
  return c;
}

core::Result<SheetTable> TableOf(const Grid& grid) {
  SheetTable out;
  long width = 0;
  for (const auto& [row, cells] : grid) width = std::max(width, cells.rbegin()->first + 1);
  // A lone cell far to the right must not make every row that wide in memory.
  if (static_cast<std::size_t>(width) * grid.size() > kMaxCells) return core::Fail(TooLarge());
  bool header = true;
  for (const auto& [row, cells] : grid) {
    std::vector<std::string> texts(static_cast<std::size_t>(width));
    for (const auto& [column, text] : cells) texts[static_cast<std::size_t>(column)] = text;
    if (header) {
      out.header = std::move(texts);
      out.header_line = static_cast<std::size_t>(row);
      header = false;
    } else {
      out.rows.push_back(std::move(texts));
      out.lines.push_back(static_cast<std::size_t>(row));
    }
  }
  return out;
}

}  // namespace

bool LooksLikeZip(std::string_view bytes) {
  return bytes.starts_with(std::string_view("PK\x03\x04", 4));
}

core::Result<SheetTable> ReadSheetParts(const std::string& sheet_xml,
                                        const std::optional<std::string>& shared_strings_xml,
                                        const std::optional<std::string>& styles_xml,
                                        bool date1904) {
  auto context = ReadContext(shared_strings_xml, styles_xml, date1904);
  if (!context) return core::Fail(context.error());
  auto grid = ReadCells(sheet_xml, *context);
  if (!grid) return core::Fail(grid.error());
  if (grid->empty()) {
    return core::Fail(
        core::Error::Invalid("the first sheet is empty", "file", "error.xlsx.empty_sheet"));
  }
  return TableOf(*grid);
}

core::Result<SheetTable> ReadFirstSheet(std::string_view bytes) {
  auto zip = ZipParts::Open(bytes);
  if (!zip) return core::Fail(zip.error());
  auto workbook = RequiredPart(*zip, "xl/workbook.xml");
  if (!workbook) return core::Fail(workbook.error());
  auto first = FindFirstSheet(*workbook);
  if (!first) return core::Fail(first.error());
  auto rels = RequiredPart(*zip, "xl/_rels/workbook.xml.rels");
  if (!rels) return core::Fail(rels.error());
  auto target = ReadTarget(*rels, first->relationship);
  if (!target) return core::Fail(target.error());
  auto strings = zip->Part("xl/sharedStrings.xml", kMaxPartBytes);
  if (!strings) return core::Fail(strings.error());
  auto styles = zip->Part("xl/styles.xml", kMaxPartBytes);
  if (!styles) return core::Fail(styles.error());
  auto sheet = RequiredPart(*zip, *target);
  if (!sheet) return core::Fail(sheet.error());
  auto table = ReadSheetParts(*sheet, *strings, *styles, first->date1904);
  if (!table) return core::Fail(table.error());
  table->sheet = first->name;
  return table;
}

}  // namespace stegvis::xlsx
