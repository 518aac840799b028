#pragma once
// The accessible alternative to a chart (WCAG 1.1.1): an HTML <table> with a caption, column
// headers and one row per period: the value, the centre line, the limits and the signal in
// words. All text is escaped. Byte-stable like the SVG.

#include <string>

#include "chart/chart_input.h"
#include "chart/labels.h"

namespace stegvis::chart {

// Returns the table for `input`. One series: period, (phase,) value, centre line, limits
// (not for run charts), target (when set), signal. Two groups: period, each group's value,
// the gap, and the signals of each. Never fails; an empty input gives a table with headers.
std::string RenderDataTable(const ChartInput& input, const ChartLabels& labels);

}  // namespace stegvis::chart
