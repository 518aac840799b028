// SVG to PNG (raster/png.h): the image has the SVG's size × scale and its drawing; what is not
// an SVG, has no size or would be too large is refused; nothing outside the SVG is loaded.

#include "raster/png.h"

#include <cairo.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>

namespace stegvis::raster {
namespace {

struct Image {
  int width = 0;
  int height = 0;
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface{
      nullptr, &cairo_surface_destroy};

  // The pixel's 0xRRGGBB.
  std::uint32_t At(int x, int y) const {
    const unsigned char* data = cairo_image_surface_get_data(surface.get());
    const int stride = cairo_image_surface_get_stride(surface.get());
    return *reinterpret_cast<const std::uint32_t*>(data + y * stride + x * 4) & 0xFFFFFF;
  }
};

// Reads a PNG back with cairo (a reader independent of the writer's code path).
Image Decode(const std::string& png) {
  struct Reader {
    const std::string* png;
    std::size_t at = 0;
  } reader{&png};
  auto read = [](void* closure, unsigned char* data, unsigned int length) {
    auto* r = static_cast<Reader*>(closure);
    if (r->at + length > r->png->size()) return CAIRO_STATUS_READ_ERROR;
    std::copy_n(r->png->data() + r->at, length, data);
    r->at += length;
    return CAIRO_STATUS_SUCCESS;
  };
  Image image;
  image.surface.reset(cairo_image_surface_create_from_png_stream(read, &reader));
  EXPECT_EQ(cairo_surface_status(image.surface.get()), CAIRO_STATUS_SUCCESS);
  image.width = cairo_image_surface_get_width(image.surface.get());
  image.height = cairo_image_surface_get_height(image.surface.get());
  return image;
}

constexpr std::string_view kSquare =
    R"(<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">)"
    R"(<rect x="100" y="0" width="100" height="100" fill="#000000"/></svg>)";

TEST(PngTest, TheImageIsTheSvgsDrawingAtTheScale) {
  core::Result<std::string> png = RenderPng(kSquare, 2);
  ASSERT_TRUE(png) << png.error().message;
  EXPECT_EQ(png->substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  Image image = Decode(*png);
  EXPECT_EQ(image.width, 400);
  EXPECT_EQ(image.height, 200);
  EXPECT_EQ(image.At(50, 100), 0xFFFFFFu) << "the background is white, not transparent";
  EXPECT_EQ(image.At(300, 100), 0x000000u) << "the square is drawn";
}

TEST(PngTest, TextIsDrawnWithTheInstalledFonts) {
  core::Result<std::string> png = RenderPng(
      R"(<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40">)"
      R"(<text x="4" y="30" font-family="DejaVu Sans, sans-serif" font-size="28">Måndag</text></svg>)",
      1);
  ASSERT_TRUE(png) << png.error().message;
  Image image = Decode(*png);
  int dark = 0;
  for (int x = 0; x < image.width; ++x) {
    for (int y = 0; y < image.height; ++y) dark += image.At(x, y) == 0x000000u;
  }
  EXPECT_GT(dark, 50) << "the letters are drawn";
}

TEST(PngTest, ASvgWithOnlyAViewBoxTakesItsSize) {
  core::Result<std::string> png = RenderPng(
      R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 30 20"><rect width="30" height="20"/></svg>)",
      1);
  ASSERT_TRUE(png) << png.error().message;
  Image image = Decode(*png);
  EXPECT_EQ(image.width, 30);
  EXPECT_EQ(image.height, 20);
}

TEST(PngTest, WhatCannotBeDrawnIsRefusedInWords) {
  for (std::string_view bad : {std::string_view("not an svg"), std::string_view(""),
                               std::string_view("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")}) {
    core::Result<std::string> png = RenderPng(bad, 1);
    ASSERT_FALSE(png) << bad;
    EXPECT_EQ(png.error().code, core::ErrorCode::kInvalidInput) << bad;
    EXPECT_EQ(png.error().field, "svg");
  }
  EXPECT_FALSE(RenderPng(kSquare, 0));
  EXPECT_FALSE(RenderPng(kSquare, -1));
  EXPECT_TRUE(RenderPng(kSquare, kMaxPngSide / 200.0));
  core::Result<std::string> huge = RenderPng(kSquare, kMaxPngSide / 200.0 + 1);
  ASSERT_FALSE(huge);
  EXPECT_EQ(huge.error().code, core::ErrorCode::kInvalidInput);
}

TEST(PngTest, NothingOutsideTheSvgIsLoaded) {
  // A red image on disk that the SVG names by absolute path and as a file: URL.
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "stegvis-png-test";
  std::filesystem::create_directories(dir);
  const std::filesystem::path red = dir / "red.png";
  {
    std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> s(
        cairo_image_surface_create(CAIRO_FORMAT_RGB24, 10, 10), &cairo_surface_destroy);
    std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(s.get()), &cairo_destroy);
    cairo_set_source_rgb(cr.get(), 1, 0, 0);
    cairo_paint(cr.get());
    ASSERT_EQ(cairo_surface_write_to_png(s.get(), red.c_str()), CAIRO_STATUS_SUCCESS);
  }
  for (const std::string& href : {red.string(), "file://" + red.string()}) {
    const std::string svg =
        R"(<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" )"
        R"(width="10" height="10"><image width="10" height="10" xlink:href=")" +
        href + R"("/></svg>)";
    core::Result<std::string> png = RenderPng(svg, 1);
    ASSERT_TRUE(png) << png.error().message;  // an image that cannot be loaded is left out
    EXPECT_EQ(Decode(*png).At(5, 5), 0xFFFFFFu) << href << " was loaded";
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace stegvis::raster
