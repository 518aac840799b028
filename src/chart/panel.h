#pragma once
// One plot area of a chart: grid, value axis, phase breaks, limits, target, centre lines,
// data lines and point markers, and labels at the right end of the lines. The main chart is
// one panel; the gap between women and men is a second panel under it on the same x scale.

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "chart/axis.h"
#include "chart/chart_input.h"
#include "chart/labels.h"
#include "chart/period_labels.h"
#include "chart/svg_writer.h"

namespace stegvis::chart {

// The periods on the x axis: the union of every series' points, ordered by Point::x.
struct Periods {
  std::vector<double> keys;      // Point::x, ascending
  std::vector<std::string> raw;  // Point::label of each key
  PeriodLabels labels;           // formatted for people
  // The index of `x` in keys, or keys.size() if absent.
  size_t IndexOf(double x) const;
};
Periods CollectPeriods(const ChartInput& input, Lang lang);

// Maps a period index to a pixel: periods are evenly spaced, half a step in from each edge.
struct XScale {
  double left = 0;
  double step = 1;
  double X(size_t i) const { return left + step * (static_cast<double>(i) + 0.5); }
};

struct PanelSeries {
  const stats::Analysis* analysis = nullptr;
  std::string name;
  std::string_view colour;
  bool dashed = false;      // the data line (second group)
  bool square = false;      // common points as squares (second group)
  bool show_limits = true;  // draw the control limits of this series
  bool end_label = false;   // write the series name at the end of its line
};

struct PanelSpec {
  double left = 0, top = 0, width = 0, height = 0;
  std::vector<PanelSeries> series;
  bool show_2sigma = false;
  bool zero_line = false;  // a reference line at 0 (the gap panel)
  int decimals = 1;        // decimals of values in tooltips and line labels
};

// What a panel drew, so the legend lists exactly that.
struct LegendUse {
  bool median = false, mean = false, limits = false, process_limits = false, limits_2sigma = false,
       target = false;
  bool median_runs = false, mean_runs = false;  // a centre line drawn dashed (runs signal)
  std::array<bool, 5> marks{};                  // indexed by Mark
};

// The value axis of a panel: covers the values and lines it will draw.
Axis PanelAxis(const PanelSpec& spec);

// Width in px of the widest tick label of `axis`.
double TickLabelWidth(const Axis& axis, Lang lang);

// Draws the panel into `w`. `axis` is PanelAxis(spec).
void DrawPanel(SvgWriter& w, const PanelSpec& spec, const Axis& axis, const Periods& periods,
               const XScale& xs, const ChartLabels& labels, LegendUse& used);

}  // namespace stegvis::chart
