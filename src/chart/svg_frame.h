#pragma once
// The opening every chart shares: the <svg> element sized and labelled for assistive
// technology (role="img", aria-labelledby its <title> and <desc>), in the house font.

#include <string>

#include "chart/svg_writer.h"

namespace stegvis::chart {

// Opens <svg> on `w` and writes <title id="ID-title"> and <desc id="ID-desc">. A non-empty
// `css_class` becomes the element's class (pages pick the wide or the narrow drawing by it).
// The caller closes the element.
void OpenChartSvg(SvgWriter& w, const std::string& id, double width, double height,
                  const std::string& title, const std::string& desc,
                  const std::string& css_class = {});

}  // namespace stegvis::chart
