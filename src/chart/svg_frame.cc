#include "chart/svg_frame.h"

#include "chart/number_format.h"
#include "chart/style.h"

namespace stegvis::chart {

void OpenChartSvg(SvgWriter& w, const std::string& id, double width, double height,
                  const std::string& title, const std::string& desc, const std::string& css_class) {
  const std::string title_id = id + "-title", desc_id = id + "-desc";
  w.Open("svg", {{"xmlns", "http://www.w3.org/2000/svg"},
                 {css_class.empty() ? "" : "class", css_class},
                 {"width", FormatCoord(width)},
                 {"height", FormatCoord(height)},
                 {"viewBox", "0 0 " + FormatCoord(width) + " " + FormatCoord(height)},
                 {"role", "img"},
                 {"aria-labelledby", title_id + " " + desc_id},
                 {"font-family", std::string(style::kFontFamily)},
                 {"font-size", FormatCoord(style::kFontSize)}});
  w.Text("title", {{"id", title_id}}, title);
  w.Text("desc", {{"id", desc_id}}, desc);
}

}  // namespace stegvis::chart
