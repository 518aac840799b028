#include "chart/legend.h"

#include "chart/marks.h"
#include "chart/number_format.h"
#include "chart/style.h"
#include "core/text.h"

namespace stegvis::chart {
namespace {

constexpr double kRowHeight = 22;
constexpr double kSwatch = 26;

double ItemWidth(const LegendItem& item) {
  return kSwatch + 6 + core::CodePointCount(item.text) * style::kCharWidth + 18;
}

template <typename F>
double Layout(const std::vector<LegendItem>& items, double width, F place) {
  double x = 0, y = 0;
  for (const LegendItem& item : items) {
    const double w = ItemWidth(item);
    if (x > 0 && x + w > width) x = 0, y += kRowHeight;
    place(item, x, y);
    x += w;
  }
  return items.empty() ? 0 : y + kRowHeight;
}

}  // namespace

double LegendHeight(const std::vector<LegendItem>& items, double width) {
  return Layout(items, width, [](const LegendItem&, double, double) {});
}

void DrawLegend(SvgWriter& w, const std::vector<LegendItem>& items, double left, double top,
                double width) {
  if (items.empty()) return;
  w.Open("g", {{"class", "legend"},
               {"font-size", FormatCoord(style::kFontSize)},
               {"fill", std::string(style::kInk)}});
  Layout(items, width, [&](const LegendItem& item, double x, double y) {
    const double cx = left + x, cy = top + y + kRowHeight / 2;
    if (!item.line_colour.empty()) {
      w.Empty("line", {{"x1", FormatCoord(cx)},
                       {"x2", FormatCoord(cx + kSwatch)},
                       {"y1", FormatCoord(cy)},
                       {"y2", FormatCoord(cy)},
                       {"stroke", std::string(item.line_colour)},
                       {"stroke-width", FormatCoord(item.line_width)},
                       {item.dash.empty() ? "" : "stroke-dasharray", std::string(item.dash)}});
    }
    if (item.has_mark)
      DrawMark(w, item.mark, cx + kSwatch / 2, cy, true,
               MarkStyle{item.mark_colour, item.square, item.hollow}, {});
    w.Text("text", {{"x", FormatCoord(cx + kSwatch + 6)}, {"y", FormatCoord(cy + 4.5)}}, item.text);
  });
  w.Close();
}

}  // namespace stegvis::chart
