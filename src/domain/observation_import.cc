#include "domain/observation_import.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <tuple>
#include <utility>

#include "core/text.h"
#include "domain/import_problems.h"

namespace stegvis::domain {

std::string NormalWord(std::string_view text) {
  return core::AsciiLower(core::Trim(text));
}

bool AnyWordIs(const std::vector<std::string>& words, std::string_view normal) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return NormalWord(w) == normal; });
}

namespace {

// `rest` of a heading after a group's word: "", "täljare", "(nämnare)", "- denominator".
std::string_view Qualifier(std::string_view rest) {
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '(' || rest.front() == '-' ||
                           rest.front() == ',')) {
    rest.remove_prefix(1);
  }
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == ')')) rest.remove_suffix(1);
  return rest;
}

std::optional<ImportColumn> MapHeading(const Measure& measure,
                                       const std::vector<std::string>& groups,
                                       const HeaderWords& words, std::string_view heading) {
  const std::string normal = NormalWord(heading);
  if (AnyWordIs(words.period, normal)) return ImportColumn{ImportColumn::Kind::kPeriod, ""};
  const bool has_den = HasDenominator(measure.data_type);
  for (const std::string& group : groups) {
    auto it = words.groups.find(group);
    if (it == words.groups.end()) continue;
    for (const std::string& word : it->second) {
      const std::string w = NormalWord(word);
      if (w.empty() || !normal.starts_with(w)) continue;
      const std::string_view rest = Qualifier(std::string_view(normal).substr(w.size()));
      if (rest.empty()) return ImportColumn{ImportColumn::Kind::kValue, group};
      if (has_den && AnyWordIs(words.numerator, rest)) {
        return ImportColumn{ImportColumn::Kind::kValue, group};
      }
      if (has_den && AnyWordIs(words.denominator, rest)) {
        return ImportColumn{ImportColumn::Kind::kDenominator, group};
      }
    }
  }
  return std::nullopt;
}

// The headings a file of `measure` may use, in the first language of `words`.
std::string ExpectedHeadings(const Measure& measure, const std::vector<std::string>& groups,
                             const HeaderWords& words) {
  auto first = [](const std::vector<std::string>& list) {
    return list.empty() ? std::string() : list.front();
  };
  std::string out = first(words.period);
  for (const std::string& group : groups) {
    auto it = words.groups.find(group);
    const std::string name = it == words.groups.end() ? group : first(it->second);
    if (HasDenominator(measure.data_type)) {
      out +=
          ", " + name + " " + first(words.numerator) + ", " + name + " " + first(words.denominator);
    } else {
      out += ", " + name;
    }
  }
  return out;
}

core::Error ColumnError(std::string message, std::string key, const std::string& expected) {
  core::Error e = core::Error::Invalid(std::move(message), "column", std::move(key));
  e.params.push_back(core::ErrorParam::Text("columns", expected));
  return e;
}

// Maps the header; adds its problems to `preview` and returns the period column, if any.
std::optional<std::size_t> MapHeader(const Measure& measure, const std::vector<std::string>& groups,
                                     const HeaderWords& words, const RememberedColumns& remembered,
                                     std::size_t header_line, ImportPreview& preview) {
  const std::string expected = ExpectedHeadings(measure, groups, words);
  std::optional<std::size_t> period;
  std::set<std::pair<int, std::string>> seen;
  for (std::size_t c = 0; c < preview.header.size(); ++c) {
    const auto known = remembered.find(NormalWord(preview.header[c]));
    if (known != remembered.end() && !known->second) {
      preview.columns.push_back(std::nullopt);  // skipped
      continue;
    }
    std::optional<ImportColumn> column =
        known != remembered.end() ? known->second
                                  : MapHeading(measure, groups, words, preview.header[c]);
    auto problem = [&](std::string message, std::string key) {
      preview.problems.push_back({header_line, c + 1, preview.header[c],
                                  ColumnError(std::move(message), std::move(key), expected)});
    };
    if (!column) {
      problem("not a column of this measure", "error.import.unknown_column");
    } else if (!seen.insert({static_cast<int>(column->kind), column->group}).second) {
      problem("the same column twice", "error.import.duplicate_column");
      column.reset();
    } else if (column->kind == ImportColumn::Kind::kPeriod) {
      period = c;
    }
    preview.columns.push_back(std::move(column));
  }
  for (std::size_t c = 0; c < preview.columns.size(); ++c) {
    const auto& column = preview.columns[c];
    if (column && column->kind == ImportColumn::Kind::kDenominator &&
        !seen.count({static_cast<int>(ImportColumn::Kind::kValue), column->group})) {
      preview.problems.push_back({header_line, c + 1, preview.header[c],
                                  ColumnError("a denominator without its numerator",
                                              "error.import.denominator_alone", expected)});
    }
  }
  if (!period) {
    preview.problems.push_back(
        {header_line, 0, "", ColumnError("no period column", "error.import.no_period", expected)});
  } else if (seen.size() == 1) {
    preview.problems.push_back(
        {header_line, 0, "",
         ColumnError("no column of values", "error.import.no_values", expected)});
  }
  return period;
}

// Reads every row into `preview.rows` and the batch, each cell's origin in `origins`.
void ReadRows(const Measure& measure, const ImportSheet& sheet, std::size_t period_column,
              ImportPreview& preview, std::vector<CellOrigin>& origins) {
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    std::vector<std::string> cells = sheet.rows[r];
    cells.resize(preview.header.size());
    ImportRow row{r < sheet.lines.size() ? sheet.lines[r] : r + 2, "", cells};
    auto period = ParsePeriod(measure.frequency, row.cells[period_column]);
    row.period = period ? *period : std::string(core::Trim(row.cells[period_column]));
    if (!period) {
      preview.problems.push_back({row.line, period_column + 1, preview.header[period_column],
                                  period.error(), core::ShortPrefix(row.period)});
    }
    for (std::size_t c = 0; c < preview.columns.size(); ++c) {
      const auto& column = preview.columns[c];
      if (!column || column->kind == ImportColumn::Kind::kPeriod) continue;
      if (auto number = ParseStoredNumber(row.cells[c])) row.cells[c] = *number;
      if (!period || column->kind != ImportColumn::Kind::kValue) continue;
      CellInput cell{*period, column->group, std::string(core::Trim(cells[c])), ""};
      CellOrigin origin{row.line, c, c};
      for (std::size_t d = 0; d < preview.columns.size(); ++d) {
        const auto& den = preview.columns[d];
        if (den && den->kind == ImportColumn::Kind::kDenominator && den->group == column->group) {
          cell.denominator = std::string(core::Trim(cells[d]));
          origin.denominator_column = d;
        }
      }
      preview.cells.push_back(std::move(cell));
      origins.push_back(origin);
    }
    preview.rows.push_back(std::move(row));
  }
}

}  // namespace

std::string ColumnLetter(std::size_t column) {
  std::string letters;
  for (; column > 0; column = (column - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
  }
  return letters;
}

ImportPreview PreviewImport(const Measure& measure, const ImportSheet& sheet,
                            const HeaderWords& words, const std::vector<Observation>& stored,
                            const std::string& current, const RememberedColumns& remembered) {
  ImportPreview preview;
  preview.sheet = sheet.sheet;
  preview.kolada = sheet.kolada;
  preview.header = sheet.header;
  if (sheet.kolada) {
    std::optional<core::Error> refusal;
    if (measure.frequency != Frequency::kYear) {
      refusal =
          core::Error::Invalid("Kolada's figures are yearly", "file", "error.kolada.not_yearly");
      refusal->params.push_back(
          core::ErrorParam::Text("frequency", std::string(FrequencyName(measure.frequency))));
    } else if (HasDenominator(measure.data_type)) {
      refusal = core::Error::Invalid(
          "Kolada gives one value per group, not a numerator and a "
          "denominator",
          "file", "error.kolada.needs_denominator");
    }
    if (refusal) {
      preview.problems.push_back({0, 0, "", std::move(*refusal)});
      return preview;
    }
  }
  const std::vector<std::string> groups = GroupsOf(measure.grouping);
  std::optional<std::size_t> period =
      MapHeader(measure, groups, words, remembered, sheet.header_line, preview);
  if (!period) {
    SortProblems(preview.problems);
    return preview;
  }
  std::vector<CellOrigin> origins;
  ReadRows(measure, sheet, *period, preview, origins);
  CheckCells(measure, preview.cells, origins, preview.header, stored, current, preview.problems);
  SortProblems(preview.problems);
  return preview;
}

}  // namespace stegvis::domain
