#pragma once
// The chart renderer's words from the one catalogue (keys "chart.*"): the renderer takes every
// word from its caller (chart/labels.h), and this is where the web layer and `stegvis chart`
// get them.

#include <string_view>

#include "chart/labels.h"
#include "web/render/catalogue.h"

namespace stegvis::web {

// The labels in `lang` ("sv" or "en"; number and period formats follow it), every word from
// `catalogue`; title and y_axis empty for the caller.
chart::ChartLabels ChartWords(const Catalogue& catalogue, std::string_view lang);

}  // namespace stegvis::web
