#include "domain/import_problems.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <tuple>

#include "core/text.h"

namespace stegvis::domain {
namespace {

// The cell's position N from an error's field "row N" / "row N: GROUP"; 0 if none.
std::size_t BatchRow(const core::Error& e) {
  if (!e.field.starts_with("row ")) return 0;
  return std::strtoul(e.field.c_str() + 4, nullptr, 10);
}

bool AboutDenominator(const core::Error& e) {
  return e.key == "error.denominator_zero" || e.key == "error.denominator_not_whole" ||
         e.key == "error.no_denominator";
}

// Names each error of a batch `cells` (from `origins`) by its line and column.
void AddCellProblems(const std::vector<core::Error>& errors, const std::vector<CellInput>& cells,
                     const std::vector<CellOrigin>& origins, const std::vector<std::string>& header,
                     std::vector<ImportProblem>& problems) {
  for (const core::Error& e : errors) {
    const std::size_t n = BatchRow(e);
    if (n < 1 || n > origins.size()) {
      problems.push_back({0, 0, "", e});  // the whole file: too many periods
      continue;
    }
    // A period's wrong total is reported at the period's first cell but names the total: the
    // cell of the group the field names.
    std::size_t index = n - 1;
    const std::size_t colon = e.field.find(": ");
    if (colon != std::string::npos && cells[index].group != e.field.substr(colon + 2)) {
      for (std::size_t j = 0; j < cells.size(); ++j) {
        if (cells[j].period == cells[index].period && cells[j].group == e.field.substr(colon + 2)) {
          index = j;
          break;
        }
      }
    }
    const CellOrigin& o = origins[index];
    const CellInput& cell = cells[index];
    const bool denominator = AboutDenominator(e);
    const bool period = e.key == "error.bad_period" && o.period_column != CellOrigin::kNone;
    const std::size_t c =
        period ? o.period_column : (denominator ? o.denominator_column : o.value_column);
    const std::string& written = period ? cell.period : denominator ? cell.denominator : cell.value;
    problems.push_back({o.line, c + 1, c < header.size() ? header[c] : std::string(), e,
                        core::ShortPrefix(written)});
  }
}

}  // namespace

std::vector<CellInput> CheckCells(const Measure& measure, const std::vector<CellInput>& cells,
                                  const std::vector<CellOrigin>& origins,
                                  const std::vector<std::string>& header,
                                  const std::vector<Observation>& stored,
                                  const std::string& current,
                                  std::vector<ImportProblem>& problems) {
  CellCheck check = CheckEachCell(measure, cells);
  AddCellProblems(check.errors, cells, origins, header, problems);
  std::set<std::size_t> bad;
  for (const core::Error& e : check.errors) bad.insert(BatchRow(e));
  std::vector<CellOrigin> valid_origins;
  valid_origins.reserve(check.valid.size());
  for (std::size_t i = 0; i < origins.size(); ++i) {
    if (!bad.count(i + 1)) valid_origins.push_back(origins[i]);
  }
  AddCellProblems(ImpossibleCells(measure, check.valid, stored, current), check.valid,
                  valid_origins, header, problems);
  return std::move(check.valid);
}

void SortProblems(std::vector<ImportProblem>& problems) {
  std::stable_sort(problems.begin(), problems.end(),
                   [](const ImportProblem& a, const ImportProblem& b) {
                     const std::size_t la = a.line == 0 ? SIZE_MAX : a.line;
                     const std::size_t lb = b.line == 0 ? SIZE_MAX : b.line;
                     return std::tie(la, a.column) < std::tie(lb, b.column);
                   });
  // Parameters tell problems of one place apart: each missing column is its own.
  auto same_params = [](const core::ErrorParam& a, const core::ErrorParam& b) {
    return a.name == b.name && a.kind == b.kind && a.text == b.text && a.number == b.number;
  };
  auto same = [&](const ImportProblem& a, const ImportProblem& b) {
    return a.line == b.line && a.column == b.column && a.error.key == b.error.key &&
           std::equal(a.error.params.begin(), a.error.params.end(), b.error.params.begin(),
                      b.error.params.end(), same_params);
  };
  problems.erase(std::unique(problems.begin(), problems.end(), same), problems.end());
}

}  // namespace stegvis::domain
