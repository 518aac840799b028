#pragma once
// The legend under the chart: one swatch (line and/or marker) and its name per item, wrapped
// into rows. Lists only what the chart actually shows.

#include <string>
#include <string_view>
#include <vector>

#include "chart/analysis_view.h"
#include "chart/svg_writer.h"

namespace stegvis::chart {

struct LegendItem {
  std::string text;
  std::string_view line_colour;  // empty: no line in the swatch
  std::string_view dash;         // stroke-dasharray of the line; empty = solid
  double line_width = 1.5;
  bool has_mark = false;
  Mark mark = Mark::kCommon;
  std::string_view mark_colour;  // fill of a common mark
  bool square = false;
  bool hollow = false;  // the mark outlined (see MarkStyle::hollow)
};

// Returns the height the legend needs at this width.
double LegendHeight(const std::vector<LegendItem>& items, double width);

// Draws the items in rows from (left, top), at most `width` px wide.
void DrawLegend(SvgWriter& w, const std::vector<LegendItem>& items, double left, double top,
                double width);

}  // namespace stegvis::chart
