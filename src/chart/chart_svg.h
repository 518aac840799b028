#pragma once
// The chart renderer: analyses in, one SVG document out. Pure and byte-stable: the same input
// gives the same bytes (no locale, no clock, fixed number formatting), so golden files work.
//
// The SVG has role="img", aria-labelledby pointing at its <title> and <desc> (the summary
// sentence), a visible title, value axis, period axis, the lines and points of every series,
// a gap panel when ChartInput::gap is set, annotations and a legend. Every point carries a
// <title> tooltip. The accessible alternative is the data table (chart/data_table.h).

#include <string>

#include "chart/chart_input.h"
#include "chart/labels.h"

namespace stegvis::chart {

// The width of a chart drawn for a phone. A page at 360 px shows about 330 px of content, so
// a chart drawn 320 px wide is shown at its own size: its 13 px text stays 13 px, where the
// 800 px drawing scaled to the phone would be 5 px. The x axis keeps only the period labels
// that fit the narrower plot, and the legend wraps into more rows under it.
inline constexpr int kNarrowWidth = 320;

// `wide` redrawn for a phone: kNarrowWidth wide, lower panels, ids suffixed "-narrow" so both
// drawings can share a page (one of them hidden by CSS).
RenderOptions NarrowOptions(RenderOptions wide);

// Returns the SVG for `input`. With no series (or a series without points) it returns a valid
// SVG that shows only the title. Never fails.
std::string RenderChartSvg(const ChartInput& input, const ChartLabels& labels,
                           const RenderOptions& options = {});

// Shorthand for a single analysis.
std::string RenderChartSvg(const stats::Analysis& analysis, const ChartLabels& labels,
                           stats::RuleSet rules = stats::RuleSet::kAnhoej,
                           const RenderOptions& options = {});

}  // namespace stegvis::chart
