#pragma once
// A project's measures as an Excel workbook: a sheet describing each measure and one long
// table of every value (measure, period, group, value, denominator), the shape a pivot table
// or another system reads.

#include <string_view>

#include "domain/project_data.h"
#include "web/app.h"
#include "xlsx/workbook.h"

namespace stegvis::web {

// Sheet "Mått": id, name, operational definition, kind, data type, frequency, which way is
// better, target, unit, in the reader's words. Sheet "Värden": a row per stored cell, by
// measure, period and group; months as dates, values and denominators as numbers.
xlsx::Workbook ProjectWorkbook(const App& app, std::string_view lang,
                               const domain::ProjectData& data);

// `observations` (by period, then group code) with each period's groups in the grid's order
// (women, men, total; girls, boys, total), as the long tables list them.
std::vector<const domain::Observation*> InGridOrder(
    const std::vector<domain::Observation>& observations, domain::Grouping grouping);

// The sheet "Mått" of `measures` (as ProjectWorkbook's, also for a programme's common
// definitions); its name is made unique against `taken`.
xlsx::Sheet MeasureListSheet(const App& app, std::string_view lang,
                             const std::vector<domain::Measure>& measures,
                             std::vector<std::string>& taken);

}  // namespace stegvis::web
