#include "chart/marks.h"

#include <string>

#include "chart/number_format.h"
#include "chart/style.h"

namespace stegvis::chart {
namespace {

std::string Polygon(std::initializer_list<std::pair<double, double>> points) {
  std::string out;
  for (const auto& [x, y] : points) {
    if (!out.empty()) out += ' ';
    out += FormatCoord(x) + ',' + FormatCoord(y);
  }
  return out;
}

}  // namespace

std::string_view MarkColour(Mark mark, const MarkStyle& style) {
  switch (mark) {
    case Mark::kImprovement: return style::kImprovement;
    case Mark::kConcern: return style::kConcern;
    case Mark::kNeutral: return style::kNeutral;
    case Mark::kExcluded:
    case Mark::kCommon: break;
  }
  return style.series_colour;
}

void DrawMark(SvgWriter& w, Mark mark, double x, double y, bool high, const MarkStyle& style,
              std::string_view tooltip) {
  const std::string colour(MarkColour(mark, style));
  // A hollow shape: white inside, a 2 px outline in the signal colour.
  const std::string fill = style.hollow ? "#ffffff" : colour;
  const std::string outline = style.hollow ? colour : "#ffffff";
  const std::string outline_width = style.hollow ? "2" : "1";
  // The white outline keeps a marker visible where it sits on a line of the same colour.
  auto open = [&](std::string_view tag, std::initializer_list<Attr> attrs) {
    if (tooltip.empty()) {
      w.Empty(tag, attrs);
    } else {
      w.Open(tag, attrs);
      w.Text("title", {}, tooltip);
      w.Close();
    }
  };
  switch (mark) {
    case Mark::kCommon:
      if (style.square) {
        open("rect", {{"x", FormatCoord(x - 3.2)},
                      {"y", FormatCoord(y - 3.2)},
                      {"width", "6.4"},
                      {"height", "6.4"},
                      {"fill", colour}});
      } else {
        open("circle",
             {{"cx", FormatCoord(x)}, {"cy", FormatCoord(y)}, {"r", "3.5"}, {"fill", colour}});
      }
      break;
    case Mark::kExcluded:
      open("circle", {{"cx", FormatCoord(x)},
                      {"cy", FormatCoord(y)},
                      {"r", "3.5"},
                      {"fill", "#ffffff"},
                      {"stroke", colour},
                      {"stroke-width", "1.5"}});
      break;
    case Mark::kImprovement: {
      const double s = 7.5;
      std::string points =
          high ? Polygon({{x, y - s}, {x + s, y + s * 0.75}, {x - s, y + s * 0.75}})
               : Polygon({{x, y + s}, {x + s, y - s * 0.75}, {x - s, y - s * 0.75}});
      open("polygon", {{"points", points},
                       {"fill", fill},
                       {"stroke", outline},
                       {"stroke-width", outline_width}});
      break;
    }
    case Mark::kConcern: {
      const double s = 7.5;
      open("polygon", {{"points", Polygon({{x, y - s}, {x + s, y}, {x, y + s}, {x - s, y}})},
                       {"fill", fill},
                       {"stroke", outline},
                       {"stroke-width", outline_width}});
      break;
    }
    case Mark::kNeutral:
      open("rect", {{"x", FormatCoord(x - 5.5)},
                    {"y", FormatCoord(y - 5.5)},
                    {"width", "11"},
                    {"height", "11"},
                    {"fill", fill},
                    {"stroke", outline},
                    {"stroke-width", outline_width}});
      break;
  }
}

}  // namespace stegvis::chart
