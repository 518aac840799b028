#pragma once
// The accessible alternative to a chart (WCAG 1.1.1): an HTML <table> with a caption, column
// headers and one row per period: the value, the centre line, the limits and the signal in
// words. All text is escaped. Byte-stable like the SVG.

#include <string>
#include <vector>

#include "chart/chart_input.h"
#include "chart/labels.h"

namespace stegvis::chart {

// The table's content as text, for writers other than HTML (a Word table): the caption, the
// column headers, and per row its cells, the first being the period (the row's header).
// `number_columns` marks the columns of numbers (aligned right).
struct DataTable {
  std::string caption;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> number_columns;
};

// The table for `input`, with the columns RenderDataTable describes.
DataTable BuildDataTable(const ChartInput& input, const ChartLabels& labels);

// `table` as HTML: the caption, column headers, row headers, numbers in class "num".
std::string DataTableHtml(const DataTable& table);

// Returns the table for `input`. One series: period, (phase,) value, centre line, limits
// (not for run charts), target (when set), signal. Two groups: period, each group's value,
// the gap, and the signals of each. Never fails; an empty input gives a table with headers.
std::string RenderDataTable(const ChartInput& input, const ChartLabels& labels);

}  // namespace stegvis::chart
