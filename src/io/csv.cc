#include "io/csv.h"

#include <algorithm>

#include "core/date.h"
#include "core/decimal.h"
#include "core/text.h"
#include "io/csv_reader.h"
#include "io/encoding.h"

namespace stegvis::io {
namespace {

std::string RowField(std::size_t data_row) {
  return "row " + std::to_string(data_row);
}

// A file that cannot be read as CSV: the catalogue key and the line of the file it is about.
core::Error Unreadable(std::string message, std::string field, std::string key, std::size_t line) {
  core::Error e = core::Error::Invalid(std::move(message), std::move(field), std::move(key));
  e.params.push_back(core::ErrorParam::Number("line", static_cast<std::int64_t>(line)));
  return e;
}

}  // namespace

core::Result<CsvTable> ParseCsv(std::string_view text) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::string converted;  // only used for text that is not UTF-8
  if (!IsValidUtf8(text)) {
    converted = Windows1252ToUtf8(text);
    text = converted;
  }
  CsvTable table;
  CsvReader reader(text);
  std::vector<std::string> record;
  std::size_t record_line = 0;
  for (;;) {
    auto more = reader.Next(record, record_line);
    if (!more) {
      core::Error e = more.error();
      e.field = table.header.empty() && table.header_line == 0 ? std::string("header")
                                                               : RowField(table.rows.size() + 1);
      return core::Fail(std::move(e));
    }
    if (!*more) break;
    if (table.header_line == 0) {
      table.header = record;
      table.header_line = record_line;
      continue;
    }
    const std::size_t data_row = table.rows.size() + 1;
    if (record.size() > table.header.size()) {
      core::Error e =
          Unreadable("has " + std::to_string(record.size()) + " fields but the header has " +
                         std::to_string(table.header.size()),
                     RowField(data_row), "error.csv.too_many_fields", record_line);
      e.params.push_back(
          core::ErrorParam::Number("max", static_cast<std::int64_t>(table.header.size())));
      return core::Fail(std::move(e));
    }
    record.resize(table.header.size());
    table.rows.push_back(record);
    table.lines.push_back(record_line);
  }
  table.separator = reader.separator();
  if (table.header_line == 0) {
    return core::Fail(
        Unreadable("the file is empty (no header line)", "header", "error.csv.empty", 1));
  }
  return table;
}

core::Result<std::size_t> FindColumn(const CsvTable& table, std::string_view name) {
  for (std::size_t i = 0; i < table.header.size(); ++i) {
    if (table.header[i] == name) return i;
  }
  return core::Fail(
      core::Error::Invalid("no column named '" + std::string(name) + "'", std::string(name)));
}

core::Result<std::vector<double>> NumericColumn(const CsvTable& table, std::string_view name) {
  auto column = FindColumn(table, name);
  if (!column) return core::Fail(column.error());
  std::vector<double> values;
  values.reserve(table.rows.size());
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const std::string_view cell = core::Trim(table.rows[r][*column]);
    if (cell.empty()) {
      values.push_back(stats::kMissing);
      continue;
    }
    auto number = core::ParseDecimal(cell);
    if (!number) {
      return core::Fail(core::Error::Invalid("column '" + std::string(name) + "': '" +
                                                 core::ShortPrefix(cell) +
                                                 "' is not a finite number (leave the cell "
                                                 "empty for a missing value)",
                                             RowField(r + 1)));
    }
    values.push_back(number->value);
  }
  return values;
}

core::Result<std::vector<XValue>> XColumn(const CsvTable& table, std::string_view name) {
  auto column = FindColumn(table, name);
  if (!column) return core::Fail(column.error());
  std::vector<XValue> values;
  values.reserve(table.rows.size());
  std::optional<bool> dates;  // decided by the first cell
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const std::string_view cell = core::Trim(table.rows[r][*column]);
    auto fail = [&](const std::string& what) {
      return core::Fail(
          core::Error::Invalid("column '" + std::string(name) + "': " + what, RowField(r + 1)));
    };
    if (cell.empty()) return fail("the period is empty");
    if (!dates) dates = core::IsIsoDate(cell);
    XValue value;
    value.label = std::string(cell);
    if (*dates) {
      auto day = core::Date::Parse(cell);
      if (!day) return fail("'" + core::ShortPrefix(value.label) + "' is not a date (YYYY-MM-DD)");
      value.x = static_cast<double>(day->DaysSinceEpoch());
    } else {
      auto number = core::ParseDecimal(cell);
      if (!number) return fail("'" + core::ShortPrefix(value.label) + "' is not a number");
      value.x = number->value;
    }
    values.push_back(std::move(value));
  }
  return values;
}

core::Result<std::vector<stats::Row>> ReadRows(const CsvTable& table, const RowColumns& columns) {
  auto xs = XColumn(table, columns.x);
  if (!xs) return core::Fail(xs.error());
  auto ys = NumericColumn(table, columns.y);
  if (!ys) return core::Fail(ys.error());
  std::vector<double> ns;
  if (!columns.n.empty()) {
    auto n = NumericColumn(table, columns.n);
    if (!n) return core::Fail(n.error());
    ns = std::move(*n);
  }
  std::optional<std::size_t> phase;
  if (!columns.phase.empty()) {
    auto p = FindColumn(table, columns.phase);
    if (!p) return core::Fail(p.error());
    phase = *p;
  }
  std::vector<stats::Row> rows(table.rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    rows[r].x = (*xs)[r].x;
    rows[r].label = std::move((*xs)[r].label);
    rows[r].y = (*ys)[r];
    if (!ns.empty()) rows[r].n = ns[r];
    if (phase) rows[r].phase = std::string(core::Trim(table.rows[r][*phase]));
  }
  return rows;
}

}  // namespace stegvis::io
