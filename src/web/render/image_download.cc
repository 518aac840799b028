#include "web/render/image_download.h"

#include "raster/png.h"

namespace stegvis::web {

core::Error ImagesBusy() {
  core::Error e{core::ErrorCode::kTooManyRequests, "too many images drawn at once", "",
                "error.images_busy"};
  e.retry_after_seconds = 1;
  return e;
}

core::Result<std::string> DrawPng(const std::string& svg) {
  auto png = raster::RenderPng(svg, kPngScale);
  if (!png) return core::Fail(core::Error::Internal("PNG: " + png.error().message));
  return png;
}

core::Result<Response> ImageDownload(const std::string& svg, ImageFormat format,
                                     const std::string& name, core::WorkGate* gate) {
  Response response{200, {}};
  if (format == ImageFormat::kSvg) {
    response.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg;
    response.SetHeader("Content-Type", "image/svg+xml; charset=utf-8");
  } else {
    std::optional<core::WorkGate::Slot> slot = gate ? gate->TryEnter() : std::nullopt;
    if (gate && !slot) return core::Fail(ImagesBusy());
    auto png = DrawPng(svg);
    if (!png) return core::Fail(png.error());
    response.body = std::move(*png);
    response.SetHeader("Content-Type", "image/png");
  }
  response.SetHeader(
      "Content-Disposition",
      "attachment; filename=\"" + name + (format == ImageFormat::kSvg ? ".svg\"" : ".png\""));
  return response;
}

}  // namespace stegvis::web
