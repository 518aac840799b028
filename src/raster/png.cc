#include "raster/png.h"

#include <cairo.h>
#include <librsvg/rsvg.h>

#include <cmath>
#include <memory>

namespace stegvis::raster {
namespace {

struct HandleFree {
  void operator()(RsvgHandle* handle) const { g_object_unref(handle); }
};
struct SurfaceFree {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextFree {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};

core::Error Unreadable(GError*& error) {
  std::string message = error ? error->message : "librsvg cannot read it";
  g_clear_error(&error);
  return core::Error::Invalid("the SVG cannot be drawn: " + message, "svg");
}

cairo_status_t AppendTo(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// The SVG's own size in pixels: its width and height, else its viewBox.
bool SizeOf(RsvgHandle* handle, double& width, double& height) {
  if (rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height)) {
    return width > 0 && height > 0;
  }
  gboolean has_width = false, has_height = false, has_viewbox = false;
  RsvgLength w{}, h{};
  RsvgRectangle viewbox{};
  rsvg_handle_get_intrinsic_dimensions(handle, &has_width, &w, &has_height, &h, &has_viewbox,
                                       &viewbox);
  if (!has_viewbox || viewbox.width <= 0 || viewbox.height <= 0) return false;
  width = viewbox.width;
  height = viewbox.height;
  return true;
}

}  // namespace

core::Result<std::string> RenderPng(std::string_view svg, double scale) {
  if (!(scale > 0)) return core::Fail(core::Error::Invalid("the scale must be positive", "svg"));
  GError* error = nullptr;
  std::unique_ptr<RsvgHandle, HandleFree> handle(
      rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error));
  if (!handle) return core::Fail(Unreadable(error));
  double width = 0, height = 0;
  if (!SizeOf(handle.get(), width, height)) {
    return core::Fail(core::Error::Invalid("the SVG has no size", "svg"));
  }
  const double pixels_wide = std::ceil(width * scale), pixels_high = std::ceil(height * scale);
  if (pixels_wide > kMaxPngSide || pixels_high > kMaxPngSide) {
    return core::Fail(core::Error::Invalid("the image would be too large", "svg"));
  }

  std::unique_ptr<cairo_surface_t, SurfaceFree> surface(cairo_image_surface_create(
      CAIRO_FORMAT_RGB24, static_cast<int>(pixels_wide), static_cast<int>(pixels_high)));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return core::Fail(core::Error::Internal("cairo cannot make the image"));
  }
  std::unique_ptr<cairo_t, ContextFree> cr(cairo_create(surface.get()));
  cairo_set_source_rgb(cr.get(), 1, 1, 1);  // an opaque image: slides are not always white
  cairo_paint(cr.get());
  const RsvgRectangle viewport{0, 0, pixels_wide, pixels_high};
  if (!rsvg_handle_render_document(handle.get(), cr.get(), &viewport, &error)) {
    return core::Fail(Unreadable(error));
  }
  cairo_surface_flush(surface.get());
  std::string png;
  if (cairo_surface_write_to_png_stream(surface.get(), AppendTo, &png) != CAIRO_STATUS_SUCCESS) {
    return core::Fail(core::Error::Internal("cairo cannot write the PNG"));
  }
  return png;
}

}  // namespace stegvis::raster
