#include "chart/annotations.h"

#include <algorithm>
#include <array>

#include "chart/number_format.h"
#include "chart/style.h"
#include "core/text.h"

namespace stegvis::chart {
namespace {

constexpr int kMaxRows = 3;
constexpr double kLabelFontSize = 12;
constexpr double kTick = 4;  // the bracket's ends, pointing down at the plot

double TextWidth(std::string_view text) {
  return static_cast<double>(core::CodePointCount(text)) * style::kCharWidth *
         (kLabelFontSize / style::kFontSize);
}

// The span's outer edges: whole periods, half a step either side of the points.
double Left(const XScale& xs, const AnnotationSpan& s) {
  return xs.X(s.first) - xs.step / 2;
}
double Right(const XScale& xs, const AnnotationSpan& s) {
  return xs.X(s.last) + xs.step / 2;
}

// What the tooltip and the data table say of `a`.
const std::string& Words(const Annotation& a) {
  return a.detail.empty() ? a.text : a.detail;
}

double LabelY(double top, int row) {
  return top + row * kAnnotationRow + 12;
}

}  // namespace

std::optional<AnnotationSpan> SpanOnChart(const Annotation& a, const Periods& periods) {
  const std::vector<std::string>& raw = periods.raw;
  if (raw.empty()) return std::nullopt;
  // Periods are written in ISO forms ("2025-03", "2025-W07", "2025-03-01"), which sort as text.
  const std::string& end = a.end_period.empty() ? a.period : a.end_period;
  size_t first = 0;
  while (first < raw.size() && raw[first] < a.period) ++first;
  if (first == raw.size()) return std::nullopt;
  size_t last = raw.size() - 1;
  if (!a.open_end) {
    while (last > first && raw[last] > end) --last;
    if (raw[last] > end) return std::nullopt;
  }
  return AnnotationSpan{first, last, a.open_end};
}

std::vector<PlacedAnnotation> PlaceAnnotations(const ChartInput& input, const Periods& periods,
                                               const XScale& xs, double right_edge,
                                               const ChartLabels& labels, int& rows) {
  std::vector<PlacedAnnotation> placed;
  std::array<double, kMaxRows> row_end;
  row_end.fill(-1e9);
  rows = 0;
  for (const Annotation& a : input.annotations) {
    const std::optional<AnnotationSpan> span = SpanOnChart(a, periods);
    if (!span) continue;
    const double x0 = Left(xs, *span), x1 = Right(xs, *span);
    const double w = TextWidth(a.text) + 8;
    const bool anchor_end = x0 + w > right_edge;
    const double start = std::min(x0, anchor_end ? x1 - w : x0);
    const double end = std::max(x1, anchor_end ? x1 : x0 + w);
    int row = 0;
    while (row < kMaxRows - 1 && row_end[row] > start - 6) ++row;
    row_end[row] = std::max(row_end[row], end);
    rows = std::max(rows, row + 1);
    const std::string& from = periods.labels.long_labels[span->first];
    std::string tooltip = span->open_end ? FillTemplate(labels.annotation_span_open,
                                                        {{"text", Words(a)}, {"from", from}})
                          : span->first == span->last
                              ? Words(a) + ": " + from
                              : FillTemplate(labels.annotation_span,
                                             {{"text", Words(a)},
                                              {"from", from},
                                              {"to", periods.labels.long_labels[span->last]}});
    placed.push_back({*span, a.text, std::move(tooltip), row, anchor_end});
  }
  return placed;
}

void DrawAnnotationBands(SvgWriter& w, const std::vector<PlacedAnnotation>& placed,
                         const XScale& xs, double top, double bottom) {
  if (placed.empty()) return;
  // Translucent, so where cycles overlap the band is darker.
  w.Open("g", {{"class", "annotation-bands"},
               {"fill", std::string(style::kAnnotation)},
               {"fill-opacity", "0.1"}});
  for (const PlacedAnnotation& a : placed) {
    const double x0 = Left(xs, a.span), x1 = Right(xs, a.span);
    w.Empty("rect", {{"x", FormatCoord(x0)},
                     {"y", FormatCoord(top)},
                     {"width", FormatCoord(x1 - x0)},
                     {"height", FormatCoord(bottom - top)}});
  }
  w.Close();
}

void DrawAnnotationBrackets(SvgWriter& w, const std::vector<PlacedAnnotation>& placed,
                            const XScale& xs, double top, double bottom) {
  if (placed.empty()) return;
  const std::string ink(style::kAnnotation);
  w.Open("g", {{"class", "annotations"}, {"font-size", "12"}, {"fill", std::string(style::kInk)}});
  // Edge lines first, then the brackets and labels on a white ground, so a label stays
  // readable where another marker's line passes behind it.
  PathBuilder edges;
  for (const PlacedAnnotation& a : placed) {
    const double y = LabelY(top, a.row) + 4 + kTick;
    edges.MoveTo(Left(xs, a.span), y);
    edges.LineTo(Left(xs, a.span), bottom);
    if (!a.span.open_end) {
      edges.MoveTo(Right(xs, a.span), y);
      edges.LineTo(Right(xs, a.span), bottom);
    }
  }
  w.Empty("path", {{"d", edges.str()},
                   {"fill", "none"},
                   {"stroke", ink},
                   {"stroke-width", "1"},
                   {"stroke-dasharray", "2 2"}});
  for (const PlacedAnnotation& a : placed) {
    const double x0 = Left(xs, a.span), x1 = Right(xs, a.span);
    const double label_y = LabelY(top, a.row);
    const double by = label_y + 4;
    w.Open("g", {{"class", "annotation"}});
    w.Text("title", {}, a.tooltip);
    PathBuilder bracket;
    bracket.MoveTo(x0, by + kTick);
    bracket.LineTo(x0, by);
    bracket.LineTo(x1, by);
    if (a.span.open_end) {
      // An arrow: the test goes on past the last period.
      bracket.MoveTo(x1 - 5, by - 4);
      bracket.LineTo(x1, by);
      bracket.LineTo(x1 - 5, by + 4);
    } else {
      bracket.LineTo(x1, by + kTick);
    }
    w.Empty("path",
            {{"d", bracket.str()}, {"fill", "none"}, {"stroke", ink}, {"stroke-width", "1.5"}});
    const double text_w = TextWidth(a.text);
    const double text_x = a.anchor_end ? x1 - 4 : x0 + 4;
    w.Empty("rect", {{"x", FormatCoord(a.anchor_end ? text_x - text_w - 2 : text_x - 2)},
                     {"y", FormatCoord(label_y - 12)},
                     {"width", FormatCoord(text_w + 4)},
                     {"height", "14"},
                     {"fill", std::string(style::kBackground)}});
    w.Text("text",
           {{"x", FormatCoord(text_x)},
            {"y", FormatCoord(label_y)},
            {a.anchor_end ? "text-anchor" : "", "end"}},
           a.text);
    w.Close();
  }
  w.Close();
}

std::string AnnotationWords(const std::vector<Annotation>& annotations, const Periods& periods,
                            size_t i, const ChartLabels& labels) {
  std::string words;
  for (const Annotation& a : annotations) {
    const std::optional<AnnotationSpan> span = SpanOnChart(a, periods);
    if (!span || i < span->first || i > span->last) continue;
    const bool starts = i == span->first, ends = i == span->last;
    std::string part = Words(a);
    if (ends && span->open_end) {
      part = FillTemplate(labels.annotation_running, {{"text", Words(a)}});
    } else if (starts && ends) {
      part = FillTemplate(labels.annotation_single, {{"text", Words(a)}});
    } else if (starts) {
      part = FillTemplate(labels.annotation_starts, {{"text", Words(a)}});
    } else if (ends) {
      part = FillTemplate(labels.annotation_ends, {{"text", Words(a)}});
    }
    if (!words.empty()) words += "; ";
    words += part;
  }
  return words;
}

}  // namespace stegvis::chart
