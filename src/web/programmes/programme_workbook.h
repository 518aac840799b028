#pragma once
// A programme's common measures across its teams as an Excel workbook: the definitions, and
// one long table of every value the teams' linked measures hold, team by team — what a
// strateg compares like with like in a pivot table.

#include <string_view>

#include "domain/programmes.h"
#include "web/app.h"
#include "xlsx/workbook.h"

namespace stegvis::web {

// Sheet "Mått": the programme's common definitions (MeasureListSheet). Sheet "Värden": a row
// per stored value of every measure linked to a definition, of every team in `details` (the
// teams its reader may see, guest teams' programme work included for the host): definition
// id, definition, team, unit, period, group, value, denominator.
xlsx::Workbook ProgrammeWorkbook(const App& app, std::string_view lang,
                                 const domain::ProgrammeDetails& details);

}  // namespace stegvis::web
