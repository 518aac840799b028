#include "docx/png_size.h"

#include <cstdint>

namespace stegvis::docx {
namespace {

std::uint32_t BigEndian(std::string_view s, std::size_t at) {
  std::uint32_t v = 0;
  for (std::size_t k = 0; k < 4; ++k) v = (v << 8) | static_cast<unsigned char>(s[at + k]);
  return v;
}

}  // namespace

std::optional<PixelSize> PngSize(std::string_view png) {
  // The 8-byte signature, then IHDR: length (4), "IHDR", width (4), height (4).
  static constexpr std::string_view kSignature{"\x89PNG\r\n\x1a\n", 8};
  if (png.size() < 24 || png.substr(0, 8) != kSignature || png.substr(12, 4) != "IHDR") {
    return std::nullopt;
  }
  const std::uint32_t w = BigEndian(png, 16);
  const std::uint32_t h = BigEndian(png, 20);
  if (w == 0 || h == 0 || w > 0x7FFFFFFF || h > 0x7FFFFFFF) return std::nullopt;
  return PixelSize{static_cast<int>(w), static_cast<int>(h)};
}

}  // namespace stegvis::docx
