#pragma once
// Naming the problems of an imported file's cells: each cell of a batch remembers the line and
// columns it came from, so that what the grid's checks say about "row N: GROUP" of a batch
// (domain/observation_grid.h) can be said about a line and a column of the file. Shared by the
// import of one measure's grid-shaped file and of a long table of many measures.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "domain/measure.h"
#include "domain/observation_grid.h"
#include "domain/observation_import.h"

namespace stegvis::domain {

// Where a cell of a batch came from: its line and the columns of its value, denominator and
// period (a period that cannot be read is named in its own column when it has one).
struct CellOrigin {
  static constexpr std::size_t kNone = SIZE_MAX;
  std::size_t line = 0;
  std::size_t value_column = 0;        // 0-based
  std::size_t denominator_column = 0;  // 0-based; == value_column when there is none
  std::size_t period_column = kNone;   // 0-based; kNone: the value's column is named
};

// Checks the batch `cells` of `measure` (one origin per cell) cell by cell (CheckEachCell) and
// together with what is stored (ImpossibleCells against `stored` and `current`); appends every
// problem, named by line and column (`header`: the file's headings), to `problems` (a problem
// of the whole batch — too many periods — with line 0). Returns the cells that passed the
// first check.
std::vector<CellInput> CheckCells(const Measure& measure, const std::vector<CellInput>& cells,
                                  const std::vector<CellOrigin>& origins,
                                  const std::vector<std::string>& header,
                                  const std::vector<Observation>& stored,
                                  const std::string& current, std::vector<ImportProblem>& problems);

// Orders the problems from the top of the file down (a whole row or file before its cells, the
// whole file last) and names each identical problem (one bad cell found twice) once.
void SortProblems(std::vector<ImportProblem>& problems);

}  // namespace stegvis::domain
