#pragma once
// Point markers: shape AND colour per kind, so signals read in greyscale and for colour-blind
// readers. Common: small filled circle (square for the second group). Improvement: larger
// triangle pointing the way the point moved. Concern: larger diamond. Neutral special cause:
// larger square. Excluded: hollow circle.

#include <string_view>

#include "chart/analysis_view.h"
#include "chart/svg_writer.h"

namespace stegvis::chart {

struct MarkStyle {
  std::string_view series_colour;  // fill of a common point
  bool square = false;             // common points as squares (second group)
  bool hollow = false;             // signal shapes outlined, not filled (a weaker signal)
};

// Writes the marker for `mark` centred at (x, y); `high` says the point is above its centre
// line (the triangle points up). A non-empty `tooltip` becomes the marker's <title>.
void DrawMark(SvgWriter& w, Mark mark, double x, double y, bool high, const MarkStyle& style,
              std::string_view tooltip);

// The colour a mark is drawn in.
std::string_view MarkColour(Mark mark, const MarkStyle& style);

}  // namespace stegvis::chart
