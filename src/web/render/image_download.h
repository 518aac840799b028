#pragma once
// A drawing (a chart, a theory of change, a driver diagram) as a file to download: the SVG as
// drawn for the page, or a PNG image of it for slides.

#include <string>

#include "core/error.h"
#include "core/work_gate.h"
#include "web/http/http.h"

namespace stegvis::web {

enum class ImageFormat { kSvg, kPng };

// PNG images are drawn at twice the SVG's size, so they stay sharp on a projected slide.
inline constexpr double kPngScale = 2;

// The answer when every slot of the image gate is taken: kTooManyRequests (key
// "error.images_busy", retry after 1 s).
core::Error ImagesBusy();

// The PNG of `svg` at kPngScale. Fails with kInternal when it cannot be drawn: the SVG is
// Stegvis's own, so that is a fault here.
core::Result<std::string> DrawPng(const std::string& svg);

// The download of `svg` in `format`, as the attachment NAME.svg or NAME.png. A PNG is drawn
// only in a slot of `gate` (when given): with every slot taken, kTooManyRequests (key
// "error.images_busy", retry after 1 s) at once. Fails with kInternal when the PNG cannot be
// drawn: the SVG is Stegvis's own, so that is a fault here.
core::Result<Response> ImageDownload(const std::string& svg, ImageFormat format,
                                     const std::string& name, core::WorkGate* gate);

}  // namespace stegvis::web
