#include "domain/observation_grid.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace stegvis::domain {
namespace {

std::string_view Trim(std::string_view s) {
  const char* ws = " \t\r\n";
  std::size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(ws);
  return s.substr(b, e - b + 1);
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

core::Error BadCell(std::size_t row, const std::string& group, std::string message,
                    std::string key) {
  return core::Error::Invalid(std::move(message),
                              "row " + std::to_string(row) + (group.empty() ? "" : ": " + group),
                              std::move(key));
}

double Number(const std::string& canonical) {
  return std::strtod(canonical.c_str(), nullptr);
}

bool Whole(double v) {
  return std::floor(v) == v;
}

}  // namespace

core::Result<std::string> ParseDecimal(std::string_view text) {
  std::string s;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    // Spaces (also the no-break spaces Excel puts between thousands) are left out.
    if (c == ' ' || c == '\t') continue;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    // U+2212 MINUS SIGN, as Swedish typography writes it.
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x88 &&
        static_cast<unsigned char>(text[i + 2]) == 0x92) {
      s += '-';
      i += 2;
      continue;
    }
    s += c == ',' ? '.' : static_cast<char>(c);
  }
  auto invalid = core::Fail(core::Error::Invalid("not a number: '" + std::string(text) + "'",
                                                 "value", "error.not_a_number"));
  std::string_view body = s;
  bool negative = false;
  if (!body.empty() && (body.front() == '-' || body.front() == '+')) {
    negative = body.front() == '-';
    body.remove_prefix(1);
  }
  std::size_t dot = body.find('.');
  std::string_view whole = body.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? "" : body.substr(dot + 1);
  if (whole.empty() && frac.empty()) return invalid;
  if (!whole.empty() && !AllDigits(whole)) return invalid;
  if (dot != std::string_view::npos && !AllDigits(frac)) return invalid;
  if (whole.size() + frac.size() > 15) return invalid;  // beyond what a double keeps exactly
  std::string w(whole);
  w.erase(0, std::min(w.find_first_not_of('0'), w.size()));
  if (w.empty()) w = "0";
  std::string f(frac);
  while (!f.empty() && f.back() == '0') f.pop_back();
  std::string out = w + (f.empty() ? "" : "." + f);
  if (negative && out != "0") out = "-" + out;
  return out;
}

core::Result<std::string> ParsePeriod(Frequency frequency, std::string_view text) {
  std::string s(Trim(text));
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto invalid = core::Fail(core::Error::Invalid("not a period: '" + std::string(text) + "'",
                                                 "period", "error.bad_period"));
  if (s.size() < 6 || !AllDigits(std::string_view(s).substr(0, 4))) return invalid;
  const int year = std::atoi(s.substr(0, 4).c_str());
  std::string rest = s.substr(4);
  // Separators: "-", "/", " " (and none before W/Q/K/V).
  while (!rest.empty() && (rest[0] == '-' || rest[0] == '/' || rest[0] == ' ')) rest.erase(0, 1);
  if (year < 1900 || year > 2200 || rest.empty()) return invalid;
  char buf[48];
  if (frequency == Frequency::kMonth) {
    if (!AllDigits(rest) || rest.size() > 2) return invalid;
    int month = std::atoi(rest.c_str());
    if (month < 1 || month > 12) return invalid;
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return std::string(buf);
  }
  const bool week = frequency == Frequency::kWeek;
  if (week ? (rest[0] != 'W' && rest[0] != 'V') : (rest[0] != 'Q' && rest[0] != 'K')) {
    return invalid;
  }
  rest.erase(0, 1);
  if (!AllDigits(rest) || rest.size() > 2) return invalid;
  int n = std::atoi(rest.c_str());
  if (n < 1 || n > (week ? 53 : 4)) return invalid;
  if (week) {
    std::snprintf(buf, sizeof buf, "%04d-W%02d", year, n);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-Q%d", year, n);
  }
  return std::string(buf);
}

namespace {

// ISO years have 52 or 53 weeks: 53 when 1 January is a Thursday, or a Wednesday in a leap year.
int IsoWeeksIn(int year) {
  const int d = 1, m = 13, yy = year - 1;  // Zeller's congruence for 1 January
  const int h =
      (d + 13 * (m + 1) / 5 + yy % 100 + (yy % 100) / 4 + (yy / 100) / 4 + 5 * (yy / 100)) % 7;
  const int jan1 = (h + 5) % 7;  // 0 = Monday
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return (jan1 == 3 || (leap && jan1 == 2)) ? 53 : 52;
}

// The period `steps` (+1 or -1) away from `period`.
std::string StepPeriod(Frequency frequency, const std::string& period, int steps) {
  int year = std::atoi(period.substr(0, 4).c_str());
  char buf[48];
  switch (frequency) {
    case Frequency::kMonth: {
      int month = std::atoi(period.substr(5).c_str()) + steps;
      if (month > 12) month = 1, ++year;
      if (month < 1) month = 12, --year;
      std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
      break;
    }
    case Frequency::kQuarter: {
      int q = std::atoi(period.substr(6).c_str()) + steps;
      if (q > 4) q = 1, ++year;
      if (q < 1) q = 4, --year;
      std::snprintf(buf, sizeof buf, "%04d-Q%d", year, q);
      break;
    }
    case Frequency::kWeek: {
      int w = std::atoi(period.substr(6).c_str()) + steps;
      if (w > IsoWeeksIn(year)) w = 1, ++year;
      if (w < 1) --year, w = IsoWeeksIn(year);
      std::snprintf(buf, sizeof buf, "%04d-W%02d", year, w);
      break;
    }
  }
  return buf;
}

}  // namespace

std::string NextPeriod(Frequency frequency, const std::string& period) {
  return StepPeriod(frequency, period, 1);
}

std::string PreviousPeriod(Frequency frequency, const std::string& period) {
  return StepPeriod(frequency, period, -1);
}

std::vector<std::string> GridPeriods(Frequency frequency, const std::vector<std::string>& stored,
                                     const std::string& current) {
  std::vector<std::string> periods = stored;
  if (periods.empty()) {
    std::string first = current;
    for (int i = 0; i < kGridPeriodsBefore; ++i) first = PreviousPeriod(frequency, first);
    for (std::string p = first; periods.size() <= static_cast<std::size_t>(kGridPeriodsBefore);
         p = NextPeriod(frequency, p)) {
      periods.push_back(p);
    }
    return periods;
  }
  std::string next = NextPeriod(frequency, periods.back());
  for (int i = 0; i < kGridPeriodsAfter; ++i) {
    periods.push_back(next);
    next = NextPeriod(frequency, next);
  }
  return periods;
}

core::Result<std::vector<CellInput>> ValidateCells(const Measure& measure,
                                                   const std::vector<CellInput>& cells) {
  const std::vector<std::string> groups = GroupsOf(measure.grouping);
  const bool has_den = HasDenominator(measure.data_type);
  std::vector<CellInput> out;
  out.reserve(cells.size());
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const CellInput& in = cells[i];
    const std::size_t row = i + 1;
    if (std::find(groups.begin(), groups.end(), in.group) == groups.end()) {
      return core::Fail(BadCell(row, in.group, "not a group of this measure", "error.bad_group"));
    }
    auto period = ParsePeriod(measure.frequency, in.period);
    if (!period) {
      return core::Fail(BadCell(row, in.group, period.error().message, period.error().key));
    }
    CellInput cell{*period, in.group, "", ""};
    const bool has_value = !Trim(in.value).empty();
    const bool has_denominator = !Trim(in.denominator).empty();
    if (has_value) {
      auto v = ParseDecimal(in.value);
      if (!v) return core::Fail(BadCell(row, in.group, v.error().message, v.error().key));
      cell.value = *v;
    }
    if (has_denominator) {
      if (!has_den) {
        return core::Fail(
            BadCell(row, in.group, "this measure has no denominator", "error.no_denominator"));
      }
      auto d = ParseDecimal(in.denominator);
      if (!d) return core::Fail(BadCell(row, in.group, d.error().message, d.error().key));
      cell.denominator = *d;
    }
    if (has_den && has_value != has_denominator) {
      return core::Fail(
          BadCell(row, in.group, "a numerator needs its denominator", "error.needs_both"));
    }
    if (has_value) {
      const double v = Number(cell.value);
      switch (measure.data_type) {
        case stats::DataType::kCount:
        case stats::DataType::kDaysBetween:
        case stats::DataType::kCasesBetween:
          if (v < 0) {
            return core::Fail(BadCell(row, in.group, "must be 0 or more", "error.negative"));
          }
          if (measure.data_type != stats::DataType::kDaysBetween && !Whole(v)) {
            return core::Fail(
                BadCell(row, in.group, "must be a whole number", "error.not_a_count"));
          }
          break;
        case stats::DataType::kProportion:
        case stats::DataType::kRate: {
          const double d = Number(cell.denominator);
          if (v < 0) {
            return core::Fail(BadCell(row, in.group, "must be 0 or more", "error.negative"));
          }
          if (d <= 0) {
            return core::Fail(BadCell(row, in.group, "the denominator must be more than 0",
                                      "error.denominator_zero"));
          }
          if (measure.data_type == stats::DataType::kProportion && v > d) {
            return core::Fail(BadCell(row, in.group, "the numerator exceeds the denominator",
                                      "error.numerator_exceeds"));
          }
          break;
        }
        case stats::DataType::kContinuous:
        case stats::DataType::kContinuousSubgroups: break;
      }
    }
    for (const CellInput& earlier : out) {
      if (earlier.period == cell.period && earlier.group == cell.group) {
        return core::Fail(
            BadCell(row, in.group, "the same period and group twice", "error.duplicate_cell"));
      }
    }
    out.push_back(std::move(cell));
  }
  return out;
}

core::Result<std::vector<CellInput>> ParsePastedGrid(const Measure& measure,
                                                     std::string_view text) {
  const std::vector<std::string> groups = GroupsOf(measure.grouping);
  const std::size_t per_group = HasDenominator(measure.data_type) ? 2 : 1;
  std::vector<CellInput> cells;
  std::vector<std::size_t> line_of;  // the pasted line each cell came from
  std::size_t line_no = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty()) continue;
    std::vector<std::string_view> cols;
    std::size_t c = 0;
    while (true) {
      std::size_t tab = line.find('\t', c);
      cols.push_back(
          line.substr(c, tab == std::string_view::npos ? std::string_view::npos : tab - c));
      if (tab == std::string_view::npos) break;
      c = tab + 1;
    }
    if (!ParsePeriod(measure.frequency, cols[0])) {
      if (cells.empty() && line_no == 1) continue;  // a header line
      return core::Fail(
          BadCell(line_no, "", "not a period: '" + std::string(cols[0]) + "'", "error.bad_period"));
    }
    if (cols.size() > 1 + groups.size() * per_group) {
      return core::Fail(BadCell(line_no, "", "more columns than the measure has groups",
                                "error.too_many_columns"));
    }
    for (std::size_t g = 0; g < groups.size(); ++g) {
      std::size_t col = 1 + g * per_group;
      CellInput cell{std::string(cols[0]), groups[g], "", ""};
      if (col < cols.size()) cell.value = std::string(Trim(cols[col]));
      if (per_group == 2 && col + 1 < cols.size())
        cell.denominator = std::string(Trim(cols[col + 1]));
      cells.push_back(std::move(cell));
      line_of.push_back(line_no);
    }
  }
  auto valid = ValidateCells(measure, cells);
  if (!valid) {
    // Name the pasted line rather than the cell's position in the batch.
    core::Error e = valid.error();
    std::size_t cell_index = std::strtoul(e.field.c_str() + 4, nullptr, 10);
    if (cell_index >= 1 && cell_index <= line_of.size()) {
      std::size_t colon = e.field.find(':');
      e.field = "row " + std::to_string(line_of[cell_index - 1]) +
                (colon == std::string::npos ? "" : e.field.substr(colon));
    }
    return core::Fail(e);
  }
  return valid;
}

}  // namespace stegvis::domain
