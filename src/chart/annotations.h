#pragma once
// Markers that span periods (the periods a PDSA cycle ran): where they fall on the chart, how
// they are stacked in rows above the plot, how they are drawn, and how the data table says
// the same in words. A marker is a light band behind the data from the first to the last
// period it covers, dashed lines at its edges, and above the plot a bracket over the same
// periods with the marker's label; overlapping markers take separate rows, so each bracket
// reads on its own in print and in greyscale. A marker still going on ends in an arrow.

#include <optional>
#include <string>
#include <vector>

#include "chart/chart_input.h"
#include "chart/labels.h"
#include "chart/panel.h"
#include "chart/svg_writer.h"

namespace stegvis::chart {

// The periods of an annotation on the chart (indices into Periods::keys).
struct AnnotationSpan {
  size_t first = 0;
  size_t last = 0;
  bool open_end = false;
};

// Where `a` falls among `periods`: from the first period at or after its start to the last at
// or before its end (the last period of all for an open end). nullopt when none is on the
// chart.
std::optional<AnnotationSpan> SpanOnChart(const Annotation& a, const Periods& periods);

struct PlacedAnnotation {
  AnnotationSpan span;
  std::string text;
  std::string tooltip;  // the label and its periods in words
  int row = 0;
  bool anchor_end = false;  // label right-aligned at the span's end (it would stick out)
};

// Height of one row of labels above the plot.
inline constexpr double kAnnotationRow = 20;

// Places the annotations on the chart in up to three rows: each takes the first row where
// its bracket and label do not touch those already there. `rows` gets the rows used.
std::vector<PlacedAnnotation> PlaceAnnotations(const ChartInput& input, const Periods& periods,
                                               const XScale& xs, double right_edge,
                                               const ChartLabels& labels, int& rows);

// The bands behind the data, from `top` to `bottom`; drawn before the panels.
void DrawAnnotationBands(SvgWriter& w, const std::vector<PlacedAnnotation>& placed,
                         const XScale& xs, double top, double bottom);

// The edge lines down to `bottom` and the labelled brackets in rows from `top`.
void DrawAnnotationBrackets(SvgWriter& w, const std::vector<PlacedAnnotation>& placed,
                            const XScale& xs, double top, double bottom);

// What the data table says of period `i`: every annotation covering it, with whether it
// starts, ends or is still going on there; empty when none does.
std::string AnnotationWords(const std::vector<Annotation>& annotations, const Periods& periods,
                            size_t i, const ChartLabels& labels);

}  // namespace stegvis::chart
