#include "domain/observation_grid.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <utility>

#include "core/date.h"
#include "core/decimal.h"
#include "core/text.h"

namespace stegvis::domain {
namespace {

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

core::Error BadCell(std::size_t row, const std::string& group, std::string message,
                    std::string key) {
  return core::Error::Invalid(
      std::move(message),
      "row " + std::to_string(row) + (group.empty() ? "" : ": " + core::ShortPrefix(group)),
      std::move(key));
}

double Number(const std::string& canonical) {
  return std::strtod(canonical.c_str(), nullptr);
}

bool Whole(double v) {
  return std::floor(v) == v;
}

core::Error TooManyPeriods() {
  core::Error e = core::Error::Invalid("more periods than a measure may hold", "periods",
                                       "error.too_many_periods");
  e.params.push_back(
      core::ErrorParam::Number("max", static_cast<std::int64_t>(kMaxPeriodsPerMeasure)));
  return e;
}

// `value` (0 ≤ value < 10^width) in `width` digits, zero-padded: Padded(7, 2) == "07".
std::string Padded(int value, int width) {
  std::string out(static_cast<std::size_t>(width), '0');
  for (int i = width - 1; i >= 0 && value > 0; --i, value /= 10) {
    out[static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
  }
  return out;
}

}  // namespace

core::Result<std::string> ParseStoredNumber(std::string_view text) {
  std::optional<core::Decimal> number = core::ParseDecimal(text);
  if (!number || number->significant_digits > kStoredNumberDigits) {
    return core::Fail(core::Error::Invalid("not a number: '" + core::ShortPrefix(text) + "'",
                                           "value", "error.not_a_number"));
  }
  return std::move(number->text);
}

core::Result<std::string> ParsePeriod(Frequency frequency, std::string_view text) {
  std::string s(core::Trim(text));
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  // Built only when needed: a file of a million rows asks for a million periods.
  auto invalid = [&] {
    return core::Fail(core::Error::Invalid("not a period: '" + core::ShortPrefix(text) + "'",
                                           "period", "error.bad_period"));
  };
  if (frequency == Frequency::kYear) {
    if (s.size() != 4 || !AllDigits(s)) return invalid();
    const int year = std::atoi(s.c_str());
    if (year < 1900 || year > 2200) return invalid();
    return s;
  }
  if (s.size() < 6 || !AllDigits(std::string_view(s).substr(0, 4))) return invalid();
  const int year = std::atoi(s.substr(0, 4).c_str());
  std::string rest = s.substr(4);
  // Separators: "-", "/", " " (and none before W/Q/K/V).
  while (!rest.empty() && (rest[0] == '-' || rest[0] == '/' || rest[0] == ' ')) rest.erase(0, 1);
  if (year < 1900 || year > 2200 || rest.empty()) return invalid();
  if (frequency == Frequency::kMonth) {
    if (!AllDigits(rest) || rest.size() > 2) return invalid();
    int month = std::atoi(rest.c_str());
    if (month < 1 || month > 12) return invalid();
    return Padded(year, 4) + "-" + Padded(month, 2);
  }
  const bool week = frequency == Frequency::kWeek;
  if (week ? (rest[0] != 'W' && rest[0] != 'V') : (rest[0] != 'Q' && rest[0] != 'K')) {
    return invalid();
  }
  rest.erase(0, 1);
  if (!AllDigits(rest) || rest.size() > 2) return invalid();
  int n = std::atoi(rest.c_str());
  if (n < 1 || n > (week ? 53 : 4)) return invalid();
  return Padded(year, 4) + (week ? "-W" + Padded(n, 2) : "-Q" + Padded(n, 1));
}

namespace {

// The period `steps` (+1 or -1) away from `period`.
std::string StepPeriod(Frequency frequency, const std::string& period, int steps) {
  const int year = std::atoi(period.substr(0, 4).c_str());
  char buf[48];
  switch (frequency) {
    case Frequency::kYear: std::snprintf(buf, sizeof buf, "%04d", year + steps); break;
    case Frequency::kMonth:
    case Frequency::kQuarter: {
      const bool quarter = frequency == Frequency::kQuarter;
      const int n = std::atoi(period.substr(quarter ? 6 : 5).c_str());
      const int month = quarter ? 3 * n - 2 : n;
      const core::Date first(std::chrono::year(year) / month / 1);
      return PeriodContaining(frequency, first.AddMonths(quarter ? 3 * steps : steps));
    }
    case Frequency::kWeek: {
      // By week numbers rather than days, so that "2025-W53" (which ParsePeriod takes although
      // 2025 has 52 weeks) still steps to 2026-W01 and back to 2025-W52.
      int y = year;
      int w = std::atoi(period.substr(6).c_str()) + steps;
      if (w > static_cast<int>(core::Date::IsoWeeksIn(y))) w = 1, ++y;
      if (w < 1) --y, w = static_cast<int>(core::Date::IsoWeeksIn(y));
      std::snprintf(buf, sizeof buf, "%04d-W%02d", y, w);
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

std::string PeriodContaining(Frequency frequency, core::Date date) {
  char buf[48];
  switch (frequency) {
    case Frequency::kYear: std::snprintf(buf, sizeof buf, "%04d", date.Year()); break;
    case Frequency::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02u", date.Year(), date.Month());
      break;
    case Frequency::kQuarter:
      std::snprintf(buf, sizeof buf, "%04d-Q%u", date.Year(), date.Quarter());
      break;
    case Frequency::kWeek: {
      const core::IsoWeek week = date.Week();
      std::snprintf(buf, sizeof buf, "%04d-W%02u", week.year, week.week);
      break;
    }
  }
  return buf;
}

bool PeriodAllowed(Frequency frequency, const std::string& period) {
  auto parsed = ParsePeriod(frequency, period);
  return parsed && *parsed == period;
}

std::vector<std::string> GridPeriods(Frequency frequency, const std::vector<std::string>& stored,
                                     const std::string& current, int earlier) {
  std::vector<std::string> periods;
  if (stored.empty()) {
    std::string first = current;
    for (int i = 0; i < kGridPeriodsBefore; ++i) first = PreviousPeriod(frequency, first);
    for (std::string p = first; periods.size() <= static_cast<std::size_t>(kGridPeriodsBefore);
         p = NextPeriod(frequency, p)) {
      if (PeriodAllowed(frequency, p)) periods.push_back(p);
    }
  } else {
    periods = stored;
    // Empty rows only where a value could be saved: not after today's period, not past the
    // last period ParsePeriod takes, and none once the measure holds the most periods allowed.
    std::string next = NextPeriod(frequency, periods.back());
    for (int i = 0; i < kGridPeriodsAfter && stored.size() < kMaxPeriodsPerMeasure &&
                    next <= current && PeriodAllowed(frequency, next);
         ++i) {
      periods.push_back(next);
      next = NextPeriod(frequency, next);
    }
  }
  std::vector<std::string> before;
  for (std::string p = periods.empty() ? current : periods.front();
       static_cast<int>(before.size()) < earlier && stored.size() < kMaxPeriodsPerMeasure;) {
    p = PreviousPeriod(frequency, p);
    if (!PeriodAllowed(frequency, p)) break;
    before.push_back(p);
  }
  periods.insert(periods.begin(), before.rbegin(), before.rend());
  return periods;
}

namespace {

// One cell checked and canonicalised (see ValidateCells), `row` naming it in an error.
core::Result<CellInput> CheckCell(const Measure& measure, const std::vector<std::string>& groups,
                                  const CellInput& in, std::size_t row) {
  const bool has_den = HasDenominator(measure.data_type);
  if (std::find(groups.begin(), groups.end(), in.group) == groups.end()) {
    return core::Fail(BadCell(row, in.group, "not a group of this measure", "error.bad_group"));
  }
  auto period = ParsePeriod(measure.frequency, in.period);
  if (!period) {
    return core::Fail(BadCell(row, in.group, period.error().message, period.error().key));
  }
  CellInput cell{*period, in.group, "", ""};
  const bool has_value = !core::Trim(in.value).empty();
  const bool has_denominator = !core::Trim(in.denominator).empty();
  if (has_value) {
    auto v = ParseStoredNumber(in.value);
    if (!v) return core::Fail(BadCell(row, in.group, v.error().message, v.error().key));
    cell.value = *v;
  }
  if (has_denominator) {
    if (!has_den) {
      return core::Fail(
          BadCell(row, in.group, "this measure has no denominator", "error.no_denominator"));
    }
    auto d = ParseStoredNumber(in.denominator);
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
          return core::Fail(BadCell(row, in.group, "must be a whole number", "error.not_a_count"));
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
        // Numerators count people or events, and a proportion's denominator people: 11,5
        // of them cannot be true. A rate's exposure (days, bed-days) may have decimals.
        if (!Whole(v)) {
          return core::Fail(BadCell(row, in.group, "the numerator must be a whole number",
                                    "error.numerator_not_whole"));
        }
        if (measure.data_type == stats::DataType::kProportion && !Whole(d)) {
          return core::Fail(BadCell(row, in.group, "the denominator must be a whole number",
                                    "error.denominator_not_whole"));
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
  return cell;
}

}  // namespace

CellCheck CheckEachCell(const Measure& measure, const std::vector<CellInput>& cells) {
  const std::vector<std::string> groups = GroupsOf(measure.grouping);
  CellCheck out;
  out.valid.reserve(cells.size());
  // A set, so a batch of the largest measure is checked in n log n, not n².
  std::set<std::pair<std::string, std::string>> seen;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    auto cell = CheckCell(measure, groups, cells[i], i + 1);
    if (!cell) {
      out.errors.push_back(std::move(cell.error()));
    } else if (!seen.insert({cell->period, cell->group}).second) {
      out.errors.push_back(BadCell(i + 1, cells[i].group, "the same period and group twice",
                                   "error.duplicate_cell"));
    } else {
      out.valid.push_back(std::move(*cell));
    }
  }
  return out;
}

core::Result<std::vector<CellInput>> ValidateCells(const Measure& measure,
                                                   const std::vector<CellInput>& cells) {
  CellCheck check = CheckEachCell(measure, cells);
  if (!check.errors.empty()) return core::Fail(std::move(check.errors.front()));
  return std::move(check.valid);
}

namespace {

// A paste split into cells: each line's cells, the line each came from, the line skipped as a
// header (0: none), and every line that cannot be read (a bad period, too many columns).
struct SplitPaste {
  std::vector<CellInput> cells;
  std::vector<std::size_t> line_of;
  std::size_t header = 0;
  std::vector<core::Error> errors;
};

SplitPaste SplitPastedLines(const Measure& measure, std::string_view text) {
  const std::vector<std::string> groups = GroupsOf(measure.grouping);
  const std::size_t per_group = HasDenominator(measure.data_type) ? 2 : 1;
  SplitPaste out;
  std::size_t line_no = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (core::Trim(line).empty()) continue;
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
      // A header line: the first, with no number in it. A line with numbers is data with a
      // bad period, and is refused rather than dropped.
      const bool numbers = std::any_of(cols.begin() + 1, cols.end(), [](std::string_view col) {
        return ParseStoredNumber(col).has_value();
      });
      if (line_no == 1 && !numbers) {
        out.header = line_no;
        continue;
      }
      out.errors.push_back(BadCell(
          line_no, "", "not a period: '" + core::ShortPrefix(cols[0]) + "'", "error.bad_period"));
      continue;
    }
    if (cols.size() > 1 + groups.size() * per_group) {
      out.errors.push_back(BadCell(line_no, "", "more columns than the measure has groups",
                                   "error.too_many_columns"));
      continue;
    }
    for (std::size_t g = 0; g < groups.size(); ++g) {
      std::size_t col = 1 + g * per_group;
      CellInput cell{std::string(cols[0]), groups[g], "", ""};
      if (col < cols.size()) cell.value = std::string(core::Trim(cols[col]));
      if (per_group == 2 && col + 1 < cols.size())
        cell.denominator = std::string(core::Trim(cols[col + 1]));
      out.cells.push_back(std::move(cell));
      out.line_of.push_back(line_no);
    }
  }
  if (out.cells.empty() && out.errors.empty() && out.header > 0) {
    // Only a "header": a paste of one line whose period is wrong, which would otherwise be
    // reported as saved with nothing saved.
    out.errors.push_back(BadCell(out.header, "", "no row with a period", "error.bad_period"));
  }
  return out;
}

// The cell's position N in a batch, from an error's field "row N" / "row N: GROUP"; 0 if none.
std::size_t RowOf(const core::Error& e) {
  if (e.field.rfind("row ", 0) != 0) return 0;
  return std::strtoul(e.field.c_str() + 4, nullptr, 10);
}

// `e` naming the pasted line of its cell (`line_of[N - 1]` for "row N") instead.
core::Error NamingLine(core::Error e, const std::vector<std::size_t>& line_of) {
  const std::size_t row = RowOf(e);
  if (row >= 1 && row <= line_of.size()) {
    const std::size_t colon = e.field.find(':');
    e.field = "row " + std::to_string(line_of[row - 1]) +
              (colon == std::string::npos ? "" : e.field.substr(colon));
  }
  return e;
}

}  // namespace

core::Result<std::vector<CellInput>> ParsePastedGrid(const Measure& measure,
                                                     std::string_view text) {
  // More lines than a measure may hold periods (and a header) cannot be saved: refused before
  // any line is read, so a 1 MiB paste costs one pass over its bytes.
  if (static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) >
      kMaxPeriodsPerMeasure + 1) {
    return core::Fail(TooManyPeriods());
  }
  SplitPaste split = SplitPastedLines(measure, text);
  if (!split.errors.empty()) return core::Fail(std::move(split.errors.front()));
  auto valid = ValidateCells(measure, split.cells);
  // Name the pasted line rather than the cell's position in the batch.
  if (!valid) return core::Fail(NamingLine(valid.error(), split.line_of));
  return valid;
}

std::vector<core::Error> PastedGridErrors(const Measure& measure, std::string_view text,
                                          const std::vector<Observation>& stored,
                                          const std::string& current) {
  if (static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) >
      kMaxPeriodsPerMeasure + 1) {
    return {TooManyPeriods()};
  }
  SplitPaste split = SplitPastedLines(measure, text);
  std::vector<core::Error> errors = std::move(split.errors);
  CellCheck check = CheckEachCell(measure, split.cells);
  std::set<std::size_t> bad;
  for (const core::Error& e : check.errors) {
    bad.insert(RowOf(e));
    errors.push_back(NamingLine(e, split.line_of));
  }
  // What the cells that are right cannot be together, each naming its line too.
  std::vector<std::size_t> valid_lines;
  for (std::size_t i = 0; i < split.cells.size(); ++i) {
    if (!bad.count(i + 1)) valid_lines.push_back(split.line_of[i]);
  }
  for (const core::Error& e : ImpossibleCells(measure, check.valid, stored, current)) {
    errors.push_back(NamingLine(e, valid_lines));
  }
  // By line, so the list reads from the top of the paste down ("periods" last).
  std::stable_sort(errors.begin(), errors.end(), [](const core::Error& a, const core::Error& b) {
    const std::size_t ra = RowOf(a), rb = RowOf(b);
    return (ra == 0 ? SIZE_MAX : ra) < (rb == 0 ? SIZE_MAX : rb);
  });
  return errors;
}

std::vector<core::Error> ImpossibleCells(const Measure& measure,
                                         const std::vector<CellInput>& valid,
                                         const std::vector<Observation>& stored,
                                         const std::string& current) {
  std::vector<core::Error> errors;
  for (std::size_t i = 0; i < valid.size(); ++i) {
    // Canonical periods of one frequency sort as text, so "later than now" is a comparison.
    if (!valid[i].value.empty() && valid[i].period > current) {
      errors.push_back(
          BadCell(i + 1, valid[i].group, "the period has not begun yet", "error.future_period"));
    }
  }
  // The values after the save: stored ones, replaced or removed by the batch.
  std::map<std::pair<std::string, std::string>, std::pair<std::string, std::string>> after;
  for (const Observation& o : stored) after[{o.period, o.group}] = {o.value, o.denominator};
  for (const CellInput& c : valid) {
    if (c.value.empty()) {
      after.erase({c.period, c.group});
    } else {
      after[{c.period, c.group}] = {c.value, c.denominator};
    }
  }
  std::set<std::string> periods;
  for (const auto& [key, value] : after) periods.insert(key.first);
  if (periods.size() > kMaxPeriodsPerMeasure) {
    errors.push_back(TooManyPeriods());
  }
  const std::vector<std::string> groups = GroupsOf(measure.grouping);
  const bool additive = measure.data_type == stats::DataType::kCount ||
                        measure.data_type == stats::DataType::kProportion ||
                        measure.data_type == stats::DataType::kRate;
  if (groups.size() != 3 || !additive) return errors;
  std::set<std::string> named;  // a period's total is named once, however many of its cells came
  for (std::size_t i = 0; i < valid.size(); ++i) {
    const std::string& period = valid[i].period;
    auto a = after.find({period, groups[0]}), b = after.find({period, groups[1]}),
         total = after.find({period, groups[2]});
    if (a == after.end() || b == after.end() || total == after.end()) continue;
    auto sum_differs = [](const std::string& x, const std::string& y, const std::string& t) {
      if (x.empty() && y.empty() && t.empty()) return false;
      return std::fabs(Number(x) + Number(y) - Number(t)) > 1e-9 * std::max(1.0, Number(t));
    };
    if ((sum_differs(a->second.first, b->second.first, total->second.first) ||
         sum_differs(a->second.second, b->second.second, total->second.second)) &&
        named.insert(period).second) {
      errors.push_back(BadCell(i + 1, groups[2], "the total is not the sum of the groups",
                               "error.total_not_sum"));
    }
  }
  return errors;
}

core::Result<bool> CheckBatchAgainstData(const Measure& measure,
                                         const std::vector<CellInput>& valid,
                                         const std::vector<Observation>& stored,
                                         const std::string& current) {
  std::vector<core::Error> errors = ImpossibleCells(measure, valid, stored, current);
  if (!errors.empty()) return core::Fail(std::move(errors.front()));
  return true;
}

}  // namespace stegvis::domain
