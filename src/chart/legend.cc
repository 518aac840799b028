#include "chart/legend.h"

#include <algorithm>

#include "chart/marks.h"
#include "chart/number_format.h"
#include "chart/style.h"
#include "chart/text_wrap.h"
#include "core/text.h"

namespace stegvis::chart {
namespace {

constexpr double kRowHeight = 22;
constexpr double kLineHeight = 16;  // between the lines of a wrapped item
constexpr double kSwatch = 26;
constexpr double kTextGap = 6, kItemGap = 18;

double ItemWidth(const LegendItem& item) {
  return kSwatch + kTextGap + core::CodePointCount(item.text) * style::kCharWidth + kItemGap;
}

// The item's text in lines: one, unless the item is wider than the whole legend (a narrow
// chart), where it wraps instead of running out of the image.
std::vector<std::string> ItemLines(const LegendItem& item, double width) {
  if (ItemWidth(item) - kItemGap <= width) return {item.text};
  const double room = width - kSwatch - kTextGap;
  return WrapText(item.text, static_cast<size_t>(std::max(8.0, room / style::kCharWidth)));
}

template <typename F>
double Layout(const std::vector<LegendItem>& items, double width, F place) {
  double x = 0, y = 0;
  for (const LegendItem& item : items) {
    const std::vector<std::string> lines = ItemLines(item, width);
    const double w = lines.size() > 1 ? width : ItemWidth(item);
    if (x > 0 && x + w > width) x = 0, y += kRowHeight;
    place(item, lines, x, y);
    x += w;
    if (lines.size() > 1) x = 0, y += kRowHeight + kLineHeight * (lines.size() - 1);
  }
  return items.empty() ? 0 : (x > 0 ? y + kRowHeight : y);
}

}  // namespace

double LegendHeight(const std::vector<LegendItem>& items, double width) {
  return Layout(items, width,
                [](const LegendItem&, const std::vector<std::string>&, double, double) {});
}

void DrawLegend(SvgWriter& w, const std::vector<LegendItem>& items, double left, double top,
                double width) {
  if (items.empty()) return;
  w.Open("g", {{"class", "legend"},
               {"font-size", FormatCoord(style::kFontSize)},
               {"fill", std::string(style::kInk)}});
  Layout(items, width,
         [&](const LegendItem& item, const std::vector<std::string>& lines, double x, double y) {
           const double cx = left + x, cy = top + y + kRowHeight / 2;
           if (!item.line_colour.empty()) {
             w.Empty("line",
                     {{"x1", FormatCoord(cx)},
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
           const double tx = cx + kSwatch + kTextGap;
           if (lines.size() == 1) {
             w.Text("text", {{"x", FormatCoord(tx)}, {"y", FormatCoord(cy + 4.5)}}, item.text);
           } else {
             w.Open("text", {});
             for (size_t k = 0; k < lines.size(); ++k)
               w.Text("tspan",
                      {{"x", FormatCoord(tx)}, {"y", FormatCoord(cy + 4.5 + kLineHeight * k)}},
                      lines[k]);
             w.Close();
           }
         });
  w.Close();
}

}  // namespace stegvis::chart
