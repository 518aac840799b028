#pragma once
// A measure as an Excel workbook: the values as the grid holds them, then each analysed series
// (total, women, men) with its lines, signals and notes on points — what the measure page and
// its CSV downloads show, in one file.

#include <string_view>

#include "domain/measure_analysis.h"
#include "domain/measures.h"
#include "web/app.h"
#include "xlsx/workbook.h"

namespace stegvis::web {

// Sheet one ("Värden"): a row per period, headed with the grid's own words ("Period",
// "Kvinnor", "Kvinnor (täljare)", "Kvinnor (nämnare)" …), so a file of it maps itself when
// imported. Then one sheet per series of `analysis`: period, value (as charted: percent for
// proportions), centre line, limits, phase, the rules that fired in words, and the reason a
// point was excluded and the comment on it.
xlsx::Workbook MeasureWorkbook(const App& app, std::string_view lang,
                               const domain::MeasureDetails& d,
                               const domain::MeasureAnalysis& analysis);

}  // namespace stegvis::web
