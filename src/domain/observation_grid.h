#pragma once
// The observation grid's input, as people type it: decimal comma or point, periods in the
// measure's frequency, and paste from Excel (tab-separated rows: period, then one column per
// group, or a numerator and a denominator column per group for proportions and rates).
// Pure: no storage. Errors name the row and column and carry a catalogue key.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "domain/measure.h"

namespace stegvis::domain {

// The most significant digits a stored number may have: a double keeps 15 exactly, so the
// statistics see the number the user typed.
inline constexpr std::size_t kStoredNumberDigits = 15;

// A number as the grid and a measure's target and baseline store it: core::ParseDecimal's
// canonical text ("12,5", "12.5", "1 234,5", "−3" → "12.5", "12.5", "1234.5", "-3"). Fails
// with Error::Invalid (field "value", key "error.not_a_number") for what core::ParseDecimal
// refuses, including an empty text, and for more than kStoredNumberDigits significant digits.
core::Result<std::string> ParseStoredNumber(std::string_view text);

// The period in the measure's frequency, canonical: month "2025-03" (also "2025-3",
// "2025/03"), week "2025-W07" (also "2025-w7", "2025 v7"), quarter "2025-Q1" (also "2025 K1"),
// year "2025".
// Fails with Error::Invalid (key "error.bad_period") otherwise.
core::Result<std::string> ParsePeriod(Frequency frequency, std::string_view text);

// The period after `period` (same frequency): "2025-12" → "2026-01", "2025-Q4" → "2026-Q1",
// "2025" → "2026".
std::string NextPeriod(Frequency frequency, const std::string& period);
// The period before `period`: "2026-01" → "2025-12", "2027-W01" → "2026-W53".
std::string PreviousPeriod(Frequency frequency, const std::string& period);

// The most periods one measure may hold values in: 50 years of months (or about 11 years of
// weeks, 150 years of quarters, every allowed year). Real improvement work stays well below it; the
// bound keeps every page and analysis of a measure (the verdict history runs one analysis per
// period) small enough to answer at once. docs/security.md, "Threat model in a page".
inline constexpr std::size_t kMaxPeriodsPerMeasure = 600;

// How many empty rows the grid offers: a new measure gets the year before the current period
// (twelve months, or twelve weeks or quarters) so a baseline can be typed straight in; a
// measure with data gets the next few periods after its last one.
inline constexpr int kGridPeriodsBefore = 12;
inline constexpr int kGridPeriodsAfter = 3;

// Whether `period` is a canonical period of `frequency` that ParsePeriod takes (1900–2200).
bool PeriodAllowed(Frequency frequency, const std::string& period);

// The rows of the observation grid, in order. `stored` holds the periods that have values
// (canonical, sorted, no duplicates), `current` the period that contains today. With nothing
// stored: the kGridPeriodsBefore periods before `current` and `current` itself; otherwise the
// stored periods and up to kGridPeriodsAfter more after the last one, none after `current`.
// `earlier` more rows come before the first ("add an earlier period"). Never a period
// PeriodAllowed refuses, and no empty row at all once `stored` holds kMaxPeriodsPerMeasure
// periods, so every row offered can be saved.
std::vector<std::string> GridPeriods(Frequency frequency, const std::vector<std::string>& stored,
                                     const std::string& current, int earlier = 0);

// One cell as typed: empty value (and denominator) means missing — the cell is removed.
struct CellInput {
  std::string period;
  std::string group;
  std::string value;
  std::string denominator;
};

// Every cell of a batch checked: the canonical cells that passed, and one error per cell
// that did not (like ValidateCells's, in batch order), so a page can name them all at once.
struct CellCheck {
  std::vector<CellInput> valid;
  std::vector<core::Error> errors;
};
CellCheck CheckEachCell(const Measure& measure, const std::vector<CellInput>& cells);

// Checks and canonicalises a batch for `measure`. Every cell must name a group of the
// measure, a period in its frequency, numbers as ParseStoredNumber takes them, and values its data
// type allows (counts and times/cases between: whole numbers ≥ 0; proportions: 0 ≤
// numerator ≤ denominator, denominator > 0; rates: numerator ≥ 0, exposure > 0; a numerator
// needs its denominator and the other way round). The first bad cell fails the whole batch:
// Error::Invalid with field "row N: GROUP" (N counts from 1 in the batch) and a key.
core::Result<std::vector<CellInput>> ValidateCells(const Measure& measure,
                                                   const std::vector<CellInput>& cells);

// Checks a batch ValidateCells accepted against what cannot be true once it is saved: a value
// for a period after `current` (the period that contains today), and, for counts, proportions
// and rates split in two groups, a total that is not the sum of the two groups (numerators
// and denominators) for a period where all three have values after the save (`stored`
// replaced by the batch). Fails with Error::Invalid, field "row N: GROUP" like ValidateCells
// and key "error.future_period" or "error.total_not_sum"; with field "periods", key
// "error.too_many_periods" and the parameter "max" when the measure would hold values in more
// than kMaxPeriodsPerMeasure periods after the save; returns true otherwise.
// Every error CheckBatchAgainstData would name, in batch order (a period's wrong total once).
std::vector<core::Error> ImpossibleCells(const Measure& measure,
                                         const std::vector<CellInput>& valid,
                                         const std::vector<Observation>& stored,
                                         const std::string& current);
core::Result<bool> CheckBatchAgainstData(const Measure& measure,
                                         const std::vector<CellInput>& valid,
                                         const std::vector<Observation>& stored,
                                         const std::string& current);

// The period of `frequency` that contains `date`, canonical: month "2025-03", ISO week
// "2025-W07" (2024-12-30 is in "2025-W01"), quarter "2025-Q1".
std::string PeriodContaining(Frequency frequency, core::Date date);

// Parses text pasted from Excel: one row per line, cells separated by tabs; first the period,
// then per group of GroupsOf(measure.grouping) the value (and, for proportions and rates, the
// denominator in the next column). A header line whose first cell is not a period is skipped.
// Empty cells are missing. Fails like ValidateCells, naming the line ("row N: ..."); a paste
// of only a line that is not a period fails with key "error.bad_period" (it is not dropped);
// more than kMaxPeriodsPerMeasure + 1 lines fail at once with field "periods" and key
// "error.too_many_periods", as CheckBatchAgainstData would.
core::Result<std::vector<CellInput>> ParsePastedGrid(const Measure& measure, std::string_view text);

// Everything wrong with a paste at once, by line: every line that cannot be read, every bad
// cell (as CheckEachCell) and what the good cells cannot be together (ImpossibleCells against
// `stored` and `current`), each naming its pasted line ("row N" / "row N: GROUP"); the
// too-many-periods error (field "periods") last or alone. Empty when the paste may be saved.
std::vector<core::Error> PastedGridErrors(const Measure& measure, std::string_view text,
                                          const std::vector<Observation>& stored,
                                          const std::string& current);

}  // namespace stegvis::domain
