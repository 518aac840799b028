#pragma once
// Charts as PNG images, for slides and documents: an SVG that Stegvis drew, rasterised by
// librsvg (with cairo) at a chosen scale, on a white background.

#include <string>
#include <string_view>

#include "core/error.h"

namespace stegvis::raster {

// The largest width or height, in pixels, of an image RenderPng makes.
inline constexpr int kMaxPngSide = 6000;

// The PNG of `svg` drawn at `scale` × its own size in pixels (its width and height, or its
// viewBox; 2 gives images that stay sharp on slides). Nothing outside `svg` is loaded (no
// base address is given, so librsvg refuses every external reference). Fails with
// kInvalidInput (field "svg") when librsvg cannot read the SVG, the SVG has no size, `scale`
// is not positive or the image would be wider or taller than kMaxPngSide; with kInternal when
// cairo cannot make or write the image.
core::Result<std::string> RenderPng(std::string_view svg, double scale);

}  // namespace stegvis::raster
