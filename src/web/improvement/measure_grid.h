#pragma once
// The observation grid as the measure page shows it: the rows and values to show (what is
// stored, or what was typed when a save was refused), the cells a submitted grid holds, and
// the refusals placed next to the cells they are about.

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"
#include "domain/measures.h"
#include "domain/observation_grid.h"
#include "web/app.h"
#include "web/render/forms.h"

namespace stegvis::web {

struct GridValues {
  // (period, group) -> value and denominator, as shown in the inputs.
  std::map<std::pair<std::string, std::string>, std::pair<std::string, std::string>> cells;
  std::vector<std::string> periods;  // the rows, in order
  bool can_add_earlier = false;      // the period before the first row may be added
  std::string added;                 // the row just added before the first: its first cell focused
  // (period, group) -> the words shown next to that cell, for a refused save.
  std::map<std::pair<std::string, std::string>, std::string> errors;
};

// Stored numbers shown as people type them: a decimal comma in Swedish.
std::string Shown(std::string canonical, const std::string& lang);

// The grid of what is stored: domain::GridPeriods's rows at `now`.
GridValues StoredGrid(const domain::MeasureDetails& d, const std::string& lang, std::int64_t now);

// The grid as the person typed it (`typed`, from SubmittedCells), over what is stored: the
// stored grid's rows, every row the form held, and, when `add_earlier`, one more before the
// first (not past domain::PeriodAllowed, none once the measure holds the most periods).
GridValues TypedGrid(const domain::MeasureDetails& d, const std::string& lang, std::int64_t now,
                     const std::vector<domain::CellInput>& typed, bool add_earlier);

// The input name of a cell: "v.2025-03.women" (value), "d.2025-03.women" (denominator).
std::string FieldName(const char* prefix, const std::string& period, const std::string& group);

// The cells the form holds, in one pass over its fields: each v.PERIOD.GROUP and
// d.PERIOD.GROUP field, an empty one too (an emptied cell is removed). A cell the form does
// not hold is not part of the batch, so it stays as stored.
std::vector<domain::CellInput> SubmittedCells(const Form& form);

// One refusal of a grid save in words, and the cell it is about: the batch's cell the error's
// "row N" names; none when the error names no cell (the limit on periods) or no such row.
struct GridError {
  std::string period;  // empty when about no cell
  std::string group;
  std::string text;    // for the summary: "mars 2025 (kvinnor): Ett antal är ett heltal. …"
  std::string reason;  // next to the cell: "Ett antal är ett heltal."
};
// A cell the grid does not have (a crafted field name: another group, a period out of range)
// is not named: its name is not repeated back, only the reason.
GridError GridErrorOf(const App& app, const std::string& lang, const domain::Measure& measure,
                      const core::Error& error, const std::vector<domain::CellInput>& batch);

}  // namespace stegvis::web
